import { describe, expect, it } from 'vitest';
import { backupsToKeep, type DatedBackup } from '../../../electron/backups/retention';

// Local wall-clock times: the policy counts the person's calendar days.
const at = (day: number, hour: number, minute = 0) => new Date(2023, 9, day, hour, minute);
const NOW = at(9, 14, 15); // 9 October 2023, 2:15pm

function backup(takenAt: Date): DatedBackup {
  return { name: takenAt.toISOString(), takenAt };
}

/** `count` backups ten minutes apart, the last at `last`. */
function tenMinutesApart(last: Date, count: number): DatedBackup[] {
  return Array.from({ length: count }, (_, i) =>
    backup(new Date(last.getTime() - i * 10 * 60 * 1000)),
  );
}

describe('which backups are kept', () => {
  it('keeps every backup while there are at most ten', () => {
    const backups = tenMinutesApart(at(9, 14), 10);
    expect(backupsToKeep(backups, NOW)).toEqual(new Set(backups.map((b) => b.name)));
  });

  it('keeps the newest ten of one day and lets the eleventh and older go', () => {
    const backups = tenMinutesApart(at(9, 14), 13);
    const kept = backupsToKeep(backups, NOW);
    expect(kept).toEqual(new Set(backups.slice(0, 10).map((b) => b.name)));
  });

  it("keeps the last backup of each earlier day, not that day's earlier ones", () => {
    const today = tenMinutesApart(at(9, 14), 10);
    const yesterdayLast = backup(at(8, 17, 40));
    const yesterdayEarlier = [backup(at(8, 9)), backup(at(8, 12))];
    const kept = backupsToKeep([...today, yesterdayLast, ...yesterdayEarlier], NOW);
    expect(kept.has(yesterdayLast.name)).toBe(true);
    for (const earlier of yesterdayEarlier) expect(kept.has(earlier.name)).toBe(false);
    expect(kept.size).toBe(11);
  });

  it('keeps one a day for thirty calendar days, today included, and none older', () => {
    // Ten today fill the "newest ten", so older days are kept only by the daily rule.
    const today = tenMinutesApart(at(9, 14), 10);
    // 29 days before 9 October is 10 September, the thirtieth day; 9 September is the 31st.
    const lastDailyDay = backup(new Date(2023, 8, 10, 0, 0));
    const tooOld = backup(new Date(2023, 8, 9, 23, 59));
    const daily = Array.from({ length: 28 }, (_, i) => backup(new Date(2023, 8, 11 + i, 12)));
    const kept = backupsToKeep([...today, ...daily, lastDailyDay, tooOld], NOW);
    expect(kept.has(lastDailyDay.name)).toBe(true);
    expect(kept.has(tooOld.name)).toBe(false);
    for (const day of daily) expect(kept.has(day.name)).toBe(true);
    expect(kept.size).toBe(10 + 28 + 1);
  });

  it('keeps the newest ten even when they are older than thirty days', () => {
    const old = tenMinutesApart(new Date(2023, 6, 1, 12), 12);
    const kept = backupsToKeep(old, NOW);
    expect(kept).toEqual(new Set(old.slice(0, 10).map((b) => b.name)));
  });

  it('keeps a backup dated after now (the clock was put back) under the daily rule', () => {
    const ahead = backup(at(10, 9));
    const today = backup(at(9, 14));
    // Only the daily rule: each of the two days keeps its newest.
    const kept = backupsToKeep([ahead, today], NOW, { latest: 0, days: 30 });
    expect(kept).toEqual(new Set([ahead.name, today.name]));
  });

  it('keeps nothing of nothing', () => {
    expect(backupsToKeep([], NOW).size).toBe(0);
  });
});
