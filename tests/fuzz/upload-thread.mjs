// The engine's thread of the uploads fuzz (tests/fuzz/uploads.ts): checks one case per message.
// Plain JavaScript so that Node can start it; it registers tsx to load the TypeScript modules.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runCase } = await import('./uploads.ts');
parentPort.on('message', async (seed) => parentPort.postMessage(await runCase(seed)));
