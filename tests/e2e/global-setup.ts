import type { TestProject } from 'vitest/node';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { createStaticServer } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = process.env.BUILD_DIR ?? 'build';
  if (!existsSync(`${dir}/index.html`))
    throw new Error('build/ is missing: run `npm run build` first');
  const server = createStaticServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
