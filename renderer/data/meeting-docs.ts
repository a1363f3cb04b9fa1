import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import {
  headerMap,
  initialiseMeetingDoc,
  meetingMetaMap,
  migrateMeetingDoc,
  mirrorMinutesStatus,
} from '../../shared/model';
import { mirrorDecisionsWhileOpen } from './decision-mirror';
import type { MirrorLedger } from './mirror-ledger';
import { persistDocument } from './yjs-persistence';

/**
 * Meeting documents open on this device, one Y.Doc per meeting, each kept in its own IndexedDB
 * database by y-indexeddb. Screens borrow a document and give it back; the last one to give
 * it back closes it, so only the meetings in use are in memory.
 */
interface OpenMeeting {
  doc: Y.Doc;
  ready: Promise<Y.Doc>;
  persistence: IndexeddbPersistence;
  borrowers: number;
  closing?: ReturnType<typeof setTimeout>;
  /**
   * Stops mirroring its decisions and minutes status into the workspace's indexes; says
   * whether they match the document at that moment.
   */
  stopMirror?: () => boolean;
}

/**
 * How long an unused meeting stays open: going from the agenda to the minutes (or React's
 * development double-mount) re-borrows it at once instead of reloading it from disk.
 */
const CLOSE_AFTER_MS = 5_000;

export function meetingDbName(workspaceId: string, meetingId: string): string {
  return `quorum-meeting-${workspaceId}-${meetingId}`;
}

/** Told when a meeting document opens and closes on this device: sync attaches to it. */
export interface MeetingDocListener {
  /**
   * The document has loaded from this device (`isEmpty`: it has never been filled here).
   * Filling it waits for the returned promise, so the server's copy can arrive first.
   */
  opened(meetingId: string, doc: Y.Doc, isEmpty: boolean): Promise<void>;
  closed(meetingId: string): void;
  /** `opened` failed for a document already open when the listener came. */
  failed(meetingId: string, error: unknown): void;
}

export class MeetingDocs {
  private readonly open = new Map<string, OpenMeeting>();
  private listener: MeetingDocListener | null = null;
  private readonly updateListeners = new Set<(meetingId: string) => void>();

  constructor(
    private readonly workspaceId: string,
    private readonly workspace: Y.Doc,
    private readonly closeAfterMs = CLOSE_AFTER_MS,
    /** Told which meetings are mirrored live here, and which were left mirrored on closing. */
    private readonly ledger?: MirrorLedger,
  ) {}

  /** One listener (the workspace's sync); it hears about documents already open, too. */
  listen(listener: MeetingDocListener): void {
    this.listener = listener;
    for (const [meetingId, entry] of this.open) {
      entry.ready
        .then(
          (doc) => listener.opened(meetingId, doc, false),
          // A document that failed to load was reported to its borrowers (useMeetingDoc's
          // screen says so): there is nothing to sync.
          () => undefined,
        )
        .catch((error: unknown) => listener.failed(meetingId, error));
    }
  }

  /**
   * Borrows a meeting's document. `ready` resolves once it holds everything stored on this
   * device, has been migrated, and has its header and agenda (filled on first open).
   */
  borrow(meetingId: string): { ready: Promise<Y.Doc>; release: () => void } {
    let entry = this.open.get(meetingId);
    if (!entry) {
      const doc = new Y.Doc({ guid: meetingId });
      const { persistence, loaded } = persistDocument(
        meetingDbName(this.workspaceId, meetingId),
        doc,
      );
      const ready = loaded.then(async () => {
        migrateMeetingDoc(doc);
        const isEmpty = meetingMetaMap(doc).get('meetingId') === undefined;
        await this.listener?.opened(meetingId, doc, isEmpty);
        initialiseMeetingDoc(doc, this.workspace, meetingId);
        // The list shows each meeting's minutes status from the index, and the decision log
        // its decisions: keep both in step while the meeting is open here, whether changed on
        // this device or another.
        const mirrorStatus = () => mirrorMinutesStatus(this.workspace, meetingId, doc);
        mirrorStatus();
        headerMap(doc).observe(mirrorStatus);
        const stopDecisions = mirrorDecisionsWhileOpen(this.workspace, doc, meetingId);
        // The mirrors now match the document. Once it changes they follow it live, but a
        // change the app stops before mirroring would be missed: the ledger forgets the
        // meeting until it closes cleanly, so the next start reads it (mirror-backfill.ts).
        if (stopDecisions.inStep()) this.ledger?.vouch(meetingId);
        const changed = () => {
          doc.off('update', changed);
          this.ledger?.withdraw(meetingId);
        };
        doc.on('update', changed);
        const told = () => this.updateListeners.forEach((listener) => listener(meetingId));
        doc.on('update', told);
        opening.stopMirror = () => {
          doc.off('update', changed);
          doc.off('update', told);
          headerMap(doc).unobserve(mirrorStatus);
          return stopDecisions();
        };
        return doc;
      });
      const opening: OpenMeeting = { doc, ready, persistence, borrowers: 0 };
      entry = opening;
      this.open.set(meetingId, entry);
    }
    clearTimeout(entry.closing);
    entry.borrowers++;
    let released = false;
    const borrowed = entry;
    return {
      ready: entry.ready,
      release: () => {
        if (released) return;
        released = true;
        borrowed.borrowers--;
        if (borrowed.borrowers === 0) {
          borrowed.closing = setTimeout(
            () => void this.close(meetingId, borrowed),
            this.closeAfterMs,
          );
        }
      },
    };
  }

  /** Hears every change to an open meeting, from here or sync (the search index follows). */
  onUpdate(listener: (meetingId: string) => void): () => void {
    this.updateListeners.add(listener);
    return () => this.updateListeners.delete(listener);
  }

  /** The meeting's document if it is open (loaded or loading), without borrowing it. */
  peek(meetingId: string): Y.Doc | undefined {
    return this.open.get(meetingId)?.doc;
  }

  private async close(meetingId: string, entry: OpenMeeting): Promise<void> {
    clearTimeout(entry.closing);
    if (this.open.get(meetingId) === entry) this.open.delete(meetingId);
    this.listener?.closed(meetingId);
    // The status is mirrored within each change (an observer), the decisions just now.
    if (entry.stopMirror?.()) this.ledger?.vouch(meetingId);
    await entry.persistence.destroy();
    entry.doc.destroy();
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.open].map(([id, entry]) => this.close(id, entry)));
  }
}
