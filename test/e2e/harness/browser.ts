import { copyFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  APP_URL,
  CHROMIUM_PATH,
  DOCS_SCREENSHOT_DIR,
  DOCS_SCREENSHOTS,
  SCREENSHOT_DIR,
} from './config';
import { runPreloadInPages, type MainProcessInvoke } from './desktop';

/**
 * The flags this machine needs: no sandbox as root, and nothing that phones out (the network
 * is closed; background services would spam refused connections).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-GB',
];

export interface Device {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  /** Uncaught errors and console errors from the page; tests assert this stays empty. */
  errors: string[];
}

/** A fresh browser profile: a new device with empty storage. */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'quorum-e2e-'));
}

export function removeProfileDir(profileDir: string): void {
  rmSync(profileDir, { recursive: true, force: true });
}

/** Every device a test launched: test/setup/e2e.ts closes them and checks their errors. */
const launched: Device[] = [];

/**
 * Closes every device launched since the last call, removes their profiles, and returns what
 * their pages threw or logged as errors (a test's devices should have none).
 */
export async function closeLaunchedDevices(): Promise<string[]> {
  const devices = launched.splice(0);
  for (const device of devices) await device.context.close();
  for (const dir of new Set(devices.map((d) => d.profileDir))) removeProfileDir(dir);
  return devices.flatMap((d) => d.errors);
}

export interface LaunchOptions {
  /** Run the preload and answer IPC from this test process: a desktop device (desktop.ts). */
  mainProcess?: MainProcessInvoke;
}

/** Launches Chromium on `profileDir` and opens Quorum, waiting until the workspace has loaded. */
export async function launchQuorum(
  profileDir: string = newProfileDir(),
  options: LaunchOptions = {},
): Promise<Device> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    // Chromium formats date and time fields from the process locale (needs chromium-l10n).
    env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' },
  });
  if (options.mainProcess) await runPreloadInPages(context, options.mainProcess);
  const page = context.pages()[0] ?? (await context.newPage());
  // Catch what the app throws or logs as an error, not only what assertions look at.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const device: Device = { context, page, profileDir, errors };
  launched.push(device);
  await page.goto(APP_URL);
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
  return device;
}

/** Saves a full-page screenshot to test-results/, and to docs/ if the README shows it. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  mkdirSync(dirname(file), { recursive: true });
  // The sidebar's contents stick to the window: capture from the top of the page, so that
  // they sit at the head of their column, then put the scroll back for the test.
  const scrolledTo = await page.evaluate(() => {
    const y = window.scrollY;
    window.scrollTo(0, 0);
    return y;
  });
  await page.screenshot({ path: file, fullPage: true });
  await page.evaluate((y) => window.scrollTo(0, y), scrolledTo);
  if (DOCS_SCREENSHOTS.includes(name)) {
    mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true });
    copyFileSync(file, join(DOCS_SCREENSHOT_DIR, `${name}.png`));
  }
  return file;
}
