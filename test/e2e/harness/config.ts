export const E2E_HOST = '127.0.0.1';
/** Fixed, so each run's origin (and so its IndexedDB) is the same; override to run two at once. */
export const E2E_PORT = Number(process.env.QUORUM_E2E_PORT ?? 4173);
/** The built renderer to serve (vite.config.ts's outDir, relative to the repository). */
export const E2E_DIST = process.env.QUORUM_E2E_DIST ?? 'dist/renderer';
export const APP_URL = `http://${E2E_HOST}:${E2E_PORT}/`;

/** Debian's Chromium; override for a local run with QUORUM_CHROMIUM=/path/to/chrome. */
export const CHROMIUM_PATH = process.env.QUORUM_CHROMIUM ?? '/usr/bin/chromium';

/** Where screenshots land: test-results/ for every run, and docs/ for those the README shows. */
export const SCREENSHOT_DIR = 'test-results/screenshots';
export const DOCS_SCREENSHOT_DIR = 'docs/screenshots';
export const DOCS_SCREENSHOTS: readonly string[] = [
  'sample-meetings',
  'agenda',
  'minutes',
  'chair-view',
];
