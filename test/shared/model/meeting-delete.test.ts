import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addItemNote,
  createAction,
  deleteMeeting,
  getAction,
  getMeeting,
  hasRecordedMinutes,
  listActions,
  listAgenda,
  listMeetings,
  meetingContents,
  minutesFragment,
  removeAction,
  restoreAction,
  restoreMeeting,
  updateAction,
} from '../../../shared/model';
import { replicaOf, syncDocs, workspaceWithMeeting } from './fixtures';

function typeMinutes(meetingDoc: Y.Doc, itemId: string, text: string) {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  minutesFragment(meetingDoc, itemId).insert(0, [paragraph]);
}

function meetingWithTwoActions() {
  const fixture = workspaceWithMeeting();
  const { workspace, meetingId } = fixture;
  const add = (description: string) =>
    createAction(workspace, { description, ownerName: 'Jenny', meetingId });
  const actionIds = [add('Share the presentation'), add('Link with other councils')];
  createAction(workspace, { description: 'Elsewhere', ownerName: 'Rose', meetingId: 'other' });
  return { ...fixture, actionIds };
}

describe('what a meeting holds', () => {
  it('counts agenda items, items with minutes, decisions and actions', () => {
    const { workspace, meetingDoc, meetingId } = meetingWithTwoActions();
    const [first, second] = listAgenda(meetingDoc);
    typeMinutes(meetingDoc, first!.id, 'Rose welcomed everyone.');
    addItemNote(meetingDoc, second!.id, 'decisions', 'The strategy was agreed.');
    const contents = meetingContents(workspace, meetingDoc, meetingId);
    expect(contents).toEqual({
      agendaItems: listAgenda(meetingDoc).length,
      itemsWithMinutes: 1,
      decisions: 1,
      actions: 2,
    });
    expect(hasRecordedMinutes(contents)).toBe(true);
  });

  it('a new meeting has an agenda but nothing recorded', () => {
    const { workspace, meetingDoc, meetingId } = workspaceWithMeeting();
    const contents = meetingContents(workspace, meetingDoc, meetingId);
    expect(contents.agendaItems).toBeGreaterThan(0);
    expect(hasRecordedMinutes(contents)).toBe(false);
  });

  it.each([
    ['minutes text', { itemsWithMinutes: 1, decisions: 0, actions: 0 }],
    ['a decision', { itemsWithMinutes: 0, decisions: 1, actions: 0 }],
    ['an action', { itemsWithMinutes: 0, decisions: 0, actions: 1 }],
  ])('counts %s as recorded minutes', (_what, counts) => {
    expect(hasRecordedMinutes({ agendaItems: 8, ...counts })).toBe(true);
  });
});

describe('deleting a meeting', () => {
  it('removes it and only its actions, in one transaction', () => {
    const { workspace, meetingId } = meetingWithTwoActions();
    let transactions = 0;
    workspace.on('afterTransaction', () => (transactions += 1));
    deleteMeeting(workspace, meetingId);
    expect(transactions).toBe(1);
    expect(getMeeting(workspace, meetingId)).toBeNull();
    expect(listMeetings(workspace)).toEqual([]);
    expect(listActions(workspace).map((a) => a.description)).toEqual(['Elsewhere']);
  });

  it('Undo brings back the meeting and its actions as they were, the document untouched', () => {
    const { workspace, meetingDoc, meetingId, actionIds } = meetingWithTwoActions();
    updateAction(workspace, actionIds[0]!, { status: 'done' });
    const before = { meeting: getMeeting(workspace, meetingId), actions: listActions(workspace) };
    const agendaBefore = listAgenda(meetingDoc);
    const deleted = deleteMeeting(workspace, meetingId);
    expect(listAgenda(meetingDoc)).toEqual(agendaBefore);
    restoreMeeting(workspace, deleted);
    expect(getMeeting(workspace, meetingId)).toEqual(before.meeting);
    expect(listActions(workspace)).toEqual(before.actions);
  });

  it('keeps keys and nested types a newer version wrote', () => {
    const { workspace, meetingId, actionIds } = meetingWithTwoActions();
    const history = new Y.Array<string>();
    workspace.transact(() => {
      workspace.getMap<Y.Map<unknown>>('actions').get(actionIds[0]!)!.set('history', history);
      workspace.getMap<Y.Map<unknown>>('meetings').get(meetingId)!.set('minuteRef', 'SG');
    });
    history.push(['Update given']);
    restoreMeeting(workspace, deleteMeeting(workspace, meetingId));
    const action = workspace.getMap<Y.Map<unknown>>('actions').get(actionIds[0]!)!;
    expect(action.get('history')).toBeInstanceOf(Y.Array);
    expect((action.get('history') as Y.Array<string>).toArray()).toEqual(['Update given']);
    expect(workspace.getMap<Y.Map<unknown>>('meetings').get(meetingId)!.get('minuteRef')).toBe(
      'SG',
    );
  });

  it('can be deleted and restored again after an Undo', () => {
    const { workspace, meetingId } = meetingWithTwoActions();
    const first = deleteMeeting(workspace, meetingId);
    restoreMeeting(workspace, first);
    restoreMeeting(workspace, first);
    restoreMeeting(workspace, deleteMeeting(workspace, meetingId));
    expect(getMeeting(workspace, meetingId)).not.toBeNull();
    expect(listActions(workspace, { meetingId })).toHaveLength(2);
  });

  it('reaches another device, and so does the Undo', () => {
    const { workspace, meetingId } = meetingWithTwoActions();
    const other = replicaOf(workspace);
    const deleted = deleteMeeting(workspace, meetingId);
    syncDocs(workspace, other);
    expect(getMeeting(other, meetingId)).toBeNull();
    restoreMeeting(workspace, deleted);
    syncDocs(workspace, other);
    expect(getMeeting(other, meetingId)).not.toBeNull();
    expect(listActions(other, { meetingId })).toHaveLength(2);
  });

  it('refuses a meeting that is not there', () => {
    const { workspace } = workspaceWithMeeting();
    expect(() => deleteMeeting(workspace, 'nope')).toThrow('No meeting with id nope');
  });
});

describe('deleting an action', () => {
  it('removes only that action', () => {
    const { workspace, actionIds } = meetingWithTwoActions();
    removeAction(workspace, actionIds[0]!);
    expect(getAction(workspace, actionIds[0]!)).toBeNull();
    expect(getAction(workspace, actionIds[1]!)).not.toBeNull();
    expect(() => removeAction(workspace, actionIds[0]!)).toThrow('No action with id');
  });

  it('puts it back whole under its own id, once, for Undo', () => {
    const { workspace, actionIds } = meetingWithTwoActions();
    const before = getAction(workspace, actionIds[0]!);
    const count = listActions(workspace).length;
    const removed = removeAction(workspace, actionIds[0]!);
    restoreAction(workspace, removed);
    expect(getAction(workspace, actionIds[0]!)).toEqual(before);
    restoreAction(workspace, removed);
    expect(listActions(workspace)).toHaveLength(count);
  });
});
