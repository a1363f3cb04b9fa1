// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type QuorumApi } from '../../../../shared/ipc';
import { createAction, updateAction } from '../../../../shared/model';
import { writeDeviceFlag } from '../../../../renderer/data/device-preference';
import { openLocalDb, putSetting, type QuorumLocalDb } from '../../../../renderer/data/local-db';
import {
  checkReminders,
  REMINDER_FLAGS,
  whoAmIKey,
} from '../../../../renderer/data/reminders/reminder-check';
import { workspaceWithMeeting } from '../../../shared/model/fixtures';

type Show = QuorumApi['showReminder'];

// Local noon, so the local calendar date is the 12th wherever the test runs.
const MARCH_12 = new Date(2024, 2, 12, 12, 0);
const MARCH_13 = new Date(2024, 2, 13, 9, 0);

let db: QuorumLocalDb;
let dbName: string;
let show: ReturnType<typeof vi.fn<Show>>;

function workspace() {
  const { workspace: doc, meetingId } = workspaceWithMeeting();
  const add = (description: string, due: string | null, ownerPersonId: string | null = null) =>
    createAction(doc, {
      description,
      due,
      meetingId,
      ownerPersonId,
      ownerName: ownerPersonId ? '' : 'Jenny',
    });
  return { doc, add };
}

beforeEach(({ task }) => {
  dbName = `reminders-${task.id}`;
  db = openLocalDb(dbName);
  show = vi.fn<Show>(async () => ok({ shown: true as const }));
  localStorage.clear();
});

afterEach(() => db.close());

const titles = () => show.mock.calls.map(([notice]) => notice.title);

describe('checking for reminders', () => {
  it('shows each due and overdue action once, and not again after a restart', async () => {
    const { doc, add } = workspace();
    add('Book the room', '2024-03-12');
    add('Send the minutes', '2024-03-01');
    add('Plan the next one', '2024-03-13');
    const check = { doc, db, workspaceId: 'w1', show: show as Show, now: MARCH_12 };

    const shown = await checkReminders(check);
    expect(shown.map((r) => [r.description, r.kind])).toEqual([
      ['Send the minutes', 'overdue'],
      ['Book the room', 'due'],
    ]);
    expect(titles()).toHaveLength(2);

    // The app restarts the same day: a fresh connection to the same database.
    db.close();
    db = openLocalDb(dbName);
    expect(await checkReminders({ ...check, db })).toEqual([]);
    expect(show).toHaveBeenCalledTimes(2);

    // The next day "Book the room" is overdue (a new reminder), and "Plan the next one" is due.
    const nextDay = await checkReminders({ ...check, db, now: MARCH_13 });
    expect(nextDay.map((r) => [r.description, r.kind])).toEqual([
      ['Book the room', 'overdue'],
      ['Plan the next one', 'due'],
    ]);
  });

  it('reminds again when the due date moves, and never of a closed action', async () => {
    const { doc, add } = workspace();
    const id = add('Send the minutes', '2024-03-01');
    const done = add('Chase the venue', '2024-03-01');
    updateAction(doc, done, { status: 'done' });
    const check = { doc, db, workspaceId: 'w1', show: show as Show, now: MARCH_12 };
    expect((await checkReminders(check)).map((r) => r.description)).toEqual(['Send the minutes']);
    updateAction(doc, id, { due: '2024-03-05' });
    expect((await checkReminders(check)).map((r) => r.due)).toEqual(['2024-03-05']);
  });

  it('does not record what main could not show, so it is tried at the next check', async () => {
    const { doc, add } = workspace();
    add('Send the minutes', '2024-03-01');
    const check = { doc, db, workspaceId: 'w1', show: show as Show, now: MARCH_12 };
    show.mockResolvedValueOnce(fail('unavailable', 'This computer does not show notifications.'));
    expect(await checkReminders(check)).toEqual([]);
    expect(await checkReminders(check)).toHaveLength(1);
    expect(show).toHaveBeenCalledTimes(2);
  });

  it('follows this device’s switches and "who you are"', async () => {
    const { doc, add } = workspace();
    add('Book the room', '2024-03-12', 'p-harland');
    add('Send the minutes', '2024-03-01', 'p-harland');
    add('Someone else’s', '2024-03-01');
    writeDeviceFlag(REMINDER_FLAGS.due, false);
    await putSetting(db, whoAmIKey('w1'), 'p-harland');
    const shown = await checkReminders({
      doc,
      db,
      workspaceId: 'w1',
      show: show as Show,
      now: MARCH_12,
    });
    expect(shown.map((r) => r.description)).toEqual(['Send the minutes']);

    // Switched back on, the due reminder comes; the overdue one is not repeated.
    writeDeviceFlag(REMINDER_FLAGS.due, true);
    const later = await checkReminders({
      doc,
      db,
      workspaceId: 'w1',
      show: show as Show,
      now: MARCH_12,
    });
    expect(later.map((r) => r.description)).toEqual(['Book the room']);
  });

  it('runs two checks at once one after the other, so nothing is shown twice', async () => {
    const { doc, add } = workspace();
    add('Send the minutes', '2024-03-01');
    const check = { doc, db, workspaceId: 'w1', show: show as Show, now: MARCH_12 };
    const [first, second] = await Promise.all([checkReminders(check), checkReminders(check)]);
    expect([first.length, second.length]).toEqual([1, 0]);
    expect(show).toHaveBeenCalledOnce();
  });

  it('shows one summary for many, and records them all', async () => {
    const { doc, add } = workspace();
    for (let i = 1; i <= 5; i++) add(`Action ${i}`, '2024-03-01');
    const check = { doc, db, workspaceId: 'w1', show: show as Show, now: MARCH_12 };
    expect(await checkReminders(check)).toHaveLength(5);
    expect(show).toHaveBeenCalledExactlyOnceWith({
      actionId: null,
      title: '5 actions need chasing',
      body: '5 overdue. Open the Actions screen to see them.',
    });
    expect(await checkReminders(check)).toEqual([]);
  });
});
