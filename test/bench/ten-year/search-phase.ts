import type { CDPSession, Locator, Page } from 'playwright-core';
import type { BenchQuery } from './queries';

/**
 * Searches as a person runs them: typed into the app's search dialog (Ctrl+K), answered by
 * the app's worker through its client, and timed in the page by the client's own measure
 * (perf-marks.ts, `quorum:search`: from asking the worker to its answer).
 */
export interface TimedSearch {
  ms: number;
  hits: number;
  /** When the answer came, in ms from the page's navigation. */
  answeredAt: number;
}

const SEARCH = 'quorum:search';

export async function openSearchDialog(page: Page): Promise<Locator> {
  // Ctrl+K in the minutes editor adds a link: go from the sidebar's button instead.
  await page.getByRole('button', { name: /^Search/ }).click();
  const field = page.getByRole('combobox', { name: /Search meetings/ });
  await field.waitFor();
  return field;
}

/** Types `text` into the search field (as one input) and waits for the app's answer. */
export async function timedSearch(
  cdp: CDPSession,
  field: Locator,
  text: string,
): Promise<TimedSearch> {
  await cdp.send('Runtime.evaluate', {
    expression: `performance.clearMeasures(${JSON.stringify(SEARCH)})`,
  });
  await field.fill('');
  await field.fill(text);
  const expression = `new Promise((resolve) => new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName(${JSON.stringify(SEARCH)})
      .find((e) => e.detail && e.detail.text === ${JSON.stringify(text)});
    if (!entry) return;
    observer.disconnect();
    resolve({ ms: entry.duration, hits: entry.detail.hits, answeredAt: entry.startTime + entry.duration });
  }).observe({ type: 'measure', buffered: true }))`;
  const answer = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (answer.exceptionDetails)
    throw new Error(`Searching ${text}: ${answer.exceptionDetails.text}`);
  const result = answer.result.value as TimedSearch;
  if (result.hits < 0) throw new Error(`The app refused the search ${text}`);
  return result;
}

export async function runQueries(
  cdp: CDPSession,
  field: Locator,
  queries: readonly BenchQuery[],
): Promise<TimedSearch[]> {
  // One pass unmeasured first, as the floor has: both then time a warmed-up engine.
  for (const query of queries) await timedSearch(cdp, field, query.text);
  const timed: TimedSearch[] = [];
  for (const query of queries) timed.push(await timedSearch(cdp, field, query.text));
  return timed;
}

/**
 * Types `word` at the end of the minutes open in the editor, then searches for it again and
 * again until the app finds it: resolves with the ms from the last keystroke to the answer
 * that found it.
 */
export async function editUntilSearchable(
  page: Page,
  cdp: CDPSession,
  word: string,
  timeoutMs = 30_000,
): Promise<{ ms: number; searches: number }> {
  const editor = page.locator('.ProseMirror').first();
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number };
    document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
  });
  await page.keyboard.type(` ${word}`, { delay: 30 });
  const lastKey = await page.evaluate(() => (window as unknown as { __lastKey: number }).__lastKey);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const field = await openSearchDialog(page);
  const started = Date.now();
  for (let searches = 1; Date.now() - started < timeoutMs; searches++) {
    const answer = await timedSearch(cdp, field, word);
    if (answer.hits > 0) {
      await page.keyboard.press('Escape');
      return { ms: answer.answeredAt - lastKey, searches };
    }
  }
  throw new Error(
    `"${word}" typed into the minutes was not found by search within ${timeoutMs} ms`,
  );
}
