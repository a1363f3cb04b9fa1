import { localIsoDate } from '../../shared/format/local-date';

/**
 * Which backups to keep: the newest ten, so a bad hour can be undone step by step, and the
 * newest of each calendar day for thirty days, so a mistake noticed weeks later still can.
 * Pure, so its boundaries are tested without a disk.
 */

export interface DatedBackup {
  name: string;
  takenAt: Date;
}

export interface RetentionPolicy {
  /** How many of the newest backups are always kept. */
  latest: number;
  /** For how many calendar days (today included) the newest backup of each day is kept. */
  days: number;
}

export const RETENTION: RetentionPolicy = { latest: 10, days: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole local calendar days from `earlier` to `later` (0 on the same date), whatever DST does. */
function calendarDaysBetween(earlier: Date, later: Date): number {
  const [a, b] = [earlier, later].map((date) => {
    const [y, m, d] = localIsoDate(date).split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  }) as [number, number];
  return Math.round((b - a) / DAY_MS);
}

/** The names of the backups to keep; every other one may be deleted. */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  now: Date,
  policy: RetentionPolicy = RETENTION,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set(newestFirst.slice(0, policy.latest).map((backup) => backup.name));
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const age = calendarDaysBetween(backup.takenAt, now);
    // A backup dated after `now` (a clock put back) counts as today's, not as one to drop.
    if (age >= policy.days) continue;
    const day = localIsoDate(backup.takenAt);
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.name);
  }
  return keep;
}
