import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMeeting, listMeetings, migrateWorkspace } from '../../../../shared/model';
import {
  forgetFirstScreen,
  readFirstScreen,
  writeFirstScreen,
} from '../../../../renderer/data/startup/first-screen';
import { switchWorkspace } from '../../../../renderer/data/known-workspaces';
import { openLocalDb } from '../../../../renderer/data/local-db';
import { projectMeetingIndex } from '../../../../renderer/data/meeting-index';
import { FIRST_PAGE } from '../../../../renderer/data/startup/meeting-list-page';
import { steeringGroupMeeting } from '../../../shared/model/fixtures';

/** localStorage as the browser keeps it; `full` makes every write throw as a full disk does. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

function workspaceWith(count: number): Y.Doc {
  const doc = new Y.Doc();
  migrateWorkspace(doc);
  for (let n = 0; n < count; n++) {
    const day = String((n % 28) + 1).padStart(2, '0');
    createMeeting(doc, { ...steeringGroupMeeting, title: `Meeting ${n}`, date: `2024-01-${day}` });
  }
  return doc;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the first screen kept in localStorage', () => {
  it('gives back the newest page and the total it was written with', () => {
    const storage = new MemoryStorage();
    const meetings = listMeetings(workspaceWith(FIRST_PAGE + 5));
    writeFirstScreen('ws-1', meetings, storage);
    expect(readFirstScreen(storage)).toEqual({
      workspaceId: 'ws-1',
      list: { meetings: meetings.slice(0, FIRST_PAGE), total: FIRST_PAGE + 5 },
    });
  });

  it('is absent until written, and after it is forgotten', () => {
    const storage = new MemoryStorage();
    expect(readFirstScreen(storage)).toBeNull();
    writeFirstScreen('ws-1', [], storage);
    expect(readFirstScreen(storage)?.list).toEqual({ meetings: [], total: 0 });
    forgetFirstScreen(storage);
    expect(readFirstScreen(storage)).toBeNull();
  });

  it('ignores what it cannot trust: not JSON, another shape, or a meeting it cannot read', () => {
    const storage = new MemoryStorage();
    const key = 'quorum:first-screen';
    storage.setItem(key, '{"version":1,');
    expect(readFirstScreen(storage)).toBeNull();
    storage.setItem(
      key,
      JSON.stringify({ version: 2, workspaceId: 'ws-1', total: 0, meetings: [] }),
    );
    expect(readFirstScreen(storage)).toBeNull();
    const [meeting] = listMeetings(workspaceWith(1));
    const page = { version: 1, workspaceId: 'ws-1', total: 2, meetings: [meeting] };
    storage.setItem(
      key,
      JSON.stringify({ ...page, meetings: [meeting, { ...meeting, venueKind: 'moon' }] }),
    );
    expect(readFirstScreen(storage)).toBeNull();
    storage.setItem(key, JSON.stringify(page));
    expect(readFirstScreen(storage)?.list.meetings).toEqual([meeting]);
  });

  it('costs only speed on a full disk: nothing stale is left behind', () => {
    const storage = new MemoryStorage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    writeFirstScreen('ws-1', [], storage);
    storage.full = true;
    writeFirstScreen('ws-1', listMeetings(workspaceWith(1)), storage);
    expect(readFirstScreen(storage)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('follows the meetings list copy, and is forgotten when another workspace is opened', async () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    const db = openLocalDb('first-screen-projection');
    const doc = workspaceWith(2);
    const projection = projectMeetingIndex(db, 'ws-1', doc);
    await projection.flushed();
    expect(readFirstScreen()).toEqual({
      workspaceId: 'ws-1',
      list: { meetings: listMeetings(doc), total: 2 },
    });

    createMeeting(doc, { ...steeringGroupMeeting, title: 'Added', date: '2025-01-01' });
    await projection.stop();
    expect(readFirstScreen()?.list.meetings[0]?.title).toBe('Added');

    await switchWorkspace(db, 'ws-2');
    expect(readFirstScreen()).toBeNull();
    db.close();
  });
});
