import type { CDPSession } from 'playwright-core';

/**
 * Small waits and readings in the app's page through the DevTools protocol, each one
 * expression (no script injected, no polling): see markTime in app-bench.ts for why.
 */
export interface MarkEntry {
  startTime: number;
  detail: unknown;
}

async function evaluate<T>(cdp: CDPSession, expression: string, what: string, timeoutMs: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: nothing within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    const answer = await Promise.race([
      cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }),
      timeout,
    ]);
    if (answer.exceptionDetails) throw new Error(`${what}: ${answer.exceptionDetails.text}`);
    return answer.result.value as T;
  } finally {
    clearTimeout(timer);
  }
}

/** The first mark named `name` made after `after` ms (from navigation), waiting for it. */
export function markAfter(
  cdp: CDPSession,
  name: string,
  after = -1,
  timeoutMs = 120_000,
): Promise<MarkEntry> {
  const expression = `new Promise((resolve) => new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName(${JSON.stringify(name)}).find((e) => e.startTime > ${after});
    if (entry) { observer.disconnect(); resolve({ startTime: entry.startTime, detail: entry.detail }); }
  }).observe({ type: 'mark', buffered: true }))`;
  return evaluate(cdp, expression, `Waiting for ${name}`, timeoutMs);
}

/**
 * Installed before the app's scripts (Page.addScriptToEvaluateOnNewDocument): keeps every
 * main-thread task over 50 ms, as the Long Tasks API reports them.
 */
export const LONG_TASK_RECORDER = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask' });`;

/** The long tasks recorded so far, as [start, duration] pairs. */
export function longTasks(cdp: CDPSession): Promise<[number, number][]> {
  return evaluate(cdp, 'window.__longTasks ?? []', 'Reading long tasks', 10_000);
}

/**
 * Opens `hash` as soon as the meetings list has shown, and resolves with the time (from
 * navigation) at which the minutes editor accepts typing: the moment a person could start.
 */
export function openMeetingAfterList(
  cdp: CDPSession,
  listMark: string,
  hash: string,
): Promise<number> {
  const expression = `new Promise((resolve) => new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName(${JSON.stringify(listMark)}).length === 0) return;
    observer.disconnect();
    location.hash = ${JSON.stringify(hash)};
    const editable = () => document.querySelector('.ProseMirror[contenteditable="true"]');
    if (editable()) return resolve(performance.now());
    const watcher = new MutationObserver(() => {
      if (!editable()) return;
      watcher.disconnect();
      resolve(performance.now());
    });
    watcher.observe(document.body, { subtree: true, childList: true, attributes: true });
  }).observe({ type: 'mark', buffered: true }))`;
  return evaluate(cdp, expression, `Opening ${hash}`, 60_000);
}
