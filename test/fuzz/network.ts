import * as prng from 'lib0/prng';
import * as Y from 'yjs';

/** Origin of updates a replica received from the network. */
const FROM_NETWORK = 'fuzz:network';

/** The workspace document's name; each meeting document is named by its meeting id. */
export const WORKSPACE_DOC = 'workspace';

/**
 * One device: a workspace document and the meeting documents it has opened or been sent.
 * Every document of replica i has Yjs client id i + 1, so a seed replays the same clocks.
 */
export class Replica {
  readonly docs = new Map<string, Y.Doc>();

  constructor(
    readonly index: number,
    private readonly send: (from: number, docName: string, update: Uint8Array) => void,
  ) {}

  doc(name: string): Y.Doc {
    let doc = this.docs.get(name);
    if (!doc) {
      doc = new Y.Doc({ guid: name });
      doc.clientID = this.index + 1;
      doc.on('update', this.sender(name));
      this.docs.set(name, doc);
    }
    return doc;
  }

  private readonly senders = new Map<string, (update: Uint8Array) => void>();

  private sender(name: string): (update: Uint8Array) => void {
    let send = this.senders.get(name);
    if (!send) {
      send = (update: Uint8Array) => this.send(this.index, name, update);
      this.senders.set(name, send);
    }
    return send;
  }

  get workspace(): Y.Doc {
    return this.doc(WORKSPACE_DOC);
  }

  /**
   * Applies what the network delivered. Received updates are not sent on (each replica sends
   * only its own edits, and a reconnection syncs the rest), so the 'update' listener is taken
   * off meanwhile: with a listener, Yjs encodes every update it applies, for nothing here.
   */
  receive(docName: string, update: Uint8Array): void {
    const doc = this.doc(docName);
    const send = this.sender(docName);
    doc.off('update', send);
    try {
      Y.applyUpdate(doc, update, FROM_NETWORK);
    } finally {
      doc.on('update', send);
    }
  }
}

interface Message {
  docName: string;
  update: Uint8Array;
}

/**
 * A deterministic network between replicas, as Yjs's own tests build one: every link buffers
 * what it carries, and the run decides (from its seeded generator) which message arrives next,
 * so updates arrive late, out of order or, when a link drops, never. A link that comes back
 * runs y-protocols' sync (each side sends what the other's state vector lacks), and those
 * messages are buffered like any other.
 */
export class FuzzNetwork {
  readonly replicas: Replica[];
  /** queues[from][to]: sent and not yet delivered. */
  private readonly queues: Message[][][];
  private readonly connected: boolean[][];

  constructor(
    private readonly gen: prng.PRNG,
    count: number,
  ) {
    this.queues = Array.from({ length: count }, () => Array.from({ length: count }, () => []));
    this.connected = Array.from({ length: count }, (_, a) =>
      Array.from({ length: count }, (_, b) => a !== b),
    );
    this.replicas = Array.from(
      { length: count },
      (_, index) =>
        new Replica(index, (from, docName, update) => this.broadcast(from, docName, update)),
    );
  }

  private broadcast(from: number, docName: string, update: Uint8Array): void {
    this.replicas.forEach((_, to) => {
      if (this.connected[from]![to]) this.queues[from]![to]!.push({ docName, update });
    });
  }

  isConnected(a: number, b: number): boolean {
    return this.connected[a]![b]!;
  }

  /** Cuts a link both ways; what was in flight is lost or, half the time, still delivered. */
  disconnect(a: number, b: number): void {
    if (a === b || !this.connected[a]![b]) return;
    this.connected[a]![b] = this.connected[b]![a] = false;
    if (prng.bool(this.gen)) {
      this.queues[a]![b] = [];
      this.queues[b]![a] = [];
    }
  }

  /** Restores a link and queues the sync each way (step 2 of y-protocols' sync). */
  connect(a: number, b: number): void {
    if (a === b || this.connected[a]![b]) return;
    this.connected[a]![b] = this.connected[b]![a] = true;
    this.queueSync(a, b);
    this.queueSync(b, a);
  }

  private queueSync(from: number, to: number): void {
    const sender = this.replicas[from]!;
    const receiver = this.replicas[to]!;
    for (const [name, doc] of sender.docs) {
      const known = receiver.docs.get(name);
      const stateVector = known ? Y.encodeStateVector(known) : undefined;
      this.queues[from]![to]!.push({
        docName: name,
        update: Y.encodeStateAsUpdate(doc, stateVector),
      });
    }
  }

  /** Splits the replicas in two groups at random: links across the split go down. */
  partition(): void {
    const side = this.replicas.map(() => prng.bool(this.gen));
    this.replicas.forEach((_, a) =>
      this.replicas.forEach((_, b) => {
        if (side[a] !== side[b]) this.disconnect(a, b);
      }),
    );
  }

  randomReplica(): number {
    return prng.int32(this.gen, 0, this.replicas.length - 1);
  }

  /** Delivers one buffered message, chosen at random from a random busy link. */
  deliverOne(): boolean {
    const busy: [number, number][] = [];
    this.queues.forEach((row, from) =>
      row.forEach((queue, to) => {
        if (queue.length > 0) busy.push([from, to]);
      }),
    );
    if (busy.length === 0) return false;
    const [from, to] = prng.oneOf(this.gen, busy);
    const queue = this.queues[from]![to]!;
    // Mostly in order, as one socket delivers; sometimes any buffered message overtakes.
    const at = prng.int32(this.gen, 0, 3) === 0 ? prng.int32(this.gen, 0, queue.length - 1) : 0;
    const [message] = queue.splice(at, 1);
    this.replicas[to]!.receive(message!.docName, message!.update);
    return true;
  }

  /**
   * Heals every partition and delivers everything. Reconnecting queues each pair's sync, and
   * every later edit is broadcast to all, so empty queues mean every update reached everyone.
   */
  healAndSync(): void {
    this.replicas.forEach((_, a) => this.replicas.forEach((_, b) => this.connect(a, b)));
    while (this.deliverOne());
  }
}
