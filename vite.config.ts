import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { PAGE_CONTENT_SECURITY_POLICY } from './shared/security/content-security-policy.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * The desktop app's Content-Security-Policy as a meta tag in built pages (its one copy, and why
 * the page's connect-src is wider, are in shared/security/content-security-policy.ts). Build
 * only: Vite's dev server injects inline scripts that a strict policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'quorum-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: PAGE_CONTENT_SECURITY_POLICY },
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
