import * as chrono from 'chrono-node';

/**
 * Finds the due date in an action line, read the British way (14/09 is the 14th of September)
 * relative to the day the words were said ('YYYY-MM-DD'): the meeting's date, not the day the
 * line happens to be read, so minutes typed up weeks later (or re-read years later) give the
 * dates the meeting meant. Dates are built at noon local time and read back from local y/m/d,
 * so no time zone or daylight-saving change can move a day.
 *
 * Inside this file `today` is that day: the meeting's "today".
 */
export interface DueDate {
  due: string;
  /** The phrase the date came from, lead-in included: 'by 14 September'. */
  dueText: string;
  start: number;
  end: number;
}

interface Candidate {
  index: number;
  text: string;
  date: Date | null;
  /** No year was written ([month, day]): the date may have to move to next year. */
  yearless?: [number, number];
  /** 'next Friday', 'within two weeks': deadlines by their wording, never in the past. */
  relative: boolean;
}

// Words that make the date that follows a deadline, and neutral ones ('event on 14 September')
// that are still stripped with the date so the description reads cleanly.
const DEADLINE = new Set([
  'by',
  'before',
  'until',
  'till',
  'no later than',
  'not later than',
  'on or before',
  'due',
  'deadline',
]);
const LEAD_IN =
  /(?:\b(no later than|not later than|on or before|by|before|until|till|due|deadline|on|for|w\/c|week commencing)\s*:?\s+)?(?:\bthe\s+)?$/i;
const WEEKDAY_WORD = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
// Abbreviations count only capitalised: 'Rose sat on the panel' is not a Saturday.
const WEEKDAY_ABBR = /\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b/;
const NEXT_MEETING =
  /\b(?:by|before|at|for|ahead of|in time for|prior to)\s+the\s+next\s+(?:steering\s+group\s+)?meeting\b/i;

const noon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);
const addDays = (date: Date, n: number) =>
  noon(date.getFullYear(), date.getMonth() + 1, date.getDate() + n);
const iso = (date: Date) =>
  `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** This year's [month, day], or the first later year that has it (29 February). */
function yearlessDate(today: Date, [month, day]: [number, number], later: boolean): Date | null {
  for (let y = today.getFullYear(); y <= today.getFullYear() + 8; y += 1) {
    const date = noon(y, month, day);
    if (date.getDate() === day && date.getTime() >= today.getTime()) return date;
    if (!later) return null;
  }
  return null;
}

/** 'YYYY-MM-DD' to a noon Date, or null when it is not a real calendar date. */
export function parseIsoDate(value: string | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return null;
  const date = noon(Number(m[1]), Number(m[2]), Number(m[3]));
  return iso(date) === value ? date : null;
}

/** 0 = Sunday, as Date.getDay. On or after today: 'Friday' said on a Friday is today. */
function comingWeekday(today: Date, weekday: number): Date {
  return addDays(today, (weekday - today.getDay() + 7) % 7);
}

/** British 'next Friday': the Friday of next week, weeks starting on Monday. */
function weekdayOfNextWeek(today: Date, weekday: number): Date {
  const nextMonday = addDays(today, 7 - ((today.getDay() + 6) % 7));
  return addDays(nextMonday, (weekday + 6) % 7);
}

/** Phrases chrono does not know, or reads differently from a British office. */
const EXTRAS: {
  pattern: RegExp;
  resolve: (today: Date, m: RegExpExecArray) => Date;
  yearless?: [number, number];
}[] = [
  {
    pattern: /\b(?:christmas|xmas)(?:\s+day)?\b/gi,
    resolve: (t) => noon(t.getFullYear(), 12, 25),
    yearless: [12, 25],
  },
  { pattern: /\b(?:in|within)\s+a\s+fortnight(?:'s\s+time)?\b/gi, resolve: (t) => addDays(t, 14) },
  {
    pattern: /\bend\s+of\s+(?:the\s+|this\s+)?year\b/gi,
    resolve: (t) => noon(t.getFullYear(), 12, 31),
  },
  // The end of a working week is its Friday.
  {
    pattern: /\bend\s+of\s+(?:the\s+|this\s+)?(next\s+)?week\b/gi,
    resolve: (t, m) => (m[1] ? weekdayOfNextWeek(t, 5) : comingWeekday(t, 5)),
  },
];

function fromChrono(result: chrono.ParsedResult, text: string, today: Date): Candidate {
  const { start } = result;
  const candidate: Candidate = {
    index: result.index,
    text: result.text,
    date: null,
    relative: false,
  };
  if (start.isCertain('day')) {
    // Day first, always: en.GB falls back to 09/14 as 14 September, which we refuse.
    const numeric = /^(\d{1,2})[/.-]\d{1,2}/.exec(result.text);
    if (numeric && Number(numeric[1]) !== start.get('day')) return candidate;
    const [y, m, d] = [start.get('year'), start.get('month'), start.get('day')];
    if (y === null || m === null || d === null) return candidate;
    if (!start.isCertain('year')) return { ...candidate, date: noon(y, m, d), yearless: [m, d] };
    const relative = /^(?:within|in|end|next|this|tomorrow|today)\b/i.test(result.text);
    return { ...candidate, date: noon(y, m, d), relative };
  }
  const weekday = start.get('weekday');
  if (!start.isCertain('weekday') || weekday === null) return candidate; // 'October', '2pm'
  if (!WEEKDAY_WORD.test(result.text) && !WEEKDAY_ABBR.test(result.text)) return candidate;
  if (/\b(?:last|previous)\b/i.test(result.text)) return candidate;
  const date = /\bnext\b/i.test(result.text)
    ? weekdayOfNextWeek(today, weekday)
    : comingWeekday(today, weekday);
  // 'Friday week' is British for a week after the coming Friday.
  const week = /^\s+week\b/i.exec(text.slice(result.index + result.text.length));
  if (week && !/\bnext\b/i.test(result.text)) {
    return { ...candidate, text: result.text + week[0], date: addDays(date, 7), relative: true };
  }
  return { ...candidate, date, relative: true };
}

function candidates(text: string, today: Date, nextMeeting: Date | null): Candidate[] {
  const found: Candidate[] = [];
  for (const extra of EXTRAS) {
    for (const m of text.matchAll(extra.pattern)) {
      const date = extra.resolve(today, m as RegExpExecArray);
      const relative = !extra.yearless;
      found.push({ index: m.index, text: m[0], date, yearless: extra.yearless, relative });
    }
  }
  const meeting = NEXT_MEETING.exec(text);
  if (meeting && nextMeeting) {
    // Keep the lead-in word inside the match: 'by the next meeting' is itself the due text.
    found.push({ index: meeting.index, text: meeting[0], date: nextMeeting, relative: true });
  }
  const overlaps = (index: number, length: number) =>
    found.some((c) => index < c.index + c.text.length && c.index < index + length);
  for (const result of chrono.en.GB.parse(text, today)) {
    if (!overlaps(result.index, result.text.length)) found.push(fromChrono(result, text, today));
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A date written without a year is the next such date on or after `saidOnIso`: 'by 14
 * September' said on 9 October 2023 is 14 September 2024, and 'by 10 January' said in
 * December is the coming January.
 */
export function findDueDate(
  text: string,
  saidOnIso: string,
  nextMeetingIso?: string,
): DueDate | null {
  const today = parseIsoDate(saidOnIso);
  if (!today) return null;
  const picked: (DueDate & { deadline: boolean })[] = [];
  for (const c of candidates(text, today, parseIsoDate(nextMeetingIso))) {
    if (!c.date) continue;
    const lead = LEAD_IN.exec(text.slice(0, c.index));
    const word = lead?.[1]?.toLowerCase();
    const deadline = c.relative || (word !== undefined && DEADLINE.has(word));
    // A passed date is next year's only when written as a deadline ('by 5 January' in
    // December); 'notes of the 13 September meeting' names a past event, not a due date.
    const date = c.yearless ? yearlessDate(today, c.yearless, deadline) : c.date;
    if (!date) continue;
    const start = c.index - (lead?.[0].length ?? 0);
    const end = c.index + c.text.length;
    picked.push({ due: iso(date), dueText: text.slice(start, end), start, end, deadline });
  }
  // The first deadline wins; failing one, the last date in the line ('event on 14 September').
  const chosen = picked.find((p) => p.deadline) ?? picked[picked.length - 1];
  if (!chosen) return null;
  return { due: chosen.due, dueText: chosen.dueText, start: chosen.start, end: chosen.end };
}
