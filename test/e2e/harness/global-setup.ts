import { existsSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import { resolve } from 'node:path';
import { stopUnlessInstalled } from '../../../scripts/test-tools';
import { E2E_DIST, E2E_HOST, E2E_PORT } from './config';

/**
 * Serves the built renderer on a fixed 127.0.0.1 port for the whole e2e run: IndexedDB is per
 * origin, so a relaunched browser only finds its data again if the origin is the same.
 * `npm test` builds first; a missing build (running this project alone) is built here.
 * Without Chromium and its en-GB data, the run stops before any of that, in one line
 * (scripts/test-tools.ts).
 */
export default async function setup(): Promise<() => Promise<void>> {
  // Before the server starts: stopping exits the process, and nothing is left to close.
  stopUnlessInstalled(['chromium']);
  const outDir = resolve(E2E_DIST);
  if (!existsSync(`${outDir}/index.html`)) await build({ logLevel: 'warn', build: { outDir } });
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: E2E_HOST, port: E2E_PORT, strictPort: true },
  });
  return async () => {
    await server.close();
  };
}
