import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addItemNote,
  agendaItemMinutes,
  listAgenda,
  listLoggedDecisions,
  removeItemNote,
} from '../../../shared/model';
import { mirrorDecisionsWhileOpen } from '../../../renderer/data/decision-mirror';
import { workspaceWithMeeting } from '../../shared/model/fixtures';

describe('mirrorDecisionsWhileOpen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fills the index for a meeting recorded before it, on opening', () => {
    const { workspace, meetingDoc, meetingId } = workspaceWithMeeting();
    addItemNote(meetingDoc, listAgenda(meetingDoc)[0]!.id, 'decisions', 'Meet quarterly.');
    const stop = mirrorDecisionsWhileOpen(workspace, meetingDoc, meetingId);
    expect(listLoggedDecisions(workspace).map((d) => d.text)).toEqual(['Meet quarterly.']);
    stop();
  });

  it('follows decisions added and removed while open, and ignores minutes typing', () => {
    const { workspace, meetingDoc, meetingId } = workspaceWithMeeting();
    const stop = mirrorDecisionsWhileOpen(workspace, meetingDoc, meetingId);
    const itemId = listAgenda(meetingDoc)[1]!.id;
    const updates: Uint8Array[] = [];
    workspace.on('update', (update: Uint8Array) => updates.push(update));

    agendaItemMinutes(meetingDoc, itemId).insert(0, [new Y.XmlText('Typing')]);
    vi.runAllTimers();
    expect(updates).toHaveLength(0);

    const id = addItemNote(meetingDoc, itemId, 'decisions', 'Prepare a press release.');
    expect(listLoggedDecisions(workspace)).toEqual([]);
    vi.runAllTimers();
    expect(listLoggedDecisions(workspace).map((d) => d.text)).toEqual(['Prepare a press release.']);

    removeItemNote(meetingDoc, itemId, 'decisions', id);
    // Closing the meeting before the quiet spell ends still writes the change.
    stop();
    expect(listLoggedDecisions(workspace)).toEqual([]);
  });

  it('says on stopping whether the index matches, and leaves no timer behind', () => {
    const { workspace, meetingDoc, meetingId } = workspaceWithMeeting();
    const stop = mirrorDecisionsWhileOpen(workspace, meetingDoc, meetingId);
    expect(stop.inStep()).toBe(true);
    addItemNote(meetingDoc, listAgenda(meetingDoc)[0]!.id, 'decisions', 'Meet quarterly.');
    // Waiting for the quiet spell: the index lags the document until then.
    expect(stop.inStep()).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
    expect(stop()).toBe(true);
    // The pending mirror ran on stopping; a timer left would run it again on a closed meeting.
    expect(vi.getTimerCount()).toBe(0);
    expect(listLoggedDecisions(workspace).map((d) => d.text)).toEqual(['Meet quarterly.']);
  });

  it('says on stopping that the index does not match when mirroring failed', () => {
    const { workspace, meetingDoc, meetingId } = workspaceWithMeeting();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stop = mirrorDecisionsWhileOpen(workspace, meetingDoc, meetingId);
    addItemNote(meetingDoc, listAgenda(meetingDoc)[0]!.id, 'decisions', 'Meet quarterly.');
    // A write that fails, as on a full disk.
    vi.spyOn(workspace, 'transact').mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(stop()).toBe(false);
    expect(error).toHaveBeenCalledWith('Could not update the decision log', expect.any(Error));
    error.mockRestore();
  });
});
