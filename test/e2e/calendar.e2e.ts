import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { allHandlers, registerIpcHandlers } from '../../electron/ipc';
import { fake } from '../electron/fakes/electron';
import { appWindow, invokeEvent } from '../electron/helpers';
import { icsLine, icsLines, unescapeText } from '../shared/export/ics-reader';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';
import type { MainProcessInvoke } from './harness/desktop';
import { tabTo } from './harness/keyboard';

// The desktop device's main process runs here, on the fake Electron the main-process tests use.
vi.mock('electron', async () => (await import('../electron/fakes/electron')).electronFake);

const TITLE = 'City of Sanctuary Local Authority Network Steering Group';

/** Opens the sample's meeting of 9 October 2023, whatever other meetings the sample holds. */
async function openSampleMeeting(page: Page) {
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  await page
    .getByRole('list', { name: 'Meetings' })
    .getByRole('listitem')
    .filter({ hasText: '9 October 2023' })
    .getByRole('link', { name: TITLE })
    .click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
}

/** A chair puts the next meeting in their diary from the meeting's own screen. */
describe('adding a meeting to a calendar', () => {
  it('saves the meeting as a calendar event, by keyboard, with its agenda', async () => {
    const { page, profileDir } = await launchQuorum(newProfileDir());
    await openSampleMeeting(page);
    const addToCalendar = page.getByRole('button', { name: 'Add to calendar' });
    await expectNoAxeViolations(page);

    const download = page.waitForEvent('download');
    await tabTo(page, addToCalendar);
    await page.keyboard.press('Enter');
    const saved = await download;
    const file = join(profileDir, 'meeting.ics');
    await saved.saveAs(file);
    expect(saved.suggestedFilename()).toBe(`2023-10-09 ${TITLE}.ics`);
    await expect
      .poll(() => page.getByText(/^Saved .+\.ics\. Open it to add the meeting/).count())
      .toBe(1);
    await screenshot(page, 'add-to-calendar');
    await expectNoAxeViolations(page);

    const ics = readFileSync(file, 'utf8');
    // 1pm - 2pm on 9 October 2023 in London is British Summer Time: noon to 1pm UTC.
    expect(icsLine(ics, 'DTSTART').value).toBe('20231009T120000Z');
    expect(icsLine(ics, 'DTEND').value).toBe('20231009T130000Z');
    expect(unescapeText(icsLine(ics, 'SUMMARY').value)).toBe(TITLE);
    expect(unescapeText(icsLine(ics, 'LOCATION').value)).toBe('Microsoft Teams');
    const agenda = unescapeText(icsLine(ics, 'DESCRIPTION').value).split('\n');
    expect(agenda[0]).toBe('Agenda');
    const numbers = agenda.slice(1).map((line) => Number(/^(\d+)\. /.exec(line)?.[1]));
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(agenda.some((line) => line.includes('Steps to Become an Awarded Member'))).toBe(true);
    expect(icsLines(ics).filter((line) => line.name === 'BEGIN')).toHaveLength(2);
  });

  it('offers the desktop Save dialog a calendar event, and writes it where chosen', async () => {
    // The real IPC handlers behind the real preload: the contract must accept the new filter.
    const window = appWindow();
    const unregister = registerIpcHandlers(allHandlers, () => window as never);
    onTestFinished(unregister);
    const invoke: MainProcessInvoke = (channel, payload) =>
      fake.invoke(channel, invokeEvent(window), payload);
    const profileDir = newProfileDir();
    const target = join(profileDir, 'chosen.ics');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const { page } = await launchQuorum(profileDir, { mainProcess: invoke });
    await openSampleMeeting(page);

    await page.getByRole('button', { name: 'Add to calendar' }).click();
    await expect.poll(() => page.getByText(`Saved ${target}.`, { exact: false }).count()).toBe(1);
    expect(fake.dialog.showSaveDialog.mock.calls.at(-1)?.at(-1)).toEqual({
      defaultPath: `2023-10-09 ${TITLE}.ics`,
      filters: [{ name: 'Calendar event', extensions: ['ics'] }],
    });
    expect(icsLine(readFileSync(target, 'utf8'), 'DTSTART').value).toBe('20231009T120000Z');
  });
});
