import { formatLongDate } from '../format/dates';

/**
 * The search box's little language: words, "quoted phrases", and filters on the meeting:
 *
 *   before:2024        meetings before 2024 (a year, YYYY-MM or YYYY-MM-DD)
 *   after:2023-09      meetings after September 2023
 *   in:October         meetings whose title has the word; in:"Steering Group" for several
 *
 * Pure, so the app and `quorum search` read a query the same way.
 */
export interface ParsedQuery {
  /** Single words to find, in the order typed. */
  words: string[];
  /** Exact phrases (their words are searched for too). */
  phrases: string[];
  /** A date prefix (YYYY, YYYY-MM or YYYY-MM-DD) the meeting must come before, or null. */
  before: string | null;
  after: string | null;
  /** Words the meeting's title must hold, lower case; empty for any meeting. */
  inMeeting: string[];
}

export type QueryResult = { ok: true; query: ParsedQuery } | { ok: false; message: string };

const TOKEN = /(\w+):"([^"]*)"?|"([^"]*)"?|(\S+)/g;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function parseQuery(input: string): QueryResult {
  const query: ParsedQuery = { words: [], phrases: [], before: null, after: null, inMeeting: [] };
  for (const match of input.matchAll(TOKEN)) {
    const [, quotedKey, quotedValue, phrase, bare] = match;
    if (phrase !== undefined) {
      const text = phrase.trim().replace(/\s+/g, ' ');
      if (text) query.phrases.push(text);
      continue;
    }
    const word = bare ?? '';
    const filter: [string, string] | null =
      quotedKey !== undefined ? [quotedKey, quotedValue ?? ''] : splitFilter(word);
    if (!filter) {
      query.words.push(word);
      continue;
    }
    const [key, value] = filter;
    const problem = applyFilter(query, key.toLowerCase(), value.trim());
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, query };
}

function splitFilter(token: string): [string, string] | null {
  const at = token.indexOf(':');
  if (at <= 0) return null;
  const key = token.slice(0, at).toLowerCase();
  return key === 'before' || key === 'after' || key === 'in' ? [key, token.slice(at + 1)] : null;
}

function applyFilter(query: ParsedQuery, key: string, value: string): string | null {
  if (key === 'in') {
    if (!value)
      return 'Say which meeting after “in:”, for example in:October or in:"Steering Group".';
    query.inMeeting.push(...value.toLowerCase().split(/\s+/));
    return null;
  }
  if (key === 'before' || key === 'after') {
    if (!DATE.test(value) || !realDate(value))
      return `“${key}:${value}” needs a year or a date, for example ${key}:2024 or ${key}:2023-10-09.`;
    query[key] = value;
    return null;
  }
  // Another word with a colon (a time such as 1:30, "re:") is searched for as it is.
  query.words.push(`${key}:${value}`);
  return null;
}

function realDate(value: string): boolean {
  const [, month, day] = value.split('-').map(Number);
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day === undefined || month === undefined) return true;
  const date = new Date(Date.UTC(Number(value.slice(0, 4)), month - 1, day));
  return date.getUTCDate() === day;
}

/** Whether a meeting on `date` (YYYY-MM-DD) titled `title` passes the query's filters. */
export function meetingMatches(query: ParsedQuery, date: string, title: string): boolean {
  if (query.before !== null || query.after !== null) {
    if (!date) return false;
    if (query.before !== null && date.slice(0, query.before.length) >= query.before) return false;
    if (query.after !== null && date.slice(0, query.after.length) <= query.after) return false;
  }
  if (query.inMeeting.length > 0) {
    // The title's words and the date's ("9 October 2023"), so in:October finds a meeting.
    const named = `${title} ${date ? formatLongDate(date) : ''}`;
    const words = new Set(named.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    if (!query.inMeeting.every((word) => words.has(word))) return false;
  }
  return true;
}

export function hasFilters(query: ParsedQuery): boolean {
  return query.before !== null || query.after !== null || query.inMeeting.length > 0;
}
