import { countOf as count } from '../../../shared/format/count';
import { formatLongDate } from '../../../shared/format/dates';
import type { MeetingContents } from '../../../shared/model';

/** The words the corrections' confirmations use for what a meeting holds. */

/** 'a', 'a and b', 'a, b and c', as a British sentence lists them (no serial comma). */
function listed(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The meeting as the confirmations and messages name it: "Steering Group, 9 October 2023". */
export function meetingLabel(meeting: { title: string; date: string }): string {
  return `${meeting.title}, ${formatLongDate(meeting.date)}`;
}

/** 'its agenda of 8 items, its minutes and 2 actions', or '' for an empty meeting. */
export function describeContents(contents: MeetingContents): string {
  const parts: string[] = [];
  if (contents.agendaItems > 0) parts.push(`its agenda of ${count(contents.agendaItems, 'item')}`);
  if (contents.itemsWithMinutes > 0) parts.push('its minutes');
  if (contents.decisions > 0) parts.push(count(contents.decisions, 'decision'));
  if (contents.actions > 0) parts.push(count(contents.actions, 'action'));
  return listed(parts);
}

/** The delete confirmation's sentence, naming everything that will go. */
export function deletionSentence(label: string, contents: MeetingContents): string {
  const what = describeContents(contents);
  return what
    ? `This deletes ${label}: ${what}.`
    : `This deletes ${label}. It has no agenda, minutes or actions.`;
}

/** Why moving a meeting with minutes matters, for the date change's confirmation. */
export function dateChangeSentences(contents: MeetingContents, from: string, to: string): string[] {
  const recorded = describeContents({ ...contents, agendaItems: 0 });
  return [
    `This meeting already has ${recorded}, recorded as taking place on ${formatLongDate(from)}.`,
    `Changing the date to ${formatLongDate(to)} changes the date of that record. Do it only if the meeting really took place on ${formatLongDate(to)}.`,
    'Due dates already agreed stay as they are.',
  ];
}
