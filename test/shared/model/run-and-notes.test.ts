import { describe, expect, it } from 'vitest';
import {
  addItemNote,
  endMeeting,
  goToItem,
  itemElapsedMs,
  listAgenda,
  listItemNotes,
  meetingElapsedMs,
  readAttendance,
  removeAgendaItem,
  readMeetingHeader,
  readRunState,
  removeItemNote,
  setAttendance,
  setMeetingRole,
  setMinutesApproval,
  setNextMeeting,
  updateItemNote,
} from '../../../shared/model';
import { replicaOf, syncDocs, workspaceWithMeeting } from './fixtures';

const MINUTE = 60_000;
const T0 = Date.UTC(2023, 9, 9, 12, 0); // 1pm in London

describe('running the meeting', () => {
  it('times each item and the whole meeting from the chair’s presses', () => {
    const { meetingDoc } = workspaceWithMeeting();
    const [welcome, apologies] = listAgenda(meetingDoc);
    goToItem(meetingDoc, welcome?.id ?? '', T0);
    goToItem(meetingDoc, apologies?.id ?? '', T0 + 4 * MINUTE);
    const state = readRunState(meetingDoc);
    expect(state.currentItemId).toBe(apologies?.id);
    expect(itemElapsedMs(state, welcome?.id ?? '', T0 + 10 * MINUTE)).toBe(4 * MINUTE);
    expect(itemElapsedMs(state, apologies?.id ?? '', T0 + 10 * MINUTE)).toBe(6 * MINUTE);
    expect(meetingElapsedMs(state, T0 + 10 * MINUTE)).toBe(10 * MINUTE);
  });

  it('adds time when the chair returns to an item, and stops every clock at the end', () => {
    const { meetingDoc } = workspaceWithMeeting();
    const [welcome, apologies] = listAgenda(meetingDoc);
    goToItem(meetingDoc, welcome?.id ?? '', T0);
    goToItem(meetingDoc, apologies?.id ?? '', T0 + 2 * MINUTE);
    goToItem(meetingDoc, welcome?.id ?? '', T0 + 3 * MINUTE);
    goToItem(meetingDoc, welcome?.id ?? '', T0 + 4 * MINUTE); // pressed again: no reset
    endMeeting(meetingDoc, T0 + 5 * MINUTE);
    const state = readRunState(meetingDoc);
    expect(itemElapsedMs(state, welcome?.id ?? '', T0 + 60 * MINUTE)).toBe(4 * MINUTE);
    expect(itemElapsedMs(state, apologies?.id ?? '', T0 + 60 * MINUTE)).toBe(1 * MINUTE);
    expect(meetingElapsedMs(state, T0 + 60 * MINUTE)).toBe(5 * MINUTE);
  });

  it('shows the same current item on every device', () => {
    const { meetingDoc } = workspaceWithMeeting();
    const other = replicaOf(meetingDoc);
    const third = listAgenda(meetingDoc)[2];
    goToItem(meetingDoc, third?.id ?? '', T0);
    syncDocs(meetingDoc, other);
    expect(readRunState(other).currentItemId).toBe(third?.id);
  });
});

describe('decisions and open questions', () => {
  it('records, edits and removes them per item', () => {
    const { meetingDoc } = workspaceWithMeeting();
    const item = listAgenda(meetingDoc)[3]?.id ?? '';
    const decision = addItemNote(
      meetingDoc,
      item,
      'decisions',
      ' Minutes agreed as a correct record. ',
    );
    const question = addItemNote(
      meetingDoc,
      item,
      'questions',
      'Democratic process: clarify after meeting with Gerard Watson?',
    );
    expect(listItemNotes(meetingDoc, item, 'decisions').map((d) => d.text)).toEqual([
      'Minutes agreed as a correct record.',
    ]);
    updateItemNote(meetingDoc, item, 'questions', question, { resolved: true });
    expect(listItemNotes(meetingDoc, item, 'questions')[0]).toMatchObject({ resolved: true });
    removeItemNote(meetingDoc, item, 'decisions', decision);
    expect(listItemNotes(meetingDoc, item, 'decisions')).toEqual([]);
    expect(() => addItemNote(meetingDoc, item, 'decisions', '  ')).toThrow('Enter the decision');
  });
});

describe('attendance, next meeting and approval', () => {
  it('marks attendance and the chair and minute-taker', () => {
    const { meetingDoc } = workspaceWithMeeting();
    setAttendance(meetingDoc, 'rose', 'present');
    setAttendance(meetingDoc, 'mary', 'apologies');
    setAttendance(meetingDoc, 'stephen', 'in-attendance');
    setAttendance(meetingDoc, 'mary', null);
    setMeetingRole(meetingDoc, 'chairId', 'harland');
    setMeetingRole(meetingDoc, 'minuteTakerId', 'jenny');
    const attendance = readAttendance(meetingDoc);
    expect([...attendance.statuses]).toEqual([
      ['rose', 'present'],
      ['stephen', 'in-attendance'],
    ]);
    expect(attendance).toMatchObject({ chairId: 'harland', minuteTakerId: 'jenny' });
  });

  it('sets the date of the next meeting and approves the minutes', () => {
    const { meetingDoc } = workspaceWithMeeting();
    setNextMeeting(meetingDoc, { date: '2024-01-15', startTime: '13:00', endTime: '14:00' });
    expect(() => setNextMeeting(meetingDoc, { date: '2024-02-30' })).toThrow('real date');
    setMinutesApproval(meetingDoc, '2024-01-15');
    expect(readMeetingHeader(meetingDoc)).toMatchObject({
      nextMeetingDate: '2024-01-15',
      nextMeetingStartTime: '13:00',
      minutesStatus: 'approved',
      approvedOn: '2024-01-15',
    });
    setMinutesApproval(meetingDoc, null);
    expect(readMeetingHeader(meetingDoc)?.minutesStatus).toBe('draft');
  });
});

describe('removing an item that is being run', () => {
  it('clears the current item and its time', () => {
    const { meetingDoc } = workspaceWithMeeting();
    const item = listAgenda(meetingDoc)[1]!;
    goToItem(meetingDoc, item.id, T0);
    removeAgendaItem(meetingDoc, item.id);
    const state = readRunState(meetingDoc);
    expect(state.currentItemId).toBeNull();
    expect(state.items.has(item.id)).toBe(false);
  });

  it('refuses a next meeting that ends before it starts, or has an end but no start', () => {
    const { meetingDoc } = workspaceWithMeeting();
    expect(() =>
      setNextMeeting(meetingDoc, { date: '2024-01-15', startTime: '14:00', endTime: '13:00' }),
    ).toThrow('must end after it starts');
    expect(() => setNextMeeting(meetingDoc, { date: '2024-01-15', endTime: '13:00' })).toThrow(
      'start time',
    );
    expect(readMeetingHeader(meetingDoc)?.nextMeetingDate).toBeNull();
  });
});
