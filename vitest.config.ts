import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * One runner for everything `npm test` runs, in two projects:
 * - unit: shared model, storage with fake-indexeddb;
 * - electron: the main process and preload, with vi.mock('electron') from one setup file;
 * - e2e: the built renderer in Debian's Chromium, one file at a time on a fixed port.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/setup/summary-reporter.ts'],
    projects: [
      {
        // The renderer reads its version from this build-time constant (see vite.config.ts).
        define: { __APP_VERSION__: JSON.stringify(version) },
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/electron/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/setup/unit.ts'],
        },
      },
      {
        test: {
          name: 'electron',
          include: ['test/electron/**/*.test.ts'],
          environment: 'node',
          // vi.mock('electron') once, here, for every main-process test.
          setupFiles: ['test/setup/electron.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/harness/global-setup.ts'],
          setupFiles: ['test/setup/e2e.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
