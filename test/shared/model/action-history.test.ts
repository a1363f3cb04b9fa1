import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createAction,
  getAction,
  readActionHistory,
  recordActionUpdate,
  updatesGivenAt,
} from '../../../shared/model';
import { replicaOf, syncDocs } from './fixtures';

function workspaceWithAction() {
  const workspace = new Y.Doc();
  const actionId = createAction(
    workspace,
    {
      meetingId: 'sept',
      description: 'Share the presentation with the schools team',
      ownerName: 'Jenny',
    },
    new Date('2023-09-01T15:00:00Z'),
  );
  return { workspace, actionId };
}

describe('an action’s history', () => {
  it('sets the status and keeps who, when, where and what in one transaction', () => {
    const { workspace, actionId } = workspaceWithAction();
    let transactions = 0;
    workspace.on('afterTransaction', () => transactions++);
    recordActionUpdate(
      workspace,
      actionId,
      {
        status: 'done',
        note: ' Update given: the presentation was shared on 3 October ',
        meetingId: 'oct',
        by: 'Jennifer Jennings',
      },
      new Date('2023-10-09T12:20:00Z'),
    );
    expect(transactions).toBe(1);
    expect(getAction(workspace, actionId)).toMatchObject({
      status: 'done',
      updatedAt: '2023-10-09T12:20:00.000Z',
    });
    expect(readActionHistory(workspace, actionId)).toEqual([
      {
        at: '2023-10-09T12:20:00.000Z',
        by: 'Jennifer Jennings',
        meetingId: 'oct',
        status: 'done',
        note: 'Update given: the presentation was shared on 3 October',
      },
    ]);
  });

  it('keeps a note without a status change, and refuses an empty update', () => {
    const { workspace, actionId } = workspaceWithAction();
    recordActionUpdate(workspace, actionId, { note: 'Chased by email' });
    expect(getAction(workspace, actionId)?.status).toBe('open');
    expect(readActionHistory(workspace, actionId)).toMatchObject([
      { status: null, note: 'Chased by email', by: '', meetingId: null },
    ]);
    expect(() => recordActionUpdate(workspace, actionId, { note: '  ' })).toThrow(
      'Give a new status or a progress note',
    );
    expect(() => recordActionUpdate(workspace, 'nope', { status: 'done' })).toThrow(
      'No action with id nope',
    );
  });

  it('keeps both entries when two devices give the first update offline at once', () => {
    const { workspace: chair, actionId } = workspaceWithAction();
    const minuteTaker = replicaOf(chair);
    recordActionUpdate(
      chair,
      actionId,
      { status: 'in progress', note: 'Started', meetingId: 'oct', by: 'Chair' },
      new Date('2023-10-09T12:20:00Z'),
    );
    recordActionUpdate(
      minuteTaker,
      actionId,
      { note: 'Schools team contacted', meetingId: 'oct', by: 'Minute-taker' },
      new Date('2023-10-09T12:21:00Z'),
    );
    syncDocs(chair, minuteTaker);
    for (const device of [chair, minuteTaker]) {
      expect(readActionHistory(device, actionId).map((e) => e.by)).toEqual([
        'Chair',
        'Minute-taker',
      ]);
      expect(getAction(device, actionId)?.status).toBe('in progress');
    }
  });

  it('picks out the updates given at one meeting', () => {
    const { workspace, actionId } = workspaceWithAction();
    recordActionUpdate(workspace, actionId, { note: 'At October', meetingId: 'oct' });
    recordActionUpdate(workspace, actionId, { note: 'At January', meetingId: 'jan' });
    expect(updatesGivenAt(workspace, actionId, 'jan').map((e) => e.note)).toEqual(['At January']);
  });

  it('skips entries it cannot read rather than failing', () => {
    const { workspace, actionId } = workspaceWithAction();
    const junk = new Y.Map<unknown>();
    workspace.getArray(`actionHistory/${actionId}`).push([junk, 'not a record']);
    recordActionUpdate(workspace, actionId, { note: 'Readable' });
    expect(readActionHistory(workspace, actionId).map((e) => e.note)).toEqual(['Readable']);
  });
});
