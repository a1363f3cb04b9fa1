import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMeeting, getMeeting, readMeetingHeader } from '../../../shared/model';
import { MeetingDocs, type MeetingDocListener } from '../../../renderer/data/meeting-docs';
import { steeringGroupMeeting } from '../../shared/model/fixtures';

const opened: MeetingDocs[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(opened.splice(0).map((docs) => docs.closeAll()));
});

/** A workspace with one meeting, and its meeting documents (each test its own databases). */
function workspace(name: string, closeAfterMs?: number) {
  const doc = new Y.Doc();
  const meetingId = createMeeting(doc, steeringGroupMeeting);
  const docs = new MeetingDocs(`ws-${name}`, doc, closeAfterMs);
  opened.push(docs);
  return { doc, meetingId, docs };
}

function recordingListener(overrides: Partial<MeetingDocListener> = {}) {
  const events: string[] = [];
  const listener: MeetingDocListener = {
    opened: async (id, _doc, isEmpty) => void events.push(`opened ${id} ${isEmpty}`),
    closed: (id) => void events.push(`closed ${id}`),
    failed: (id, error) => void events.push(`failed ${id} ${(error as Error).message}`),
    ...overrides,
  };
  return { events, listener };
}

describe('meeting documents borrowed by the screens', () => {
  it('opens a meeting once for every borrower, filled from the workspace on first open', async () => {
    const { doc, meetingId, docs } = workspace('borrow');
    const a = docs.borrow(meetingId);
    const b = docs.borrow(meetingId);
    const [first, second] = await Promise.all([a.ready, b.ready]);
    expect(first).toBe(second);
    expect(docs.peek(meetingId)).toBe(first);
    expect(readMeetingHeader(first)?.title).toBe(getMeeting(doc, meetingId)?.title);
    a.release();
    b.release();
  });

  it('closes a meeting a while after its last borrower gives it back, not before', async () => {
    const { meetingId, docs } = workspace('release', 1_000);
    const { events, listener } = recordingListener();
    docs.listen(listener);
    const a = docs.borrow(meetingId);
    const b = docs.borrow(meetingId);
    await a.ready;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    a.release();
    a.release(); // twice is once: the other borrower keeps it open
    expect(vi.getTimerCount()).toBe(0);
    b.release();
    expect(vi.getTimerCount()).toBe(1);
    expect(docs.peek(meetingId)).toBeDefined();
    await vi.advanceTimersByTimeAsync(1_000);
    vi.useRealTimers();
    await vi.waitFor(() => expect(events).toContain(`closed ${meetingId}`));
    expect(docs.peek(meetingId)).toBeUndefined();
  });

  it('keeps a meeting borrowed again within the wait, instead of reloading it', async () => {
    const { meetingId, docs } = workspace('reborrow', 1_000);
    const first = docs.borrow(meetingId);
    const doc = await first.ready;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    first.release();
    const again = docs.borrow(meetingId);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
    expect(await again.ready).toBe(doc);
    again.release();
  });

  it('tells a listener that comes later about meetings already open', async () => {
    const { meetingId, docs } = workspace('late-listener');
    const borrowed = docs.borrow(meetingId);
    await borrowed.ready;
    const { events, listener } = recordingListener();
    docs.listen(listener);
    await vi.waitFor(() => expect(events).toEqual([`opened ${meetingId} false`]));
    borrowed.release();
  });

  it('reports a meeting that could not join the listener (sync), never drops it', async () => {
    const { meetingId, docs } = workspace('listener-fails');
    const borrowed = docs.borrow(meetingId);
    await borrowed.ready;
    const { events, listener } = recordingListener({
      opened: () => Promise.reject(new Error('Sync is not connected')),
    });
    docs.listen(listener);
    await vi.waitFor(() => expect(events).toEqual([`failed ${meetingId} Sync is not connected`]));
    borrowed.release();
  });

  it('fails the borrow when the listener fails on first open, so the screen can say so', async () => {
    const { meetingId, docs } = workspace('first-open-fails');
    docs.listen(recordingListener({ opened: () => Promise.reject(new Error('refused')) }).listener);
    const borrowed = docs.borrow(meetingId);
    await expect(borrowed.ready).rejects.toThrow('refused');
    borrowed.release();
  });
});
