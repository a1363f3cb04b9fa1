import { extractOwner } from './action-owner';
import { findDueDate } from './british-dates';

/**
 * Turns a line the minute-taker selected ('Jenny to share the presentation with the schools team
 * by 14 September') into a suggested action. A suggestion only: the user confirms it, so the
 * parser prefers leaving words in the description to guessing what they meant.
 */
export interface PersonCandidate {
  id: string;
  /** 'Jennifer Jennings' */
  name: string;
  aliases?: string[];
}

export interface ActionSuggestion {
  /** The verb phrase, owner and due-date words removed: 'Share the presentation with the schools team'. */
  description: string;
  owner:
    | { kind: 'person'; personId: string; matchedText: string }
    | { kind: 'text'; name: string }
    | null;
  /** ISO date 'YYYY-MM-DD'. */
  due: string | null;
  /** The words the date came from: 'by 14 September'. */
  dueText: string | null;
}

export interface ParseActionOptions {
  people: PersonCandidate[];
  /**
   * 'YYYY-MM-DD', the date of the meeting whose minutes hold the line: dates without a year
   * are the next such date on or after it, and 'next Friday' is counted from it. Never the
   * day the line is read: 'by 14 September' in January 2024's minutes is September 2024.
   */
  meetingDate: string;
  /**
   * Date of the next meeting, if one is set. Without it 'by the next meeting' gives no due date
   * and stays in the description, so the minute-taker's words are not lost.
   */
  nextMeeting?: string;
}

// A selected line, not a page: longer text is returned as it is rather than parsed.
const MAX_PARSED_LENGTH = 1000;
// '1.', '2)', '1.2', '·', '-', '•' before the line; not '14.9.24', which is a date.
const LIST_MARKER =
  /^(?:[-•·*▪◦–]\s+|\d{1,2}(?:\.\d{1,2})*[.)]\s+|\d{1,2}\.\d{1,2}\s+|\(?[a-z][.)]\s+)/;

function tidy(text: string): string {
  let s = text
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
  // Words left hanging where the owner or the date was cut out: 'to share ...', '... and.'.
  for (let previous = ''; previous !== s;) {
    previous = s;
    s = s
      .replace(/^(?:to|and|[.,;:–—-])\s+/i, '')
      .replace(/[\s.,;:–—-]+$/, '')
      .replace(/\s+(?:and|by|on|before|for|the)$/i, '');
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function fallback(text: string): ActionSuggestion {
  return { description: text.trim(), owner: null, due: null, dueText: null };
}

export function parseActionText(text: string, options: ParseActionOptions): ActionSuggestion {
  const raw = typeof text === 'string' ? text : '';
  if (raw.length > MAX_PARSED_LENGTH) return fallback(raw);
  try {
    const line = raw.replace(/\s+/g, ' ').trim().replace(LIST_MARKER, '');
    const { owner, rest } = extractOwner(line, options?.people ?? []);
    const found = findDueDate(rest, options?.meetingDate, options?.nextMeeting);
    const withoutDate = found ? `${rest.slice(0, found.start)} ${rest.slice(found.end)}` : rest;
    const description = tidy(withoutDate) || tidy(line) || raw.trim();
    return { description, owner, due: found?.due ?? null, dueText: found?.dueText ?? null };
  } catch {
    // WARNING: a suggestion must never break typing; any surprise from chrono or a regex
    // degrades to the line as written.
    return fallback(raw);
  }
}
