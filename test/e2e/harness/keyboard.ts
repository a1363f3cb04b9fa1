import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user moves through a
 * page, and fails if it never gets there: a control Tab cannot reach is a bug.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { max?: number; backwards?: boolean } = {},
): Promise<void> {
  const { max = 30, backwards = false } = options;
  for (let presses = 0; presses <= max; presses++) {
    if (
      await target.evaluate(
        (el) => el === document.activeElement || el.contains(document.activeElement),
      )
    )
      return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} within ${max} presses`);
}

/**
 * Chooses `label` in the focused `<select>` with the arrow keys, as a keyboard user does on
 * Windows and Linux. Deterministic where typing the label is not: the select's type-ahead
 * forgets the typed letters after a second, which a loaded machine can take between two keys.
 */
export async function chooseWithArrows(page: Page, select: Locator, label: string): Promise<void> {
  const labels = await select.locator('option').allTextContents();
  const target = labels.indexOf(label);
  if (target < 0)
    throw new Error(`No option “${label}” in ${select.toString()}: ${labels.join(', ')}`);
  const current = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let step = 0; step < Math.abs(target - current); step++) await page.keyboard.press(key);
  await expect
    .poll(() => select.evaluate((el) => (el as HTMLSelectElement).selectedIndex))
    .toBe(target);
}
