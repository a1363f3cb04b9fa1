import type { BrowserContext, CDPSession } from 'playwright-core';

/**
 * The JS heap in use in each of the browser's dedicated workers (the app's search worker),
 * which Performance.getMetrics on the page leaves out: each worker target is attached through
 * the browser's DevTools session and asked Runtime.getHeapUsage.
 */
export async function workerHeaps(
  context: BrowserContext,
): Promise<{ name: string; used: number }[]> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind this context to ask for its workers');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const heaps: { name: string; used: number }[] = [];
    for (const target of targetInfos.filter((t) => t.type === 'worker')) {
      heaps.push({ name: target.title, used: await heapUsed(session, target.targetId) });
    }
    return heaps;
  } finally {
    await session.detach();
  }
}

/** One message to a target through the browser session (not flattened: Playwright's way). */
async function heapUsed(session: CDPSession, targetId: string): Promise<number> {
  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  const id = 1;
  try {
    const answer = new Promise<number>((resolve, reject) => {
      session.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as {
          id?: number;
          result?: { usedSize: number };
          error?: { message: string };
        };
        if (message.id !== id) return;
        if (message.result) resolve(message.result.usedSize);
        else reject(new Error(`Runtime.getHeapUsage in a worker: ${message.error?.message}`));
      });
    });
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
    });
    return await answer;
  } finally {
    await session.send('Target.detachFromTarget', { sessionId });
  }
}
