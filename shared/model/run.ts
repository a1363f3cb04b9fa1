import * as Y from 'yjs';
import { runMap } from './meeting-doc';
import { LOCAL_EDIT } from './origins';

/**
 * The chair's running order, stored in the meeting document so every device in the room sees
 * the same current item. Times are epoch milliseconds from the device that pressed the button;
 * elapsed time is worked out from them, so nothing ticks in the document.
 *
 *   run.startedAt      when the meeting started (null before)
 *   run.endedAt        when it ended (null while running)
 *   run.currentItemId  the item being discussed
 *   run.items          item id → Y.Map { spentMs: time before the current stint, since: start of it or null }
 */
export interface RunState {
  startedAt: number | null;
  endedAt: number | null;
  currentItemId: string | null;
  items: Map<string, { spentMs: number; since: number | null }>;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function readRunState(meetingDoc: Y.Doc): RunState {
  const run = runMap(meetingDoc);
  const items = new Map<string, { spentMs: number; since: number | null }>();
  const itemTimes = run.get('items');
  if (itemTimes instanceof Y.Map) {
    itemTimes.forEach((value: unknown, id: string) => {
      if (!(value instanceof Y.Map)) return;
      items.set(id, {
        spentMs: numberOrNull(value.get('spentMs')) ?? 0,
        since: numberOrNull(value.get('since')),
      });
    });
  }
  const current = run.get('currentItemId');
  return {
    startedAt: numberOrNull(run.get('startedAt')),
    endedAt: numberOrNull(run.get('endedAt')),
    currentItemId: typeof current === 'string' ? current : null,
    items,
  };
}

function itemTimes(meetingDoc: Y.Doc): Y.Map<Y.Map<unknown>> {
  const run = runMap(meetingDoc);
  let times = run.get('items');
  if (!(times instanceof Y.Map)) {
    times = new Y.Map<Y.Map<unknown>>();
    run.set('items', times);
  }
  return times as Y.Map<Y.Map<unknown>>;
}

function stopClock(meetingDoc: Y.Doc, itemId: string | null, now: number): void {
  if (!itemId) return;
  const entry = itemTimes(meetingDoc).get(itemId);
  const since = numberOrNull(entry?.get('since'));
  if (!entry || since === null) return;
  entry.set('spentMs', (numberOrNull(entry.get('spentMs')) ?? 0) + Math.max(0, now - since));
  entry.set('since', null);
}

/**
 * Makes `itemId` the current item, starting the meeting's clock if it has not started. Time
 * already spent on an item is kept when the chair comes back to it.
 */
export function goToItem(meetingDoc: Y.Doc, itemId: string, now = Date.now()): void {
  meetingDoc.transact(() => {
    const run = runMap(meetingDoc);
    if (numberOrNull(run.get('startedAt')) === null) run.set('startedAt', now);
    run.set('endedAt', null);
    const previous = run.get('currentItemId');
    if (previous !== itemId)
      stopClock(meetingDoc, typeof previous === 'string' ? previous : null, now);
    const times = itemTimes(meetingDoc);
    let entry = times.get(itemId);
    if (!entry) {
      entry = new Y.Map<unknown>();
      entry.set('spentMs', 0);
      times.set(itemId, entry);
    }
    // Already running (the chair pressed the current item again): keep the stint going.
    if (numberOrNull(entry.get('since')) === null) entry.set('since', now);
    run.set('currentItemId', itemId);
  }, LOCAL_EDIT);
}

/** Stops every clock; the current item stays highlighted as the last one discussed. */
export function endMeeting(meetingDoc: Y.Doc, now = Date.now()): void {
  meetingDoc.transact(() => {
    const run = runMap(meetingDoc);
    const current = run.get('currentItemId');
    stopClock(meetingDoc, typeof current === 'string' ? current : null, now);
    run.set('endedAt', now);
  }, LOCAL_EDIT);
}

/** Time spent on an item so far, including the running stint. */
export function itemElapsedMs(state: RunState, itemId: string, now: number): number {
  const entry = state.items.get(itemId);
  if (!entry) return 0;
  const running =
    entry.since !== null && state.endedAt === null ? Math.max(0, now - entry.since) : 0;
  return entry.spentMs + running;
}

/** Time since the meeting started, stopping when it ended. */
export function meetingElapsedMs(state: RunState, now: number): number {
  if (state.startedAt === null) return 0;
  return Math.max(0, (state.endedAt ?? now) - state.startedAt);
}

/**
 * Drops a removed item from the running order (inside the caller's transaction): if it was
 * the current item, the meeting has no current item until the chair picks one.
 */
export function forgetItemTimes(meetingDoc: Y.Doc, itemId: string): void {
  const run = runMap(meetingDoc);
  if (run.get('currentItemId') === itemId) run.set('currentItemId', null);
  const times = run.get('items');
  if (times instanceof Y.Map && times.has(itemId)) times.delete(itemId);
}
