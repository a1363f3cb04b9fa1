import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  agendaItemMinutes,
  InputError,
  listAgenda,
  moveAgendaItem,
  removeAgendaItem,
  totalAllottedMinutes,
  updateAgendaItem,
  validateAgendaItemInput,
} from '../../../shared/model';
import * as Y from 'yjs';
import { replicaOf, syncDocs, workspaceWithMeeting } from './fixtures';

const STANDARD_TITLES = [
  'Welcome and introductions',
  'Apologies',
  'Declarations of interest',
  'Minutes of the previous meeting',
  'Matters arising and action log',
  'Any other business',
  'Date of next meeting',
];

describe('agenda', () => {
  it('starts from the standard agenda, numbered 1, 2, 3', () => {
    const { meetingDoc } = workspaceWithMeeting();
    const agenda = listAgenda(meetingDoc);
    expect(agenda.map((i) => i.title)).toEqual(STANDARD_TITLES);
    expect(agenda.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('adds substantive items before Any other business, in the order added', () => {
    const { meetingDoc } = workspaceWithMeeting();
    addAgendaItem(meetingDoc, {
      title: 'Purpose of the Steering Group',
      presenter: 'Cllr Harland',
      allottedMinutes: 10,
      purpose: 'discussion',
    });
    addAgendaItem(meetingDoc, {
      title: 'Migration Strategy',
      allottedMinutes: 15,
      purpose: 'information',
    });
    const titles = listAgenda(meetingDoc).map((i) => i.title);
    expect(titles.slice(4, 8)).toEqual([
      'Matters arising and action log',
      'Purpose of the Steering Group',
      'Migration Strategy',
      'Any other business',
    ]);
    const item = listAgenda(meetingDoc)[5];
    expect(item).toMatchObject({
      number: 6,
      presenter: 'Cllr Harland',
      allottedMinutes: 10,
      purpose: 'discussion',
      notes: '',
    });
  });

  it('reorders by index and renumbers', () => {
    const { meetingDoc } = workspaceWithMeeting();
    const last = listAgenda(meetingDoc).at(-1);
    moveAgendaItem(meetingDoc, last?.id ?? '', 0);
    expect(listAgenda(meetingDoc).map((i) => i.title)).toEqual([
      'Date of next meeting',
      ...STANDARD_TITLES.slice(0, 6),
    ]);
    const second = listAgenda(meetingDoc)[1];
    moveAgendaItem(meetingDoc, second?.id ?? '', 99);
    expect(listAgenda(meetingDoc).at(-1)?.title).toBe('Welcome and introductions');
  });

  it('merges concurrent moves on two devices without losing or doubling an item', () => {
    const { meetingDoc: a } = workspaceWithMeeting();
    const b = replicaOf(a);
    const [first, second] = listAgenda(a);
    moveAgendaItem(a, first?.id ?? '', 6); // device A: Welcome to the end
    moveAgendaItem(b, second?.id ?? '', 0); // device B: Apologies to the top
    moveAgendaItem(b, first?.id ?? '', 3); // device B: Welcome to the middle as well
    syncDocs(a, b);
    const orderA = listAgenda(a).map((i) => i.id);
    expect(listAgenda(b).map((i) => i.id)).toEqual(orderA);
    expect(new Set(orderA).size).toBe(7);
    expect(orderA[0]).toBe(second?.id);
  });

  it('edits and deletes items, minutes and all', () => {
    const { meetingDoc } = workspaceWithMeeting();
    const id = addAgendaItem(meetingDoc, { title: 'Communications' });
    updateAgendaItem(meetingDoc, id, { presenter: 'Jennifer Jennings', notes: 'Press release?' });
    expect(listAgenda(meetingDoc).find((i) => i.id === id)).toMatchObject({
      title: 'Communications',
      presenter: 'Jennifer Jennings',
      notes: 'Press release?',
    });
    const minutes = agendaItemMinutes(meetingDoc, id);
    minutes.insert(0, [new Y.XmlText('Press release to be prepared')]);
    removeAgendaItem(meetingDoc, id);
    expect(listAgenda(meetingDoc).some((i) => i.id === id)).toBe(false);
    expect(() => agendaItemMinutes(meetingDoc, id)).toThrow(/No minutes/);
  });

  it('refuses invalid items with a message per field and writes nothing', () => {
    const { meetingDoc } = workspaceWithMeeting();
    expect(validateAgendaItemInput({ title: '', allottedMinutes: -5 })).toEqual({
      title: 'Enter a title',
      allottedMinutes: 'Minutes allotted cannot be negative',
    });
    expect(() => addAgendaItem(meetingDoc, { title: ' ', allottedMinutes: 2.5 })).toThrow(
      InputError,
    );
    expect(listAgenda(meetingDoc)).toHaveLength(7);
  });

  it('totals the minutes allotted', () => {
    const { meetingDoc } = workspaceWithMeeting();
    expect(totalAllottedMinutes(listAgenda(meetingDoc))).toBe(5 + 2 + 2 + 5 + 10 + 5 + 2);
  });
});
