import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * The same Content-Security-Policy electron/ sends as a header, as a meta tag in built pages,
 * so `npm run preview` and the e2e tests run under the rules the desktop app does. Build only:
 * Vite's dev server injects inline scripts that a strict policy would block.
 */
const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Sync servers are whatever the person types, so the page itself may reach any ws(s)/http(s)
  // origin. Both policies apply in the desktop app and only their intersection is allowed:
  // there the header (electron/csp.ts) narrows this to the servers main has checked.
  "connect-src 'self' ws: wss: http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'quorum-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: RENDERER_CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The renderer: built once, loaded by Electron from app://quorum/ and by tests from
 * `vite preview` on 127.0.0.1:4173. Relative asset paths make the same build work in both.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
