import type { HocuspocusProvider, onUnsyncedChangesParameters } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { EchoTracker } from './echo-tracker';
import type { Random } from './random';
import { typeAt } from './typing';

/**
 * One person typing their notes into a paragraph of the minutes at typing speed, one
 * keystroke per transaction (as the editor sends them), until `endsAt`. Records each
 * keystroke with the echo tracker and times the server's acknowledgement of it.
 */
const NOTES = 'Partners agreed to share the housing figures before the next meeting. ';

export interface TypistOptions {
  provider: HocuspocusProvider;
  text: Y.XmlText;
  tracker: EchoTracker;
  /** Round trips: from the keystroke until the server says it has applied it. */
  acks: number[];
  random: Random;
  endsAt: number;
  minDelayMs: number;
  maxDelayMs: number;
}

/** Resolves with the number of keystrokes typed. */
export function typeNotes(options: TypistOptions): Promise<number> {
  const { provider, text, tracker, acks, random, endsAt } = options;
  const doc = provider.document;
  const delay = () =>
    options.minDelayMs + random.next() * (options.maxDelayMs - options.minDelayMs);
  // The provider counts updates sent and not yet acknowledged; the server acknowledges each
  // update message in order, so each drop in the count is the oldest pending keystroke.
  const pending: number[] = [];
  let unsynced = provider.unsyncedChanges;
  const onUnsynced = ({ number }: onUnsyncedChangesParameters) => {
    if (number < unsynced) {
      const sentAt = pending.shift();
      if (sentAt !== undefined) acks.push(performance.now() - sentAt);
    }
    unsynced = number;
  };
  provider.on('unsyncedChanges', onUnsynced);

  return new Promise((resolve) => {
    let typed = 0;
    const keystroke = () => {
      if (performance.now() >= endsAt) {
        resolve(typed);
        return;
      }
      const at = performance.now();
      typeAt(text, text.length, NOTES[typed % NOTES.length]!);
      tracker.recordSent(doc.clientID, Y.getState(doc.store, doc.clientID), at);
      pending.push(at);
      typed++;
      setTimeout(keystroke, delay());
    };
    // Start at a random moment in the first interval, so 50 people do not type in lockstep.
    setTimeout(keystroke, random.next() * options.maxDelayMs);
  });
}
