import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  actionsMap,
  createAction,
  getAction,
  InputError,
  isOverdue,
  listActions,
  updateAction,
  validateActionInput,
} from '../../../shared/model';
import { replicaOf, syncDocs } from './fixtures';

const base = { meetingId: 'sept-meeting', itemId: null };

describe('the action log', () => {
  it('records an action with its owner, due date and source, open by default', () => {
    const workspace = new Y.Doc();
    const id = createAction(
      workspace,
      {
        ...base,
        description: 'Link with other councils who have been through the process',
        ownerPersonId: 'jenny',
      },
      new Date('2023-09-01T15:00:00Z'),
    );
    expect(getAction(workspace, id)).toEqual({
      id,
      description: 'Link with other councils who have been through the process',
      ownerPersonId: 'jenny',
      ownerName: '',
      due: null,
      status: 'open',
      meetingId: 'sept-meeting',
      itemId: null,
      createdAt: '2023-09-01T15:00:00.000Z',
      updatedAt: '2023-09-01T15:00:00.000Z',
    });
  });

  it('filters by meeting, owner and status, soonest due first', () => {
    const workspace = new Y.Doc();
    createAction(workspace, {
      ...base,
      description: 'B',
      ownerName: 'Migration team',
      due: '2023-10-01',
    });
    createAction(workspace, {
      ...base,
      description: 'A',
      ownerPersonId: 'jenny',
      due: '2023-09-14',
    });
    createAction(workspace, { ...base, description: 'C', ownerPersonId: 'jenny' });
    const other = createAction(workspace, {
      meetingId: 'oct',
      description: 'D',
      ownerPersonId: 'jenny',
      status: 'done',
    });
    expect(listActions(workspace, { meetingId: 'sept-meeting' }).map((a) => a.description)).toEqual(
      ['A', 'B', 'C'],
    );
    expect(
      listActions(workspace, { ownerPersonId: 'jenny', statuses: ['open'] }).map(
        (a) => a.description,
      ),
    ).toEqual(['A', 'C']);
    expect(listActions(workspace, { statuses: ['done'] }).map((a) => a.id)).toEqual([other]);
  });

  it('filters a meeting’s or owner’s actions exactly as it reads them all', () => {
    const workspace = new Y.Doc();
    createAction(workspace, { ...base, description: 'Ours', ownerPersonId: 'jenny' });
    createAction(workspace, { meetingId: 'oct', description: 'Theirs', ownerName: 'Team' });
    // A record damaged by a newer version: an owner id that is not a string reads as none,
    // and a meeting id that is not one fails to parse, with or without a filter.
    const odd = createAction(workspace, { ...base, description: 'Odd', ownerPersonId: 'jenny' });
    actionsMap(workspace).get(odd)!.set('ownerPersonId', 7);
    const broken = createAction(workspace, { ...base, description: 'Broken', ownerName: 'X' });
    actionsMap(workspace).get(broken)!.set('meetingId', 42);
    const all = listActions(workspace);
    for (const filter of [
      { meetingId: 'sept-meeting' },
      { meetingId: 'oct' },
      { ownerPersonId: 'jenny' },
      { meetingId: 'sept-meeting', ownerPersonId: 'jenny', statuses: ['open'] as const },
    ]) {
      const expected = all.filter(
        (a) =>
          (filter.meetingId === undefined || a.meetingId === filter.meetingId) &&
          (!('ownerPersonId' in filter) || a.ownerPersonId === filter.ownerPersonId),
      );
      expect(listActions(workspace, filter)).toEqual(expected);
    }
    expect(listActions(workspace, { ownerPersonId: 'jenny' }).map((a) => a.description)).toEqual([
      'Ours',
    ]);
    expect(all.map((a) => a.description)).not.toContain('Broken');
  });

  it('needs a description and an owner', () => {
    expect(validateActionInput({ ...base, description: ' ' })).toEqual({
      description: 'Describe the action',
      ownerName: 'Choose who owns the action',
    });
    expect(() =>
      createAction(new Y.Doc(), { ...base, description: 'x', ownerName: 'x', due: '14/09/2023' }),
    ).toThrow(InputError);
  });

  it('flags overdue actions that are still open or in progress', () => {
    const workspace = new Y.Doc();
    const id = createAction(workspace, {
      ...base,
      description: 'Share the presentation',
      ownerPersonId: 'jenny',
      due: '2023-09-14',
    });
    expect(isOverdue(getAction(workspace, id)!, '2023-09-15')).toBe(true);
    expect(isOverdue(getAction(workspace, id)!, '2023-09-14')).toBe(false);
    updateAction(workspace, id, { status: 'done' });
    expect(isOverdue(getAction(workspace, id)!, '2023-09-15')).toBe(false);
  });

  it('merges a status change and a due-date change made on two devices', () => {
    const a = new Y.Doc();
    const id = createAction(a, {
      ...base,
      description: 'Prepare a press release',
      ownerName: 'Communications team',
    });
    const b = replicaOf(a);
    updateAction(a, id, { status: 'in progress' });
    updateAction(b, id, { due: '2023-11-30' });
    syncDocs(a, b);
    expect(getAction(a, id)).toMatchObject({ status: 'in progress', due: '2023-11-30' });
    expect(getAction(b, id)).toMatchObject({ status: 'in progress', due: '2023-11-30' });
  });
});
