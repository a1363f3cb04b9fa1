import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createMeeting,
  listMeetings,
  LOCAL_EDIT,
  InputError,
  meetingsMap,
  validateMeetingInput,
  type MeetingInput,
} from '../../../shared/model';

const steeringGroup: MeetingInput = {
  title: 'City of Sanctuary Local Authority Network Steering Group',
  date: '2023-10-09',
  startTime: '13:00',
  endTime: '14:00',
  venueKind: 'online',
  venue: 'Microsoft Teams',
};

describe('createMeeting', () => {
  it('writes the meeting in one tagged transaction and reads it back', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));

    const id = createMeeting(doc, steeringGroup, new Date('2023-09-20T10:00:00Z'));

    expect(origins).toEqual([LOCAL_EDIT]);
    expect(listMeetings(doc)).toEqual([
      {
        id,
        ...steeringGroup,
        createdAt: '2023-09-20T10:00:00.000Z',
        minutesStatus: 'draft',
        groupMeeting: true,
      },
    ]);
  });

  it('trims the title and venue', () => {
    const doc = new Y.Doc();
    createMeeting(doc, { ...steeringGroup, title: '  Steering Group  ', venue: ' Civic Hall ' });
    expect(listMeetings(doc)[0]).toMatchObject({ title: 'Steering Group', venue: 'Civic Hall' });
  });

  it('reaches another replica through a Yjs update', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = createMeeting(a, steeringGroup);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(listMeetings(b).map((m) => m.id)).toEqual([id]);
  });

  it('writes nothing and names each problem when the input is invalid', () => {
    const doc = new Y.Doc();
    const bad = { ...steeringGroup, title: ' ', date: '2023-02-30', endTime: '12:00' };
    let error: unknown;
    try {
      createMeeting(doc, bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).fieldErrors).toEqual({
      title: 'Enter a title',
      date: 'Enter a real date, for example 9 October 2023',
      endTime: 'The meeting must end after it starts',
    });
    expect(meetingsMap(doc).size).toBe(0);
  });

  it('validates as the person types, without writing', () => {
    expect(validateMeetingInput(steeringGroup)).toEqual({});
    expect(validateMeetingInput({ ...steeringGroup, startTime: '1pm' })).toEqual({
      startTime: 'Enter a start time, for example 13:00',
    });
    expect(validateMeetingInput({ ...steeringGroup, startTime: '' })).toEqual({
      startTime: 'Enter a start time too, or leave both times blank if they were not recorded',
    });
    expect(validateMeetingInput({ ...steeringGroup, endTime: '' })).toEqual({
      endTime: 'Enter an end time too, or leave both times blank if they were not recorded',
    });
  });

  it('takes a meeting from the records with no times and no venue, as seed 001 gives none', () => {
    const doc = new Y.Doc();
    const fromRecords = { ...steeringGroup, startTime: '', endTime: '', venue: '' };
    expect(validateMeetingInput(fromRecords)).toEqual({});
    const id = createMeeting(doc, fromRecords);
    expect(listMeetings(doc).find((m) => m.id === id)).toMatchObject({
      startTime: '',
      endTime: '',
      venue: '',
    });
  });
});

describe('listMeetings', () => {
  it('lists newest first, then by start time', () => {
    const doc = new Y.Doc();
    createMeeting(doc, { ...steeringGroup, title: 'September', date: '2023-09-01' });
    createMeeting(doc, {
      ...steeringGroup,
      title: 'October morning',
      startTime: '09:00',
      endTime: '10:00',
    });
    createMeeting(doc, { ...steeringGroup, title: 'October afternoon' });
    expect(listMeetings(doc).map((m) => m.title)).toEqual([
      'October afternoon',
      'October morning',
      'September',
    ]);
  });

  it('skips an entry it cannot read rather than failing the whole list', () => {
    const doc = new Y.Doc();
    createMeeting(doc, steeringGroup);
    const broken = new Y.Map<unknown>();
    broken.set('title', 42);
    meetingsMap(doc).set('broken', broken);
    expect(listMeetings(doc).map((m) => m.title)).toEqual([steeringGroup.title]);
    expect(meetingsMap(doc).has('broken')).toBe(true);
  });
});
