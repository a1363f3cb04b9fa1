import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Main and preload, each bundled to one CommonJS file, in two runs (`--mode main`, then
 * `--mode preload`; see the build script in package.json).
 *
 * Two runs rather than two entries of one: with both in one build, the bundler puts its shared
 * runtime helpers in a chunk of main's code that the preload then `require`s, which would run
 * main's code in the renderer's preload, and a sandboxed preload cannot require our own files
 * anyway. One entry per run keeps each file self-contained.
 *
 * A sandboxed preload cannot `require` our own modules, so everything it uses is bundled in;
 * only electron and Node built-ins stay external. better-sqlite3 (the sync server's database,
 * for "Host on this network") stays external in main: it is a native addon that finds its
 * compiled .node file relative to its own package, so it loads from node_modules at run time
 * (rebuilt for Electron by electron-builder when packaging; see electron/sync/native-sqlite.ts
 * for `npm start`).
 */
export default defineConfig(({ mode }) => {
  const entry = mode === 'preload' ? 'preload' : 'main';
  return {
    // Node's package entry points, not browser ones: ws, for one, exports a stub that throws
    // under the `browser` condition, which Vite's library build would otherwise pick.
    resolve: { conditions: ['node'], mainFields: ['module', 'main'] },
    build: {
      outDir: 'dist-electron',
      // The main run goes first and clears the folder; the preload run adds to it.
      emptyOutDir: entry === 'main',
      target: 'node20',
      minify: false,
      sourcemap: true,
      lib: {
        entry: { [entry]: `electron/${entry}.ts` },
        formats: ['cjs'],
        fileName: (_format, name) => `${name}.cjs`,
      },
      rollupOptions: {
        external: [
          'electron',
          'better-sqlite3',
          ...builtinModules,
          ...builtinModules.map((m) => `node:${m}`),
        ],
        // One file per entry, even where a dependency uses import().
        output: { inlineDynamicImports: true },
      },
    },
  };
});
