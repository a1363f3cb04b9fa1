import { describe, expect, it } from 'vitest';
import {
  actionRag,
  MAX_REMINDER_BODY,
  MAX_SEPARATE_REMINDERS,
  notYetShown,
  parseReminderLog,
  pendingReminders,
  recordShown,
  reminderNotices,
  type ActionStatus,
  type RegisterRow,
  type ReminderChoice,
} from '../../../shared/model';

const TODAY = '2024-03-12';
const EVERY: ReminderChoice = { due: true, overdue: true, ownerPersonId: null };

/** A register row as readActionRegister makes it, with its RAG state worked out for TODAY. */
function row(
  id: string,
  due: string | null,
  status: ActionStatus = 'open',
  ownerPersonId: string | null = 'p-jenny',
): RegisterRow {
  return {
    id,
    reference: `SG 24/3 ${id.toUpperCase()}`,
    provisional: false,
    description: `Action ${id}`,
    owner: ownerPersonId ? 'Jennifer Jennings' : 'Jenny',
    ownerPersonId,
    due,
    status,
    rag: actionRag({ status, due }, TODAY),
    meetingId: 'm1',
    meetingTitle: 'Steering Group',
    meetingDate: '2024-02-01',
    action: {} as RegisterRow['action'],
  };
}

const kinds = (rows: RegisterRow[], choice = EVERY) =>
  pendingReminders(rows, TODAY, choice).map((r) => [r.actionId, r.kind]);

describe('which actions are reminded of', () => {
  it('reminds on the due day and once overdue, never before, never without a date', () => {
    const rows = [
      row('a1', '2024-03-12'), // due today
      row('a2', '2024-03-13'), // due tomorrow: not yet
      row('a3', '2024-03-11'), // due yesterday: overdue
      row('a4', '2023-09-14'), // long overdue
      row('a5', null),
    ];
    expect(kinds(rows)).toEqual([
      ['a4', 'overdue'],
      ['a3', 'overdue'],
      ['a1', 'due'],
    ]);
  });

  it('never reminds of done or dropped actions, whatever their date', () => {
    const rows = [
      row('d1', '2024-03-12', 'done'),
      row('d2', '2024-03-01', 'done'),
      row('d3', '2024-03-01', 'dropped'),
      row('p1', '2024-03-01', 'in progress'),
    ];
    expect(kinds(rows)).toEqual([['p1', 'overdue']]);
  });

  it('leaves out a kind switched off', () => {
    const rows = [row('a1', '2024-03-12'), row('a3', '2024-03-11')];
    expect(kinds(rows, { ...EVERY, due: false })).toEqual([['a3', 'overdue']]);
    expect(kinds(rows, { ...EVERY, overdue: false })).toEqual([['a1', 'due']]);
    expect(kinds(rows, { ...EVERY, due: false, overdue: false })).toEqual([]);
  });

  it('keeps to "who you are" when it is set, and everyone’s actions when it is not', () => {
    const rows = [row('a1', '2024-03-01'), row('b1', '2024-03-01', 'open', 'p-harland')];
    expect(kinds(rows, { ...EVERY, ownerPersonId: 'p-harland' })).toEqual([['b1', 'overdue']]);
    expect(kinds(rows)).toHaveLength(2);
  });

  it('keys each by action, kind and due date, so a moved date reminds again', () => {
    const [before] = pendingReminders([row('a1', '2024-03-01')], TODAY, EVERY);
    const [moved] = pendingReminders([row('a1', '2024-03-05')], TODAY, EVERY);
    expect(before!.key).toBe('a1|overdue|2024-03-01');
    expect(moved!.key).not.toBe(before!.key);
  });
});

describe('the reminder log', () => {
  it('leaves out what was shown before, on any day', () => {
    const pending = pendingReminders(
      [row('a1', '2024-03-12'), row('a3', '2024-03-11')],
      TODAY,
      EVERY,
    );
    const log = recordShown({}, pending.slice(0, 1), pending, '2024-03-10');
    expect(notYetShown(pending, log).map((r) => r.actionId)).toEqual([pending[1]!.actionId]);
  });

  it('records the day shown, and forgets actions no longer due or overdue', () => {
    const first = pendingReminders(
      [row('a1', '2024-03-01'), row('a2', '2024-03-02')],
      TODAY,
      EVERY,
    );
    const log = recordShown({}, first, first, TODAY);
    expect(log).toEqual({ 'a1|overdue|2024-03-01': TODAY, 'a2|overdue|2024-03-02': TODAY });
    // a1 is done now: its entry goes; a2's stays, so it is not shown again.
    const still = pendingReminders(
      [row('a1', '2024-03-01', 'done'), row('a2', '2024-03-02')],
      TODAY,
      EVERY,
    );
    expect(recordShown(log, [], still, '2024-03-13')).toEqual({ 'a2|overdue|2024-03-02': TODAY });
  });

  it('reads back only keys with dates from whatever was stored', () => {
    expect(parseReminderLog({ a: '2024-03-12', b: 3, c: 'yesterday' })).toEqual({
      a: '2024-03-12',
    });
    expect(parseReminderLog(null)).toEqual({});
    expect(parseReminderLog(['a'])).toEqual({});
  });
});

describe('what the notifications say', () => {
  it('names the action, its reference and its date in words', () => {
    const pending = pendingReminders(
      [row('a1', '2024-03-12'), row('a3', '2023-09-14')],
      TODAY,
      EVERY,
    );
    expect(reminderNotices(pending)).toEqual([
      {
        actionId: 'a3',
        title: 'Overdue: SG 24/3 A3',
        body: 'Action a3\nWas due 14 September 2023.',
      },
      {
        actionId: 'a1',
        title: 'Due today: SG 24/3 A1',
        body: 'Action a1\nDue today, 12 March 2024.',
      },
    ]);
  });

  it('cuts a long description to fit the body', () => {
    const long = { ...row('a1', '2024-03-12'), description: 'word '.repeat(200) };
    const [notice] = reminderNotices(pendingReminders([long], TODAY, EVERY));
    expect(notice!.body.length).toBeLessThanOrEqual(MAX_REMINDER_BODY);
    expect(notice!.body).toMatch(/…\nDue today, 12 March 2024\.$/);
  });

  it('sums up many at once in one notification that opens the register', () => {
    const rows = [
      ...Array.from({ length: MAX_SEPARATE_REMINDERS + 1 }, (_, i) => row(`o${i}`, '2024-03-01')),
      row('t1', TODAY),
    ];
    expect(reminderNotices(pendingReminders(rows, TODAY, EVERY))).toEqual([
      {
        actionId: null,
        title: '5 actions need chasing',
        body: '4 overdue and 1 due today. Open the Actions screen to see them.',
      },
    ]);
  });
});
