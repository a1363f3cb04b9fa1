import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * One runner for everything `npm test` runs, in four projects:
 * - unit: shared model, storage with fake-indexeddb;
 * - unit-tz: the few `*.tz.test.ts` files about "today", in a zone ahead of UTC;
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
          exclude: ['test/e2e/**', 'test/electron/**', 'test/**/*.tz.test.ts', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/setup/unit.ts'],
        },
      },
      {
        test: {
          name: 'unit-tz',
          include: ['test/**/*.tz.test.ts'],
          environment: 'node',
          // British Summer Time is an hour ahead of UTC, so between midnight and 1am a "today"
          // read from UTC (toISOString) is still yesterday: in UTC such a bug would pass unseen.
          env: { TZ: 'Europe/London' },
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
