import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './harness/axe';
import { launchQuorum, newProfileDir, screenshot } from './harness/browser';

async function openSample(page: Page) {
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  const meetings = page.getByRole('list', { name: 'Meetings' });
  await expect.poll(() => meetings.getByRole('listitem').count()).toBe(3);
}

/** Ctrl+K (or the sidebar's Search button), then the words typed into the search field. */
async function searchFor(page: Page, words: string, from: 'keys' | 'button' = 'keys') {
  if (from === 'keys') await page.keyboard.press('Control+k');
  else await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.waitFor();
  const field = dialog.getByRole('combobox', { name: /Search meetings/ });
  await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(words);
  return dialog;
}

/** Whether the open workspace's search index is saved in the local database, read directly. */
function savedIndex(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('quorum-local');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['settings', 'searchIndex']);
          const id = tx.objectStore('settings').get('workspaceId');
          id.onsuccess = () => {
            const workspaceId = (id.result as { value: string }).value;
            const row = tx.objectStore('searchIndex').get(workspaceId);
            row.onsuccess = () => {
              open.result.close();
              resolve(row.result !== undefined);
            };
          };
        };
      }),
  );
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('search', () => {
  it('Ctrl+K, "deputation", Enter: the 9 October minutes open at item 1, by keyboard only', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await openSample(page);

    const dialog = await searchFor(page, 'deputation');
    const results = dialog.getByRole('listbox', { name: 'Results' });
    const minutes = results.getByRole('group', { name: 'Minutes' });
    const first = minutes.getByRole('option').first();
    await expect
      .poll(() => first.textContent(), { timeout: 20_000 })
      .toContain('1. Welcome and Introductions');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await first.textContent()).toContain('9 October 2023');
    // "Following the deputation to full council …, the deputation was referred to …"
    expect(await first.locator('mark').allTextContents()).toEqual(['deputation', 'deputation']);
    // The field names the active hit for a screen reader.
    const field = dialog.getByRole('combobox');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await dialog
      .getByRole('status')
      .getByText(/2 results/)
      .waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'search-dialog');

    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.url()).toMatch(/#\/meetings\/[^/#]+\/minutes#item-[\w-]+~p\d+$/);
    // Focus lands on the item's heading, in view.
    await expect.poll(() => focusedText(page)).toContain('Welcome and Introductions');
    const heading = page.getByRole('heading', { name: /Welcome and Introductions/, level: 3 });
    expect(await heading.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: /Steering Group/, level: 1 }).count()).toBe(1);
    // The paragraph with the words is in view and marked.
    const marked = () =>
      page.evaluate(() => {
        const range = [...(CSS.highlights.get('linked-paragraph') ?? [])][0] as Range | undefined;
        if (!range) return null;
        const box = range.getBoundingClientRect();
        return {
          text: range.toString(),
          inView: box.top >= 0 && box.bottom <= window.innerHeight,
        };
      });
    await expect.poll(marked).toMatchObject({ inView: true });
    expect((await marked())?.text).toMatch(/Following the deputation to full council/);
    await screenshot(page, 'search-opens-paragraph');
  });

  it('moves between hits with the arrow keys, says why a filter is wrong, and Escape closes', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await openSample(page);
    const dialog = await searchFor(page, 'schools');
    const options = dialog.getByRole('option');
    await expect.poll(() => options.count(), { timeout: 20_000 }).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const last = options.last();
    expect(await last.getAttribute('aria-selected')).toBe('true');
    expect(
      await dialog.getByRole('group', { name: 'Actions' }).getByRole('option').textContent(),
    ).toContain('Share presentation with LCC migration team/schools');

    await page.keyboard.type(' before:soon');
    await dialog
      .getByRole('status')
      .getByText(
        '“before:soon” needs a year or a date, for example before:2024 or before:2023-10-09.',
      )
      .waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('Ctrl+F on a meeting finds within that meeting only', async () => {
    const { page } = await launchQuorum(newProfileDir());
    await openSample(page);
    // Into October's minutes by search, then Ctrl+F there.
    let dialog = await searchFor(page, 'deputation');
    await expect.poll(() => dialog.getByRole('option').count(), { timeout: 20_000 }).toBe(2);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Welcome and Introductions/, level: 3 }).waitFor();

    await page.keyboard.press('Control+f');
    dialog = page.getByRole('dialog', { name: 'Find in this meeting' });
    await dialog.waitFor();
    await page.keyboard.type('council');
    const options = dialog.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    for (const text of await options.allTextContents()) {
      expect(text).toContain('9 October 2023');
      expect(text).not.toMatch(/1 September 2023|15 January 2024/);
    }
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('finds words typed into the minutes a moment ago, and after a restart', async () => {
    const profile = newProfileDir();
    const first = await launchQuorum(profile);
    const { page } = first;
    await openSample(page);
    await page
      .getByRole('list', { name: 'Meetings' })
      .getByRole('listitem')
      .filter({ hasText: '15 January 2024' })
      .getByRole('link')
      .first()
      .click();
    await page
      .getByRole('navigation', { name: 'Meeting sections' })
      .getByRole('link', { name: 'Minutes' })
      .click();
    const editor = page.getByRole('textbox', { name: /^Minutes for / }).first();
    await editor.click();
    await page.keyboard.type('The zebracrossing survey is due in March.');
    const itemName = (await editor.getAttribute('aria-label'))!.replace('Minutes for ', '');

    // In the editor Ctrl+K adds a link, so the sidebar's button opens search.
    let dialog = await searchFor(page, 'zebracrossing', 'button');
    const hit = dialog.getByRole('group', { name: 'Minutes' }).getByRole('option').first();
    await expect.poll(() => hit.textContent(), { timeout: 20_000 }).toContain('15 January 2024');
    expect(await hit.locator('mark').allTextContents()).toEqual(['zebracrossing']);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // The index is kept on this device (saved at most every 5 seconds).
    await expect.poll(() => savedIndex(page), { timeout: 15_000 }).toBe(true);
    await first.context.close();
    const again = await launchQuorum(profile);
    dialog = await searchFor(again.page, 'zebracrossing');
    const kept = dialog.getByRole('option').first();
    await expect.poll(() => kept.textContent()).toContain(itemName.replace(/^\d+\.\s*/, ''));
  });
});
