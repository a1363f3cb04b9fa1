export const E2E_HOST = '127.0.0.1';
export const E2E_PORT = 4173;
export const APP_URL = `http://${E2E_HOST}:${E2E_PORT}/`;

/** Debian's Chromium; override for a local run with QUORUM_CHROMIUM=/path/to/chrome. */
export const CHROMIUM_PATH = process.env.QUORUM_CHROMIUM ?? '/usr/bin/chromium';

/** Where screenshots land: test-results/ for every run, docs/ for the one the README shows. */
export const SCREENSHOT_DIR = 'test-results/screenshots';
export const README_SCREENSHOT = 'docs/screenshots/meetings.png';
