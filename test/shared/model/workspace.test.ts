import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPerson,
  addStandardAgendaItem,
  createMeeting,
  getMeeting,
  getPerson,
  initialiseMeetingDoc,
  InputError,
  listAgenda,
  listPeople,
  listStandardAgenda,
  migrateWorkspace,
  moveStandardAgendaItem,
  readGroupProfile,
  readMeetingHeader,
  removeStandardAgendaItem,
  updateGroupProfile,
  updateMeetingHeader,
  updatePerson,
  validatePersonInput,
} from '../../../shared/model';
import { steeringGroupMeeting, workspaceWithMeeting } from './fixtures';

describe('people', () => {
  it('adds, edits and lists people A to Z', () => {
    const workspace = new Y.Doc();
    const jenny = addPerson(workspace, {
      name: 'Jennifer Jennings',
      role: 'Migration Support Officer',
      organisation: 'Leeds City Council',
      tags: ['officer'],
    });
    addPerson(workspace, {
      name: 'Councillor Harland',
      role: 'Chair',
      organisation: 'Leeds City Council',
      tags: ['councillor'],
    });
    updatePerson(workspace, jenny, { email: 'jennifer.jennings@leeds.gov.uk' });
    expect(listPeople(workspace).map((p) => p.name)).toEqual([
      'Councillor Harland',
      'Jennifer Jennings',
    ]);
    expect(getPerson(workspace, jenny)).toEqual({
      id: jenny,
      name: 'Jennifer Jennings',
      role: 'Migration Support Officer',
      organisation: 'Leeds City Council',
      email: 'jennifer.jennings@leeds.gov.uk',
      tags: ['officer'],
      mergedInto: null,
    });
  });

  it('explains what is wrong with a person and adds nothing', () => {
    const workspace = new Y.Doc();
    expect(validatePersonInput({ name: '', email: 'not-an-email' })).toEqual({
      name: 'Enter a name',
      email: 'Enter an email address like name@example.org',
    });
    expect(() => addPerson(workspace, { name: ' ' })).toThrow(InputError);
    expect(listPeople(workspace)).toEqual([]);
  });
});

describe('group profile and standard agenda', () => {
  it('has a named default and keeps edits', () => {
    const workspace = new Y.Doc();
    migrateWorkspace(workspace);
    updateGroupProfile(workspace, {
      name: 'City of Sanctuary Local Authority Network Steering Group',
      organisation: 'Leeds City Council',
    });
    expect(readGroupProfile(workspace)).toEqual({
      name: 'City of Sanctuary Local Authority Network Steering Group',
      organisation: 'Leeds City Council',
      defaultVenueKind: 'online',
      defaultVenue: 'Microsoft Teams',
      cadence: 'quarterly',
      minutePrefix: '',
      quorumMembers: 0,
      quorumIncludesChair: false,
    });
    expect(() => updateGroupProfile(workspace, { name: '' })).toThrow(InputError);
  });

  it('lets the group edit its standard agenda, which new meetings then use', () => {
    const { workspace } = workspaceWithMeeting();
    const standard = listStandardAgenda(workspace);
    removeStandardAgendaItem(workspace, standard[2]?.id ?? ''); // Declarations of interest
    const journeyId = addStandardAgendaItem(workspace, {
      title: 'Award journey: progress on the 8 steps',
      purpose: 'discussion',
      allottedMinutes: 15,
      section: 'opening',
    });
    moveStandardAgendaItem(workspace, journeyId, 4);
    expect(listStandardAgenda(workspace).map((i) => i.title)).toEqual([
      'Welcome and introductions',
      'Apologies',
      'Minutes of the previous meeting',
      'Matters arising and action log',
      'Award journey: progress on the 8 steps',
      'Any other business',
      'Date of next meeting',
    ]);

    const nextMeetingId = createMeeting(workspace, { ...steeringGroupMeeting, date: '2024-01-15' });
    const nextMeeting = new Y.Doc({ guid: nextMeetingId });
    initialiseMeetingDoc(nextMeeting, workspace, nextMeetingId);
    const titles = listAgenda(nextMeeting).map((i) => i.title);
    expect(titles).toContain('Award journey: progress on the 8 steps');
    expect(titles).not.toContain('Declarations of interest');
  });
});

describe('meeting documents', () => {
  it('copy the header from the index, once, however often they are opened', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    initialiseMeetingDoc(meetingDoc, workspace, meetingId);
    expect(listAgenda(meetingDoc)).toHaveLength(7);
    expect(readMeetingHeader(meetingDoc)).toMatchObject({
      ...steeringGroupMeeting,
      minutesStatus: 'draft',
      chairId: null,
      nextMeetingDate: null,
    });
  });

  it('keep the header and the index in step when edited', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    updateMeetingHeader(workspace, meetingDoc, meetingId, {
      venueKind: 'room',
      venue: 'Civic Hall, Committee Room 2',
    });
    expect(getMeeting(workspace, meetingId)).toMatchObject({
      venue: 'Civic Hall, Committee Room 2',
      venueKind: 'room',
    });
    expect(readMeetingHeader(meetingDoc)).toMatchObject({
      venue: 'Civic Hall, Committee Room 2',
      venueKind: 'room',
    });
    expect(() =>
      updateMeetingHeader(workspace, meetingDoc, meetingId, { endTime: '12:00' }),
    ).toThrow(InputError);
    expect(getMeeting(workspace, meetingId)?.endTime).toBe('14:00');
  });
});
