import { listMeetings, type Meeting } from '../../../shared/model/meetings';
import type { SearchIndex } from '../../../shared/search';
import {
  meetingSearchDocuments,
  workspaceSearchDocuments,
  WORKSPACE_SOURCE,
} from '../../../shared/search';
import { readStoredDoc, storedStamp } from './stored-doc';

/** Names of a workspace's IndexedDB databases (the same as workspace-store.ts and meeting-docs.ts). */
export interface StoredNames {
  workspace: string;
  meeting(meetingId: string): string;
}

/**
 * Spelled out here rather than imported from workspace-store.ts and meeting-docs.ts, which
 * would bring y-indexeddb and the sync client into the worker; a test holds them equal.
 */
export function storedNames(workspaceId: string): StoredNames {
  return {
    workspace: `quorum-workspace-${workspaceId}`,
    meeting: (meetingId) => `quorum-meeting-${workspaceId}-${meetingId}`,
  };
}

export interface IndexerOptions {
  names: StoredNames;
  /** A moment for other work (a search typed meanwhile) between meetings. */
  breathe?: () => Promise<void>;
  read?: typeof readStoredDoc;
  stamp?: typeof storedStamp;
}

/**
 * Keeps a SearchIndex in step with what this device has stored of a workspace: refresh()
 * reads only the documents whose stored stamp differs from the one the index was built at,
 * so a restart with a saved index reads the workspace and nothing else, and an edit re-reads
 * just its meeting. Runs in the search worker; tests run it against fake-indexeddb.
 */
export class WorkspaceIndexer {
  private meetings: Meeting[] | null = null;
  private readonly breathe: () => Promise<void>;
  private readonly read: typeof readStoredDoc;
  private readonly stamp: typeof storedStamp;

  constructor(
    readonly index: SearchIndex,
    private readonly options: IndexerOptions,
  ) {
    this.breathe = options.breathe ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
    this.read = options.read ?? readStoredDoc;
    this.stamp = options.stamp ?? storedStamp;
  }

  /** Brings the index up to date; resolves with how many sources changed in it. */
  async refresh(): Promise<number> {
    const { names } = this.options;
    let changed = 0;
    const workspaceStamp = await this.stamp(names.workspace);
    if (workspaceStamp === null) return 0;
    if (this.meetings === null || this.index.stampOf(WORKSPACE_SOURCE) !== workspaceStamp) {
      const stored = await this.read(names.workspace);
      if (!stored) return 0;
      this.meetings = listMeetings(stored.doc);
      if (this.index.stampOf(WORKSPACE_SOURCE) !== stored.stamp) {
        changed++;
        this.index.replaceSource(
          WORKSPACE_SOURCE,
          workspaceSearchDocuments(stored.doc),
          stored.stamp,
        );
      }
      stored.doc.destroy();
    }
    const current = new Set<string>([WORKSPACE_SOURCE]);
    for (const meeting of this.meetings) {
      current.add(meeting.id);
      const name = names.meeting(meeting.id);
      const stamp = await this.stamp(name);
      // Its title and date are the workspace's: a renamed meeting is re-read too.
      const wanted = stamp === null ? null : `${stamp}|${meeting.date}|${meeting.title}`;
      if (wanted === this.index.stampOf(meeting.id)) continue;
      if (wanted === null) {
        if (this.index.stampOf(meeting.id) !== null) changed++;
        this.index.removeSource(meeting.id);
        continue;
      }
      const stored = await this.read(name);
      changed++;
      this.index.replaceSource(
        meeting.id,
        stored ? meetingSearchDocuments(stored.doc, meeting.id, meeting) : [],
        stored ? `${stored.stamp}|${meeting.date}|${meeting.title}` : '',
      );
      stored?.doc.destroy();
      await this.breathe();
    }
    for (const source of this.index.indexedSources()) {
      if (!current.has(source)) {
        this.index.removeSource(source);
        changed++;
      }
    }
    return changed;
  }
}
