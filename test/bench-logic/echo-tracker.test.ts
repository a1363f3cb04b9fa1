import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EchoTracker } from '../bench/sync/echo-tracker';

/** Two devices wired by hand: each local update is delivered to the other when we say so. */
function twoDevices(tracker: EchoTracker, now: () => number) {
  const [author, observer] = [new Y.Doc(), new Y.Doc()];
  observer.on('afterTransaction', (tr: Y.Transaction) => {
    if (!tr.local) tracker.recordArrived(observer.clientID, tr.beforeState, tr.afterState, now());
  });
  const outbox: Uint8Array[] = [];
  author.on('update', (update: Uint8Array) => outbox.push(update));
  const type = (text: string, at: number) => {
    author.getText('minutes').insert(author.getText('minutes').length, text);
    tracker.recordSent(author.clientID, Y.getState(author.store, author.clientID), at);
  };
  const deliver = (count = outbox.length) => {
    for (const update of outbox.splice(0, count)) Y.applyUpdate(observer, update);
  };
  return { author, observer, type, deliver };
}

describe('EchoTracker', () => {
  it('times each keystroke from when it was typed to when the other device has it', () => {
    const tracker = new EchoTracker();
    let clock = 0;
    const { type, deliver } = twoDevices(tracker, () => clock);
    type('a', 0);
    type('b', 10);
    clock = 25;
    deliver(1);
    clock = 40;
    deliver();
    expect(tracker.latencies).toEqual([25, 30]);
    expect(tracker.sentCount).toBe(2);
  });

  it('counts every keystroke a single merged update brings in (as after a reconnect)', () => {
    const tracker = new EchoTracker();
    const { author, observer, type } = twoDevices(tracker, () => 100);
    type('a', 0);
    type('bc', 50);
    Y.applyUpdate(observer, Y.encodeStateAsUpdate(author));
    expect(tracker.latencies).toEqual([100, 50]);
  });

  it('ignores an observer’s own edits and updates carrying nothing new', () => {
    const tracker = new EchoTracker();
    const { author, observer, type, deliver } = twoDevices(tracker, () => 5);
    observer.getText('minutes').insert(0, 'mine');
    tracker.recordSent(observer.clientID, Y.getState(observer.store, observer.clientID), 0);
    type('a', 0);
    deliver();
    Y.applyUpdate(observer, Y.encodeStateAsUpdate(author)); // delivered again: nothing new
    expect(tracker.latencies).toEqual([5]);
  });
});
