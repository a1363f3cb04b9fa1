import { minutesOfDay } from './dates';

/**
 * Durations as the chair reads them: a stopwatch ("05:03"), minutes in words ("1 minute",
 * "9 minutes"), and how an item or an agenda stands against its time ("2 minutes over").
 */

const MINUTE_MS = 60_000;

/** 1 → '1 minute', 9 → '9 minutes'. */
export function formatMinutes(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/**
 * 303_000 → '05:03'. Minutes keep counting past 59 ('75:03'), as a stopwatch does: a
 * meeting that overruns by a quarter of an hour reads more plainly that way than as 1:15:03.
 */
export function formatStopwatch(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/** 303_000 → 'PT5M3S', for a <time datetime> that assistive technology can read as a duration. */
export function isoDuration(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  return `PT${Math.floor(seconds / 60)}M${seconds % 60}S`;
}

export interface TimeStanding {
  text: string;
  over: boolean;
}

/**
 * How time spent stands against time allotted, in words, so over-time is never told by
 * colour alone. Minutes left round up (7:30 left is "8 minutes left") and minutes over round
 * down, so the words never claim more than the clock shows.
 */
export function describeTimeLeft(elapsedMs: number, allottedMs: number): TimeStanding {
  if (elapsedMs < allottedMs) {
    return {
      text: `${formatMinutes(Math.ceil((allottedMs - elapsedMs) / MINUTE_MS))} left`,
      over: false,
    };
  }
  if (elapsedMs === allottedMs) return { text: 'Time is up', over: false };
  const overMinutes = Math.floor((elapsedMs - allottedMs) / MINUTE_MS);
  return {
    text: overMinutes === 0 ? 'Less than a minute over' : `${formatMinutes(overMinutes)} over`,
    over: true,
  };
}

/** A meeting's length in minutes from its 'HH:MM' start and end (0 if they are not times). */
export function meetingLengthMinutes(startTime: string, endTime: string): number {
  try {
    return Math.max(0, minutesOfDay(endTime) - minutesOfDay(startTime));
  } catch {
    // A header synced from an older or newer version may lack times: show no length, not crash.
    return 0;
  }
}

/** 'Total 51 minutes of 60 (9 minutes spare)', or '… (15 minutes over)'. */
export function describeAgendaTotal(totalMinutes: number, meetingMinutes: number): TimeStanding {
  const head = `Total ${formatMinutes(totalMinutes)} of ${meetingMinutes}`;
  const difference = meetingMinutes - totalMinutes;
  if (difference > 0) return { text: `${head} (${formatMinutes(difference)} spare)`, over: false };
  if (difference === 0) return { text: `${head} (no time spare)`, over: false };
  return { text: `${head} (${formatMinutes(-difference)} over)`, over: true };
}
