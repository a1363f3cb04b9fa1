import { createEvent, type DateArray, type DateTime, type EventAttributes } from 'ics';
import type * as Y from 'yjs';
import { isClockTime, isIsoDate, minutesOfDay } from '../format/dates';
import { safeFileName } from '../format/file-name';
import { londonWallClockToUtc } from './calendar-time';
import type { BuiltDocument } from './documents';
import {
  readMeetingForExport,
  type ExportAgendaItem,
  type MeetingExportData,
} from './meeting-data';

/**
 * "Add to calendar": one meeting as an iCalendar (.ics) event that Outlook, Google and Apple
 * calendars import. The `ics` library writes the format (escaping, line folding); this module
 * decides what goes in it: the title, the London times as UTC instants, the venue (and an
 * online link as the event's URL), and the agenda as the description.
 */

/** What the event is made from; MeetingExportData has all of it. */
export interface CalendarMeeting {
  meeting: Pick<
    MeetingExportData['meeting'],
    'id' | 'title' | 'date' | 'startTime' | 'endTime' | 'venue'
  >;
  agenda: readonly Pick<ExportAgendaItem, 'number' | 'title' | 'presenter'>[];
}

const PRODUCT_ID = '-//Quorum//Meeting calendar//EN';
// A link typed into the venue, without the full stop or bracket that may follow it.
const LINK = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]]/i;

function hasTimes({ startTime, endTime }: CalendarMeeting['meeting']): boolean {
  return (
    isClockTime(startTime) &&
    isClockTime(endTime) &&
    minutesOfDay(endTime) > minutesOfDay(startTime)
  );
}

function dayArray(instant: number): DateArray {
  const day = new Date(instant);
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}

/**
 * Timed meetings are written as UTC instants (DTSTART:20231009T120000Z), which every calendar
 * shows in its own zone. A meeting without both times (one entered later from the records) is
 * an all-day event on its date: DTEND is the next day, as iCalendar's end is exclusive.
 */
function eventTimes(
  meeting: CalendarMeeting['meeting'],
): Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType'> & { end: DateTime } {
  if (hasTimes(meeting)) {
    return {
      start: londonWallClockToUtc(meeting.date, meeting.startTime),
      end: londonWallClockToUtc(meeting.date, meeting.endTime),
      startInputType: 'utc',
      startOutputType: 'utc',
    };
  }
  const day = Date.parse(`${meeting.date}T00:00:00Z`);
  return { start: dayArray(day), end: dayArray(day + 24 * 60 * 60_000) };
}

/** "Agenda", then "1. Welcome and introductions (Chair)" for each item, in order. */
export function calendarDescription(agenda: CalendarMeeting['agenda']): string {
  if (agenda.length === 0) return '';
  const items = [...agenda]
    .sort((a, b) => a.number - b.number)
    .map((item) => {
      const presenter = item.presenter.trim();
      return `${item.number}. ${item.title.trim()}${presenter ? ` (${presenter})` : ''}`;
    });
  return ['Agenda', ...items].join('\n');
}

/** "2023-10-09 <meeting title>.ics", sorting with the meeting's Word exports. */
export function calendarFileName(meeting: CalendarMeeting['meeting']): string {
  return safeFileName(`${meeting.date} ${meeting.title.slice(0, 100)}`, 'ics');
}

/** A link typed into the venue, tidied by URL (scheme and host lower-cased), or none. */
function venueLink(venue: string): string | undefined {
  const typed = LINK.exec(venue)?.[0];
  if (!typed) return undefined;
  try {
    return new URL(typed).href;
  } catch {
    return undefined;
  }
}

/**
 * Runs the library; a link it will not take as a URL (its check is stricter than URL's) stays
 * in LOCATION, where the person typed it, rather than costing them the whole event.
 */
function writeEvent(event: EventAttributes): string {
  let { error, value } = createEvent(event);
  if (error && event.url) ({ error, value } = createEvent({ ...event, url: undefined }));
  if (error || !value)
    throw new Error(`The calendar file could not be made: ${error?.message ?? 'no output'}.`);
  return value;
}

/**
 * The meeting's .ics file. `now` stamps the event (DTSTAMP); the UID is the meeting's id, so
 * saving again after a change updates the one event in a calendar rather than adding another.
 * Throws, with words a person can act on, for a meeting without a real date.
 */
export function buildMeetingCalendar(data: CalendarMeeting, now: Date): BuiltDocument {
  const { meeting } = data;
  if (!isIsoDate(meeting.date))
    throw new Error('This meeting has no date, so it cannot go in a calendar. Set its date first.');
  const venue = meeting.venue.trim();
  const description = calendarDescription(data.agenda);
  const link = venueLink(venue);
  const event: EventAttributes & { timestamp: number } = {
    productId: PRODUCT_ID,
    uid: `${meeting.id}@quorum`,
    timestamp: now.getTime(),
    title: meeting.title.trim(),
    ...eventTimes(meeting),
    ...(venue ? { location: venue } : {}),
    ...(link ? { url: link } : {}),
    ...(description ? { description } : {}),
  };
  return {
    bytes: new TextEncoder().encode(writeEvent(event)),
    fileName: calendarFileName(meeting),
  };
}

export interface MeetingCalendarRequest {
  workspace: Y.Doc;
  meetingDoc: Y.Doc;
  now: Date;
}

/** Reads the meeting as exports do, then builds its .ics: the app and `quorum export` alike. */
export function exportMeetingCalendar({
  workspace,
  meetingDoc,
  now,
}: MeetingCalendarRequest): BuiltDocument {
  return buildMeetingCalendar(readMeetingForExport(workspace, meetingDoc), now);
}
