import type * as Y from 'yjs';
import { listMeetings } from '../model/meetings';
import { meetingSearchDocuments, workspaceSearchDocuments, WORKSPACE_SOURCE } from './documents';
import { SearchIndex } from './engine';

/** An index of a whole workspace held in memory: what `quorum search` and tests build. */
export function indexWorkspace(
  workspace: Y.Doc,
  meetings: ReadonlyMap<string, Y.Doc>,
): SearchIndex {
  const index = SearchIndex.empty();
  index.replaceSource(WORKSPACE_SOURCE, workspaceSearchDocuments(workspace));
  const entries = new Map(listMeetings(workspace).map((m) => [m.id, m]));
  for (const [id, doc] of meetings) {
    index.replaceSource(id, meetingSearchDocuments(doc, id, entries.get(id) ?? null));
  }
  return index;
}
