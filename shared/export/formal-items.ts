import { describeNextMeeting } from '../format/next-meeting';
import { NO_DECLARATIONS } from '../model/declarations';
import type { ExportAgendaItem, MeetingExportData } from './meeting-data';

/**
 * The standard items of a council agenda and the words minutes use when one of them has
 * nothing under it ("No apologies were received"), as clerks write them. An ordinary item
 * with nothing minuted keeps its heading alone: the minutes never say "no notes were taken".
 * Free of docx, for the house style and the council template alike.
 */
const NEXT_MEETING_ITEM = /^date of (the )?next meeting$/i;
const APOLOGIES_ITEM = /^apologies( for absence)?$/i;
const DECLARATIONS_ITEM = /^declarations? of interests?$/i;
const OTHER_BUSINESS_ITEM = /^(any other business|aob)$/i;
const MATTERS_ARISING_ITEM = /^matters arising\b/i;

const titleOf = (item: ExportAgendaItem) => item.title.trim();

/** The standard agenda's closing item; the date agreed goes under it, not in a section after. */
export function isNextMeetingItem(item: ExportAgendaItem): boolean {
  return NEXT_MEETING_ITEM.test(titleOf(item));
}

/** "The next meeting will be held on …", or that the date is still to be agreed. */
export function nextMeetingSentence(data: MeetingExportData): string {
  const when = data.nextMeeting ? describeNextMeeting(data.nextMeeting) : null;
  return when
    ? `The next meeting will be held on ${when}.`
    : 'The date of the next meeting is to be confirmed.';
}

/** "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What formal minutes say under a standard item that has nothing else, or null. */
export function conventionalWords(item: ExportAgendaItem, data: MeetingExportData): string | null {
  const title = titleOf(item);
  if (isNextMeetingItem(item)) return nextMeetingSentence(data);
  if (APOLOGIES_ITEM.test(title)) {
    const names = data.attendance.apologies.map((person) => person.name);
    return names.length > 0
      ? `Apologies were received from ${listed(names)}.`
      : 'No apologies were received.';
  }
  if (DECLARATIONS_ITEM.test(title)) return NO_DECLARATIONS;
  if (OTHER_BUSINESS_ITEM.test(title)) return 'There was no other business.';
  if (MATTERS_ARISING_ITEM.test(title))
    return (data.actionsBroughtForward ?? 0) > 0
      ? 'No updates were given on the actions brought forward from earlier meetings.'
      : 'There were no matters arising.';
  return null;
}
