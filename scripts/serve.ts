/** `npm start` serves the production build on http://localhost:4173, or on $HOST:$PORT. */
import { existsSync } from 'node:fs';
import { createStaticServer } from './lib/static-server.ts';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? 'localhost';
if (!existsSync('build/index.html')) {
  console.error('No build found in build/: run `npm run build` (or `npm start`, which builds).');
  process.exit(1);
}
createStaticServer('build').listen(port, host, () => {
  console.log(`Relève: http://${host}:${port}/  (Ctrl+C to stop)`);
});
