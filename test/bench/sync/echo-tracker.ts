/**
 * Matches each edit to the moment other clients see it, without putting anything in the
 * document: a Yjs edit is identified by its author's client id and the author's clock after
 * it, and a receiving document's transaction says which clocks it advanced (its before and
 * after state vectors). So the typed text stays realistic and nothing is decoded twice.
 */
export type StateVector = ReadonlyMap<number, number>;

interface SentEdit {
  clock: number;
  at: number;
}

export class EchoTracker {
  /** Per author, its edits in clock order (each author's clock only grows). */
  private readonly sent = new Map<number, SentEdit[]>();
  /** Per observer and author: how many of the author's edits the observer has seen. */
  private readonly seen = new Map<number, Map<number, number>>();
  readonly latencies: number[] = [];

  /** Records an edit made at `at` by `author`, whose clock is `clock` after it. */
  recordSent(author: number, clock: number, at: number): void {
    let edits = this.sent.get(author);
    if (!edits) this.sent.set(author, (edits = []));
    edits.push({ clock, at });
  }

  /**
   * Records what an observer's transaction brought in (from its 'afterTransaction' event):
   * every recorded edit of another author at or below the new clock has now arrived.
   */
  recordArrived(observer: number, before: StateVector, after: StateVector, at: number): void {
    for (const [author, clock] of after) {
      if (author === observer || clock <= (before.get(author) ?? 0)) continue;
      const edits = this.sent.get(author);
      if (!edits) continue;
      let seenOfAuthor = this.seen.get(observer);
      if (!seenOfAuthor) this.seen.set(observer, (seenOfAuthor = new Map()));
      let index = seenOfAuthor.get(author) ?? 0;
      while (index < edits.length && edits[index]!.clock <= clock) {
        this.latencies.push(at - edits[index]!.at);
        index++;
      }
      seenOfAuthor.set(author, index);
    }
  }

  /** Edits recorded so far. */
  get sentCount(): number {
    let count = 0;
    for (const edits of this.sent.values()) count += edits.length;
    return count;
  }
}
