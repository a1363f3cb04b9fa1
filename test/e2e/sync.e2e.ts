import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { allHandlers, registerIpcHandlers } from '../../electron/ipc';
import { createSyncHandlers } from '../../electron/ipc/sync';
import { postJson } from '../../shared/sync/post-json';
import { AllowedSyncOrigins } from '../../electron/sync/allowed-origins';
import { SyncHost } from '../../electron/sync/sync-host';
import { silentLogger } from '../../server/logger';
import { startSyncServer, type RunningSyncServer } from '../../server/sync-server';
import { fake } from '../electron/fakes/electron';
import { appWindow, invokeEvent } from '../electron/helpers';
import { listAgenda, minutesFragment, minutesTextBlocks } from '../../shared/model';
import { meetingDocumentName } from '../../shared/sync/document-names';
import { joinWorkspace } from '../../shared/sync/join-workspace';
import { connectClient, freePort } from '../server/helpers';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot, type Device } from './harness/browser';
import type { MainProcessInvoke } from './harness/desktop';

// The desktop device's main process runs here, on the fake Electron the main-process tests use.
vi.mock('electron', async () => (await import('../electron/fakes/electron')).electronFake);

/**
 * Two devices (two Chromium profiles) on one meeting through a real sync server on
 * 127.0.0.1: the chair starts syncing, the minute-taker joins with the address and invite
 * code, each sees the other's typing, and edits made while one is offline merge.
 */

let server: RunningSyncServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'quorum-e2e-sync-'));
  server = await startSyncServer({ port: 0, dataDir, logger: silentLogger });
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const MEETING = 'Steering Group';
const FIRST_ITEM = 'Minutes for 1. Welcome and introductions';
const SECOND_ITEM = 'Minutes for 2. Apologies';

function section(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name });
}

function syncStatus(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('status');
}

async function setName(page: Page, name: string) {
  await section(page, 'Settings').click();
  await page.getByLabel('Your name').fill(name);
}

async function createMeeting(page: Page) {
  await section(page, 'Meetings').click();
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog.getByLabel('Title').fill(MEETING);
  await dialog.getByLabel('Date').fill('2023-10-09');
  await dialog.getByLabel('Start time').fill('13:00');
  await dialog.getByLabel('End time').fill('14:00');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
}

async function openMinutes(page: Page) {
  await section(page, 'Meetings').click();
  await page.getByRole('list', { name: 'Meetings' }).getByRole('link', { name: MEETING }).click();
  await page
    .getByRole('navigation', { name: 'Meeting sections' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await page.getByRole('textbox', { name: FIRST_ITEM }).waitFor();
}

async function typeInto(page: Page, editor: string, text: string) {
  await page.getByRole('textbox', { name: editor }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** The minutes' text, without collaborators' caret labels (aria-hidden decorations). */
const textOf = (page: Page, editor: string) =>
  page.getByRole('textbox', { name: editor }).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.remote-caret')) caret.remove();
    return copy.textContent;
  });

/** The invite code Settings → Sync shows, for the others to join with. */
const inviteCode = (page: Page) => page.getByLabel('Invite code for this workspace').inputValue();

/**
 * A third client on the server, reading the meeting the page has open: what the server has,
 * whatever any device shows.
 */
async function watchMeeting(page: Page, code: string) {
  const joined = await joinWorkspace(postJson, { url: server.url, inviteCode: code });
  if (!joined.ok) throw new Error(joined.message);
  const meetingId = /#\/meetings\/([^/]+)/.exec(page.url())?.[1];
  if (!meetingId) throw new Error(`No meeting open at ${page.url()}`);
  const name = meetingDocumentName(joined.value.joined.workspaceId, meetingId);
  const client = connectClient(server.url, code, [name]);
  return {
    firstItemText: () => {
      const [first] = listAgenda(client.doc());
      return first ? minutesTextBlocks(minutesFragment(client.doc(), first.id)).join(' ') : '';
    },
    stop: () => client.destroy(),
  };
}

/** A device that was offline logs its failed reconnection attempts; those are expected. */
function forgetConnectionErrors(device: Device) {
  const expected =
    /WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/' failed|status of 404 \(Not Found\)/;
  device.errors.splice(0, device.errors.length, ...device.errors.filter((e) => !expected.test(e)));
}

describe('sync between two devices', () => {
  it('joins by address and invite code, shows typing live, and merges offline edits', async () => {
    const chair = await launchQuorum();
    await createMeeting(chair.page);
    await setName(chair.page, 'Chair');
    await chair.page.getByLabel('Server address for this workspace').fill(server.url);
    await chair.page.getByRole('button', { name: 'Start syncing' }).click();
    await expect.poll(() => syncStatus(chair.page).textContent()).toBe('Synced');
    const code = await inviteCode(chair.page);
    expect(code).toMatch(/^QRM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'sync-settings');

    const minuteTaker = await launchQuorum();
    await setName(minuteTaker.page, 'Minute-taker');
    await minuteTaker.page.getByLabel('Server address', { exact: true }).fill(server.url);
    await minuteTaker.page.getByLabel('Invite code').fill(code.toLowerCase());
    await minuteTaker.page.getByRole('button', { name: 'Join' }).click();
    // The app reopens on the joined workspace, whose meetings arrive from the server.
    await minuteTaker.page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('link', { name: MEETING })
      .waitFor({ timeout: 20_000 });

    await openMinutes(chair.page);
    await openMinutes(minuteTaker.page);
    await expect.poll(() => syncStatus(chair.page).textContent()).toBe('1 other here');
    await expect.poll(() => syncStatus(minuteTaker.page).textContent()).toBe('1 other here');

    // Typing in one appears in the other, with the typist's named caret.
    await typeInto(chair.page, FIRST_ITEM, 'Everyone was welcomed.');
    await expect.poll(() => textOf(minuteTaker.page, FIRST_ITEM)).toBe('Everyone was welcomed.');
    await expect
      .poll(() =>
        minuteTaker.page
          .getByRole('textbox', { name: FIRST_ITEM })
          .getByText('Chair', { exact: true })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => minuteTaker.page.getByText('Also here: Chair').isVisible()).toBe(true);
    await expectNoAxeViolations(minuteTaker.page);
    await screenshot(minuteTaker.page, 'sync-minutes');

    // The minute-taker loses the network; both keep writing.
    await minuteTaker.context.setOffline(true);
    await expect.poll(() => syncStatus(minuteTaker.page).textContent()).toBe('Offline');
    await typeInto(minuteTaker.page, SECOND_ITEM, 'Apologies from Rose.');
    await typeInto(chair.page, FIRST_ITEM, ' The chair opened the meeting.');
    // The server has the chair's edit, and the offline minute-taker still does not.
    const witness = await watchMeeting(chair.page, code);
    await expect
      .poll(() => witness.firstItemText())
      .toBe('Everyone was welcomed. The chair opened the meeting.');
    witness.stop();
    expect(await textOf(minuteTaker.page, FIRST_ITEM)).toBe('Everyone was welcomed.');

    await minuteTaker.context.setOffline(false);
    for (const page of [chair.page, minuteTaker.page]) {
      await expect
        .poll(() => textOf(page, FIRST_ITEM), { timeout: 20_000 })
        .toBe('Everyone was welcomed. The chair opened the meeting.');
      await expect
        .poll(() => textOf(page, SECOND_ITEM), { timeout: 20_000 })
        .toBe('Apologies from Rose.');
    }
    forgetConnectionErrors(minuteTaker);
  });

  it('refuses a wrong invite code with a clear message and stays on this workspace', async () => {
    const device = await launchQuorum();
    await section(device.page, 'Settings').click();
    await device.page.getByLabel('Server address', { exact: true }).fill(server.url);
    await device.page.getByLabel('Invite code').fill('QRM-0000-0000-0000');
    await device.page.getByRole('button', { name: 'Join' }).click();
    const alert = device.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/did not recognise that invite code/);
    // Refused, it never started syncing: its data is on this device only, not "Offline".
    expect(await syncStatus(device.page).textContent()).toBe('On this device only');
    // Chromium logs the server's 404 for the unknown code; that is the expected answer.
    forgetConnectionErrors(device);
  });
});

/**
 * The hosting laptop's main process, in this test process: the real IPC handlers (registered
 * through registerIpcHandlers, sender checks and all) with a real SyncHost. Bound to
 * 127.0.0.1 with a made-up LAN interface, so the addresses shown are fixed and nothing
 * listens on a real network. `restart()` is quitting the app and opening it again: the host
 * stops (flushing, as before-quit does) and a new one starts on the same data.
 */
async function hostingMainProcess() {
  const dataDir = mkdtempSync(join(tmpdir(), 'quorum-e2e-host-'));
  const preferredPort = await freePort();
  const newHost = () =>
    new SyncHost({
      dataDir,
      bindHost: '127.0.0.1',
      preferredPort,
      networkInterfaces: () => ({
        eth0: [
          {
            address: '192.168.1.20',
            netmask: '255.255.255.0',
            family: 'IPv4',
            mac: '00:00:00:00:00:01',
            internal: false,
            cidr: '192.168.1.20/24',
          },
        ],
      }),
      sqliteNativeBinding: () => {
        if (databaseMissing) throw new Error('better-sqlite3 was not built for this Electron.');
        return undefined;
      },
      logger: silentLogger,
    });
  let databaseMissing = false;
  let host = newHost();
  const origins = new AllowedSyncOrigins(() => join(dataDir, 'sync-origins.json'));
  const window = appWindow();
  const unregister = registerIpcHandlers(
    { ...allHandlers, ...createSyncHandlers({ host: () => host, origins, post: postJson }) },
    () => window as never,
  );
  const invoke: MainProcessInvoke = (channel, payload) =>
    fake.invoke(channel, invokeEvent(window), payload);
  return {
    invoke,
    port: preferredPort,
    host: () => host,
    /** Starting a server fails while this is set, as when the SQLite module is missing. */
    breakDatabase(broken: boolean) {
      databaseMissing = broken;
    },
    async restart() {
      await host.stop();
      host = newHost();
    },
    async close() {
      unregister();
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('hosting on this network from the desktop app', () => {
  it('hosts, is joined, keeps hosting across a restart, and stops', async () => {
    const main = await hostingMainProcess();
    // After the devices have closed (afterEach), so no page is left asking a stopped process.
    onTestFinished(() => main.close());
    const profileDir = newProfileDir();
    let chair = await launchQuorum(profileDir, { mainProcess: main.invoke });
    await createMeeting(chair.page);
    await setName(chair.page, 'Chair');
    await chair.page.getByRole('button', { name: 'Host on this network' }).click();
    await expect.poll(() => syncStatus(chair.page).textContent()).toBe('Synced');
    const addresses = (page: Page) => page.getByRole('list', { name: 'Addresses to join' });
    expect(await addresses(chair.page).getByRole('listitem').allTextContents()).toEqual([
      `ws://192.168.1.20:${main.port}`,
      `ws://127.0.0.1:${main.port}`,
    ]);
    const code = await inviteCode(chair.page);
    expect(code).toMatch(/^QRM-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectNoAxeViolations(chair.page);
    await screenshot(chair.page, 'sync-hosting');

    // Another laptop joins with the address and code on screen (127.0.0.1: this machine).
    const minuteTaker = await launchQuorum();
    await section(minuteTaker.page, 'Settings').click();
    await minuteTaker.page
      .getByLabel('Server address', { exact: true })
      .fill(`ws://127.0.0.1:${main.port}`);
    await minuteTaker.page.getByLabel('Invite code').fill(code);
    await minuteTaker.page.getByRole('button', { name: 'Join' }).click();
    await minuteTaker.page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('link', { name: MEETING })
      .waitFor({ timeout: 20_000 });

    // A reload of the window leaves the server running, and Settings still says so.
    await chair.page.reload();
    await section(chair.page, 'Settings').click();
    await addresses(chair.page).waitFor();
    expect(main.host().hosting).toBe(true);

    // Quit and reopen: the app hosts the workspace again, with the same address and code.
    await chair.context.close();
    await main.restart();
    expect(main.host().hosting).toBe(false);
    chair = await launchQuorum(profileDir, { mainProcess: main.invoke });
    await expect.poll(() => main.host().hosting, { timeout: 20_000 }).toBe(true);
    await openMinutes(chair.page);
    await openMinutes(minuteTaker.page);
    await expect
      .poll(() => syncStatus(chair.page).textContent(), { timeout: 20_000 })
      .toBe('1 other here');
    await typeInto(chair.page, FIRST_ITEM, 'Hosted again after a restart.');
    await expect
      .poll(() => textOf(minuteTaker.page, FIRST_ITEM), { timeout: 20_000 })
      .toBe('Hosted again after a restart.');
    await section(chair.page, 'Settings').click();
    expect(await inviteCode(chair.page)).toBe(code);

    // Reopened when the server cannot start: Settings says so and offers to try again.
    await chair.context.close();
    await main.restart();
    main.breakDatabase(true);
    chair = await launchQuorum(profileDir, { mainProcess: main.invoke });
    await section(chair.page, 'Settings').click();
    await expect.poll(() => syncStatus(chair.page).textContent()).toBe('Offline');
    await chair.page.getByText('Its sync server is not running at the moment').waitFor();
    await expectNoAxeViolations(chair.page);
    main.breakDatabase(false);
    await chair.page.getByRole('button', { name: 'Host again' }).click();
    await addresses(chair.page).waitFor();
    // The other laptop retries with a growing delay (at most 10 s) while the server is down.
    await expect
      .poll(() => syncStatus(chair.page).textContent(), { timeout: 30_000 })
      .toBe('1 other here');
    forgetConnectionErrors(chair);

    // Stop: the server stops too, and the other laptop loses it (and keeps trying).
    await chair.page.getByRole('button', { name: 'Stop syncing on this device' }).click();
    await chair.page.getByRole('button', { name: 'Host on this network' }).waitFor();
    expect(main.host().hosting).toBe(false);
    await expect
      .poll(() => syncStatus(minuteTaker.page).textContent(), { timeout: 20_000 })
      .toBe('Offline');
    forgetConnectionErrors(minuteTaker);
  });
});
