import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Main and preload, bundled to CommonJS. A sandboxed preload cannot `require` our own
 * modules, so everything it uses is bundled in; only electron and Node built-ins stay external.
 */
export default defineConfig({
  build: {
    outDir: 'dist-electron',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    lib: {
      entry: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
      formats: ['cjs'],
      fileName: (_format, name) => `${name}.cjs`,
    },
    rollupOptions: {
      external: ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    },
  },
});
