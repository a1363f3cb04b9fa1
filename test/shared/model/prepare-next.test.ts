import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DEFAULT_STANDARD_AGENDA,
  addAgendaItem,
  fillNextMeeting,
  getMeeting,
  listAgenda,
  listMeetings,
  nextMeetingIdFor,
  planNextMeeting,
  prepareNextMeeting,
  readAttendance,
  readExpectedAttendees,
  readMeetingHeader,
  removeAgendaItem,
  setAttendance,
  setCarryForward,
  setMeetingRole,
  setNextMeeting,
  updateGroupProfile,
} from '../../../shared/model';
import { replicaOf, steeringGroupMeeting, syncDocs, workspaceWithMeeting } from './fixtures';

const STANDARD_TITLES = DEFAULT_STANDARD_AGENDA.map((item) => item.title);

/** October's meeting with a chair, a minute-taker, members, a guest and three own items. */
function october() {
  const setup = workspaceWithMeeting();
  const { meetingDoc } = setup;
  setMeetingRole(meetingDoc, 'chairId', 'harland');
  setMeetingRole(meetingDoc, 'minuteTakerId', 'jenny');
  setAttendance(meetingDoc, 'harland', 'present');
  setAttendance(meetingDoc, 'gerard', 'apologies');
  setAttendance(meetingDoc, 'guest', 'in-attendance');
  const strategy = addAgendaItem(meetingDoc, { title: 'Migration Strategy', presenter: 'Jenny' });
  const comms = addAgendaItem(meetingDoc, { title: 'Communications', allottedMinutes: 5 });
  addAgendaItem(meetingDoc, { title: 'Purpose of the Steering Group' });
  setCarryForward(meetingDoc, strategy, 'carry forward');
  setCarryForward(meetingDoc, comms, 'deferred');
  return { ...setup, strategy, comms };
}

function prepareOn(workspace: Y.Doc, previousId: string, previousDoc: Y.Doc) {
  const id = prepareNextMeeting(workspace, previousId, previousDoc, new Date('2023-10-09T14:00Z'));
  const doc = new Y.Doc({ guid: id });
  fillNextMeeting(doc, workspace, previousId, previousDoc);
  return { id, doc };
}

describe('the next meeting’s date', () => {
  it('comes from the date of next meeting agreed in the chair view, with its times', () => {
    const { workspace, meetingDoc } = october();
    setNextMeeting(meetingDoc, { date: '2024-01-15', startTime: '10:00', endTime: '11:30' });
    expect(planNextMeeting(workspace, meetingDoc)).toEqual({
      title: 'City of Sanctuary Local Authority Network Steering Group',
      date: '2024-01-15',
      startTime: '10:00',
      endTime: '11:30',
      venueKind: 'online',
      venue: 'Microsoft Teams',
    });
  });

  it('keeps the previous times when only the date was agreed, and its length for a start', () => {
    const { workspace, meetingDoc } = october();
    setNextMeeting(meetingDoc, { date: '2024-01-15' });
    expect(planNextMeeting(workspace, meetingDoc)).toMatchObject({
      startTime: '13:00',
      endTime: '14:00',
    });
    setNextMeeting(meetingDoc, { date: '2024-01-15', startTime: '15:30' });
    expect(planNextMeeting(workspace, meetingDoc)).toMatchObject({
      startTime: '15:30',
      endTime: '16:30',
    });
  });

  it('follows a meeting from the records with no times: blank, or an hour from an agreed start', () => {
    const { workspace, meetingDoc } = workspaceWithMeeting({
      ...steeringGroupMeeting,
      startTime: '',
      endTime: '',
      venue: '',
    });
    expect(planNextMeeting(workspace, meetingDoc)).toMatchObject({
      startTime: '',
      endTime: '',
      venue: '',
    });
    setNextMeeting(meetingDoc, { date: '2024-01-15', startTime: '13:00' });
    expect(planNextMeeting(workspace, meetingDoc)).toMatchObject({
      startTime: '13:00',
      endTime: '14:00',
    });
  });

  it('falls 13 weeks on, on the same weekday, for a quarterly group with no date agreed', () => {
    const { workspace, meetingDoc } = october();
    // Monday 9 October 2023 → Monday 8 January 2024, across the year's end.
    expect(planNextMeeting(workspace, meetingDoc).date).toBe('2024-01-08');
    updateGroupProfile(workspace, { cadence: 'monthly' });
    expect(planNextMeeting(workspace, meetingDoc).date).toBe('2023-11-06');
  });
});

describe('preparing the next meeting', () => {
  it('copies the standard agenda, then the carried and deferred items before the closing ones', () => {
    const { workspace, meetingId, meetingDoc } = october();
    const { id, doc } = prepareOn(workspace, meetingId, meetingDoc);
    expect(getMeeting(workspace, id)?.date).toBe('2024-01-08');
    const titles = listAgenda(doc).map((item) => item.title);
    expect(titles).toEqual([
      ...STANDARD_TITLES.slice(0, 5),
      'Migration Strategy',
      'Communications',
      ...STANDARD_TITLES.slice(5),
    ]);
    const strategy = listAgenda(doc).find((item) => item.title === 'Migration Strategy');
    expect(strategy).toMatchObject({
      presenter: 'Jenny',
      carriedFrom: meetingId,
      carryForward: null,
      standardSection: null,
    });
  });

  it('keeps the chair and minute-taker, and expects the members but not the guests', () => {
    const { workspace, meetingId, meetingDoc } = october();
    const { doc } = prepareOn(workspace, meetingId, meetingDoc);
    expect(readAttendance(doc)).toMatchObject({ chairId: 'harland', minuteTakerId: 'jenny' });
    expect(readExpectedAttendees(doc)).toEqual(['gerard', 'harland', 'jenny']);
    expect(readMeetingHeader(doc)?.minutesStatus).toBe('draft');
  });

  it('does it once: preparing again returns the same meeting and brings back no removed item', () => {
    const { workspace, meetingId, meetingDoc } = october();
    const first = prepareOn(workspace, meetingId, meetingDoc);
    const carried = listAgenda(first.doc).find((item) => item.title === 'Communications');
    removeAgendaItem(first.doc, carried!.id);
    expect(prepareNextMeeting(workspace, meetingId, meetingDoc)).toBe(first.id);
    fillNextMeeting(first.doc, workspace, meetingId, meetingDoc);
    expect(listAgenda(first.doc).map((item) => item.title)).not.toContain('Communications');
    expect(listMeetings(workspace)).toHaveLength(2);
  });

  it('ends with one meeting and one agenda when two devices prepare it offline', () => {
    const { workspace, meetingId, meetingDoc } = october();
    const otherWorkspace = replicaOf(workspace);
    const otherMeetingDoc = replicaOf(meetingDoc);
    const chair = prepareOn(workspace, meetingId, meetingDoc);
    const taker = prepareOn(otherWorkspace, meetingId, otherMeetingDoc);
    expect(taker.id).toBe(chair.id);
    syncDocs(workspace, otherWorkspace);
    syncDocs(chair.doc, taker.doc);
    for (const [ws, doc] of [
      [workspace, chair.doc],
      [otherWorkspace, taker.doc],
    ] as const) {
      expect(listMeetings(ws)).toHaveLength(2);
      expect(listAgenda(doc)).toHaveLength(STANDARD_TITLES.length + 2);
    }
    expect(listAgenda(chair.doc)).toEqual(listAgenda(taker.doc));
  });

  it('carries an item carried again under its first id, not a longer one', () => {
    const { workspace, meetingId, meetingDoc } = october();
    const january = prepareOn(workspace, meetingId, meetingDoc);
    const strategy = listAgenda(january.doc).find((item) => item.title === 'Migration Strategy')!;
    setCarryForward(january.doc, strategy.id, 'carry forward');
    const april = prepareOn(workspace, january.id, january.doc);
    expect(getMeeting(workspace, april.id)?.date).toBe('2024-04-08');
    expect(april.id).toBe(nextMeetingIdFor(january.id));
    expect(listAgenda(april.doc).find((item) => item.title === 'Migration Strategy')?.id).toBe(
      strategy.id,
    );
  });
});
