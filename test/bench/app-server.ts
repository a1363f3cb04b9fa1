import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_HOST, APP_SCHEME, serveAppRequest } from '../../electron/app-files';

/** A page or file the benchmark itself serves, beside the app, under /__bench/. */
export interface BenchFile {
  body: string | Uint8Array;
  type: string;
}

/**
 * Serves the built renderer on 127.0.0.1 the way the desktop app's app:// protocol does: the
 * same function answers (electron/app-files.ts), so the same bytes and headers, read from
 * disk, uncompressed. A Vite preview server would gzip every response on the fly, and
 * Playwright's request routing would hold each one for a round trip to this process: neither
 * happens in the app. The floor pages under /__bench/ come from the same server, so the app
 * and its floor pay the same price for a request.
 *
 * One header is added. The desktop app registers app:// with `codeCache`
 * (electron/protocol.ts), so from its second launch V8 runs the scripts it compiled before
 * instead of compiling them again. Over HTTP, Chromium keeps compiled code only for scripts it
 * serves from its cache, so the build's content-hashed files (assets/) are sent as immutable,
 * as any web server would send them; index.html is asked for every time. (The app still reads
 * those files through its protocol handler on each launch: a few local file reads.)
 */
export async function serveBuiltApp(
  port: number,
  benchFiles: ReadonlyMap<string, BenchFile>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = benchFiles.get(path);
    if (file) {
      response.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' });
      response.end(file.body);
      return;
    }
    const appRequest = new Request(`${APP_SCHEME}://${APP_HOST}${path}`, {
      method: request.method,
    });
    void serveAppRequest(appRequest, 'dist/renderer').then(async (answer) => {
      const headers = Object.fromEntries(answer.headers);
      const hashed = answer.ok && path.startsWith('/assets/');
      headers['Cache-Control'] = hashed ? 'max-age=31536000, immutable' : 'no-cache';
      response.writeHead(answer.status, headers);
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
