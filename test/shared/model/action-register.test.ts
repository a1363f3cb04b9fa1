import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  assignReferences,
  createAction,
  dueSoonUntil,
  filterRegister,
  listAgenda,
  listMeetings,
  readActionRegister,
  registerGroup,
  updateGroupProfile,
  type RegisterRow,
} from '../../../shared/model';
import { buildSampleWorkspace } from '../../../shared/sample';
import { workspaceWithMeeting } from './fixtures';

const JENNY_SCHOOLS = 'Share presentation with LCC migration te';

function sample() {
  const built = buildSampleWorkspace({ now: new Date('2024-02-01T09:00:00Z') });
  const september = listMeetings(built.workspace).find((m) => m.date === '2023-09-01')!;
  return { ...built, september, septemberDoc: built.meetings.get(september.id)! };
}

const brief = (rows: RegisterRow[]) => rows.map((r) => [r.reference, r.owner, r.rag]);

describe('action references', () => {
  it('are provisional ("?" for the minute number) until the meeting’s minutes are approved', () => {
    const { workspace } = sample();
    const rows = readActionRegister(workspace, '2024-02-01');
    expect(rows.map((r) => [r.reference, r.provisional])).toEqual([
      ['23/? A1', true],
      ['23/? A2', true],
    ]);
  });

  it('take the item’s assigned minute reference and the action’s number: "SG 23/3 A2"', () => {
    const { workspace, september, septemberDoc } = sample();
    updateGroupProfile(workspace, { minutePrefix: 'SG' });
    assignReferences(workspace, septemberDoc, september.id);
    const rows = readActionRegister(workspace, '2024-02-01');
    const item = listAgenda(septemberDoc).findIndex((i) => i.id === rows[0]!.action.itemId);
    // October's five numbers were given first (23/1 to 23/5): September's continue from 6.
    const expected = `SG 23/${6 + item} `;
    expect(rows.map((r) => [r.reference, r.provisional])).toEqual([
      [`${expected}A1`, false],
      [`${expected}A2`, false],
    ]);
    expect(rows[0]!.description.startsWith(JENNY_SCHOOLS)).toBe(true);
  });

  it('give an action raised outside any item the meeting’s first minute number', () => {
    const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
    updateGroupProfile(workspace, { minutePrefix: 'SG' });
    addAgendaItem(meetingDoc, { title: 'Deputation', purpose: 'information' });
    createAction(workspace, { description: 'Write up', ownerName: 'Clerk', meetingId });
    assignReferences(workspace, meetingDoc, meetingId);
    const [row] = readActionRegister(workspace, '2023-10-10');
    expect(row!.reference).toBe('SG 23/1 A1');
  });
});

describe('register filters and grouping', () => {
  it('narrow to an owner (by name or person id), overdue only', () => {
    const { workspace } = sample();
    const rows = readActionRegister(workspace, '2024-02-01');
    const jenny = rows[0]!.ownerPersonId!;
    expect(brief(filterRegister(rows, { owner: ' jennifer  JENNINGS ' }))).toHaveLength(2);
    expect(filterRegister(rows, { owner: jenny })).toHaveLength(2);
    expect(filterRegister(rows, { owner: 'Someone Else' })).toHaveLength(0);
    expect(brief(filterRegister(rows, { owner: 'Jennifer Jennings', overdue: true }))).toEqual([
      ['23/? A1', 'Jennifer Jennings', 'overdue'],
    ]);
  });

  it('count "due in the next 14 days" from today to 14 days on, both days included', () => {
    const { workspace } = sample();
    // A1 is due on 14 September 2023.
    const dueSoon = (today: string) =>
      filterRegister(readActionRegister(workspace, today), { dueSoon: true }).length;
    expect(dueSoon('2023-08-31')).toBe(1);
    expect(dueSoon('2023-08-30')).toBe(0);
    expect(dueSoon('2023-09-14')).toBe(1);
    expect(dueSoon('2023-09-15')).toBe(0);
    expect(dueSoonUntil('2023-08-31')).toBe('2023-09-14');
  });

  it('filter by due date range, leaving undated actions out, and by status and meeting', () => {
    const { workspace, september } = sample();
    const rows = readActionRegister(workspace, '2024-02-01');
    expect(filterRegister(rows, { dueFrom: '2023-09-14', dueTo: '2023-09-14' })).toHaveLength(1);
    expect(filterRegister(rows, { dueFrom: '2023-09-15' })).toHaveLength(0);
    expect(filterRegister(rows, { statuses: ['done'] })).toHaveLength(0);
    expect(filterRegister(rows, { meetingId: september.id })).toHaveLength(2);
    expect(filterRegister(rows, { meetingId: 'elsewhere' })).toHaveLength(0);
  });

  it('group by owner, meeting or month due, with headings in words and undated last', () => {
    const { workspace } = sample();
    const [a1, a2] = readActionRegister(workspace, '2024-02-01');
    expect(registerGroup(a1!, 'owner').label).toBe('Jennifer Jennings');
    expect(registerGroup(a1!, 'meeting').label).toMatch(/, 1 September 2023$/);
    expect(registerGroup(a1!, 'due month')).toEqual({ key: '2023-09', label: 'September 2023' });
    expect(registerGroup(a2!, 'due month')).toEqual({ key: '9999-99', label: 'No due date' });
    expect(registerGroup(a1!, 'due month').key < registerGroup(a2!, 'due month').key).toBe(true);
  });
});
