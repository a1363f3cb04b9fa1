import { IndexeddbPersistence } from 'y-indexeddb';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem, listMeetings } from '../../../../shared/model';
import { appendRichText, buildSampleWorkspace, paragraph } from '../../../../shared/sample';
import { SearchIndex, searchIndex } from '../../../../shared/search';
import { meetingDbName } from '../../../../renderer/data/meeting-docs';
import { storedNames, WorkspaceIndexer } from '../../../../renderer/data/search/indexer';
import { storedStamp } from '../../../../renderer/data/search/stored-doc';
import { workspaceDbName } from '../../../../renderer/data/workspace-store';

/** Keeps `doc` in `name` as the app does, until the returned function closes it. */
async function keep(name: string, doc: Y.Doc): Promise<() => Promise<void>> {
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  return () => persistence.destroy();
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

function titles(index: SearchIndex, text: string): string[] {
  const answer = searchIndex(index, text);
  if (!answer.ok) throw new Error(answer.message);
  return answer.hits.map((h) => `${h.kind}: ${h.meetingDate} ${h.title}`);
}

async function storedSample(workspaceId: string) {
  const { workspace, meetings } = buildSampleWorkspace({ now: new Date('2024-01-20T10:00:00Z') });
  const names = storedNames(workspaceId);
  const closers = [await keep(names.workspace, workspace)];
  for (const [id, doc] of meetings) closers.push(await keep(names.meeting(id), doc));
  await settle();
  return { workspace, meetings, names, close: () => Promise.all(closers.map((c) => c())) };
}

describe('WorkspaceIndexer', () => {
  it('names the databases as the workspace store and meeting documents do', () => {
    const names = storedNames('ws-1');
    expect(names.workspace).toBe(workspaceDbName('ws-1'));
    expect(names.meeting('m-1')).toBe(meetingDbName('ws-1', 'm-1'));
  });

  it('indexes what is stored, then re-reads only the meeting that changed', async () => {
    const sample = await storedSample('indexer-changes');
    const reads: string[] = [];
    const indexer = new WorkspaceIndexer(SearchIndex.empty(), {
      names: sample.names,
      read: async (name) => {
        reads.push(name);
        const { readStoredDoc } = await import('../../../../renderer/data/search/stored-doc');
        return readStoredDoc(name);
      },
    });
    expect(await indexer.refresh()).toBe(4); // the workspace and its three meetings
    expect(titles(indexer.index, 'deputation')[0]).toBe(
      'minutes: 2023-10-09 1. Welcome and Introductions',
    );
    reads.length = 0;
    expect(await indexer.refresh()).toBe(0);
    // Nothing changed: nothing is read, not even the workspace.
    expect(reads).toEqual([]);

    const october = listMeetings(sample.workspace).find((m) => m.date === '2023-10-09')!;
    const doc = sample.meetings.get(october.id)!;
    const itemId = addAgendaItem(doc, { title: 'Any other business' });
    appendRichText(doc.getXmlFragment(`minutes/${itemId}`), [
      paragraph('The allotment society asked about composting.'),
    ]);
    await settle();
    expect(await indexer.refresh()).toBe(1);
    expect(reads).toEqual([sample.names.meeting(october.id)]);
    expect(titles(indexer.index, 'composting')).toEqual([
      'minutes: 2023-10-09 6. Any other business',
    ]);
    await sample.close();
  });

  it('starts from a saved index without re-reading any meeting', async () => {
    const sample = await storedSample('indexer-restart');
    const first = new WorkspaceIndexer(SearchIndex.empty(), { names: sample.names });
    await first.refresh();
    const saved = first.index.serialise();

    const reads: string[] = [];
    const { readStoredDoc } = await import('../../../../renderer/data/search/stored-doc');
    const restarted = new WorkspaceIndexer(SearchIndex.restore(saved)!, {
      names: sample.names,
      read: (name) => (reads.push(name), readStoredDoc(name)),
    });
    expect(await restarted.refresh()).toBe(0);
    // The workspace is read for its list of meetings; no meeting is.
    expect(reads).toEqual([sample.names.workspace]);
    expect(titles(restarted.index, 'deputation')[0]).toMatch(/Welcome and Introductions/);
    await sample.close();
  });

  it('does not count a meeting merely opened again as changed', async () => {
    const sample = await storedSample('indexer-reopened');
    const indexer = new WorkspaceIndexer(SearchIndex.empty(), { names: sample.names });
    await indexer.refresh();
    const october = listMeetings(sample.workspace).find((m) => m.date === '2023-10-09')!;
    const name = sample.names.meeting(october.id);
    const before = await storedStamp(name);
    // A screen opens the meeting: y-indexeddb stores the fresh document's (empty) state first.
    const close = await keep(name, new Y.Doc());
    await settle();
    expect(await storedStamp(name)).toBe(before);
    expect(await indexer.refresh()).toBe(0);
    await close();
    await sample.close();
  });

  it('drops a deleted meeting, and never creates a database for one not stored here', async () => {
    const sample = await storedSample('indexer-missing');
    const indexer = new WorkspaceIndexer(SearchIndex.empty(), { names: sample.names });
    await indexer.refresh();
    const september = listMeetings(sample.workspace).find((m) => m.date === '2023-09-01')!;
    sample.workspace.getMap('meetings').delete(september.id);
    await settle();
    await indexer.refresh();
    expect(titles(indexer.index, 'schools').filter((t) => t.includes('2023-09-01'))).toEqual([]);

    expect(await storedStamp('quorum-meeting-indexer-missing-never-stored')).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain('quorum-meeting-indexer-missing-never-stored');
    await sample.close();
  });
});
