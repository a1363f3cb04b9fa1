import { formatClockTime, isClockTime, minutesOfDay } from '../format/dates';
import { formatMinutes } from '../format/durations';

/**
 * When each agenda item starts and ends, back to back from the meeting's start, and whether
 * the agenda runs past the meeting's end. Pure and free of docx, so the Export tab can warn
 * before anything is built, with the same sums the agenda document prints.
 */
export interface AgendaTiming {
  itemId: string;
  /** 'HH:MM', or null when the meeting has no valid start time. */
  start: string | null;
  end: string | null;
}

interface TimedItem {
  id: string;
  allottedMinutes: number;
}

const DAY = 24 * 60;
const clock = (minutes: number) => {
  const m = ((minutes % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/**
 * Start and end of each item, back to back from the meeting's start. An agenda that allots no
 * time at all (a meeting entered from its records) has no timetable: only the first item's
 * start is known, and printing every item at the meeting's start would be a timetable nobody
 * set. A single item of 0 minutes in a timed agenda is a moment, and the next starts with it.
 */
export function agendaTimings(
  startTime: string | null | undefined,
  items: readonly TimedItem[],
): AgendaTiming[] {
  if (!startTime || !isClockTime(startTime))
    return items.map((i) => ({ itemId: i.id, start: null, end: null }));
  const timed = items.some((item) => item.allottedMinutes > 0);
  let at = minutesOfDay(startTime);
  return items.map((item, index) => {
    if (!timed) return { itemId: item.id, start: index === 0 ? clock(at) : null, end: null };
    const start = at;
    at += Math.max(0, item.allottedMinutes);
    return { itemId: item.id, start: clock(start), end: clock(at) };
  });
}

export interface AgendaOverrun {
  /** 'HH:MM' the last item ends. */
  runsTo: string;
  /** The meeting's end, 'HH:MM'. */
  endTime: string;
  minutesOver: number;
  /** The first item still going at the meeting's end. */
  firstLate: { number: number; title: string };
}

/** How far the agenda runs past the meeting's end, or null if it fits (or has no times). */
export function agendaOverrun(
  /** A past meeting entered from the records may have no times: then nothing can overrun. */
  meeting: { startTime?: string | null; endTime?: string | null },
  items: readonly (TimedItem & { number: number; title: string })[],
): AgendaOverrun | null {
  const { startTime, endTime } = meeting;
  if (!startTime || !endTime || !isClockTime(startTime) || !isClockTime(endTime)) return null;
  const start = minutesOfDay(startTime);
  // A meeting that ends "before" it starts runs past midnight.
  const end = minutesOfDay(endTime) + (minutesOfDay(endTime) <= start ? DAY : 0);
  let at = start;
  let firstLate: AgendaOverrun['firstLate'] | null = null;
  for (const item of items) {
    at += Math.max(0, item.allottedMinutes);
    if (at > end && !firstLate) firstLate = { number: item.number, title: item.title };
  }
  if (!firstLate) return null;
  return { runsTo: clock(at), endTime, minutesOver: at - end, firstLate };
}

/** The warning in words: "The agenda runs to 2.16pm, 16 minutes past the meeting's end …". */
export function describeOverrun(overrun: AgendaOverrun): string {
  const { runsTo, endTime, minutesOver, firstLate } = overrun;
  return (
    `The agenda runs to ${formatClockTime(runsTo)}, ${formatMinutes(minutesOver)} past the ` +
    `meeting’s end at ${formatClockTime(endTime)}: item ${firstLate.number}, ` +
    `${firstLate.title}, is still going at ${formatClockTime(endTime)}. ` +
    'Shorten the time allowed for items on the Agenda tab, or change the end time.'
  );
}
