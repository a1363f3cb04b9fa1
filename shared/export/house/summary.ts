import type { Paragraph, Table } from 'docx';
import { longDateOrText } from '../../format/lenient-dates';
import type { ExportAgendaItem, MeetingExportData } from '../meeting-data';
import { heldBy } from '../meeting-data';
import {
  actionsSection,
  decisionParagraph,
  heading,
  isDraft,
  labelled,
  personWithRole,
  whenAndWhere,
  nextMeetingSection,
  textParagraph,
} from './meeting-parts';
import { isNextMeetingItem, nextMeetingSentence } from '../formal-items';
import { BULLET, ListInstances, listLevelsUsed } from './numbering';
import { packHouseDocument } from './pack';
import { inlineParagraph, richTextParagraphs } from './rich-text-paragraphs';

/**
 * The meeting summary, in the shape of seed 000: "<group> Meeting Summary", the Date, Time
 * and Venue lines, then one section per agenda item with its notes as the minute-taker wrote
 * them (lists as lists), its decisions, and the questions left open for after the meeting.
 * An item with nothing under it is left out: a summary reports what was said. The date of
 * the next meeting is given once, under its own item if the agenda has one.
 */
function itemSection(
  item: ExportAgendaItem,
  data: MeetingExportData,
  lists: ListInstances,
): Paragraph[] {
  const open = item.questions.filter((q) => !q.resolved);
  const nextMeeting = isNextMeetingItem(item) && data.nextMeeting !== null;
  if (item.minutes.length === 0 && item.decisions.length === 0 && open.length === 0 && !nextMeeting)
    return [];
  const out = [
    heading(item.title),
    // The summary's headings carry no item numbers, so its lists count 1, 2, 3 as the seed's.
    ...richTextParagraphs(item.minutes, {
      headingBase: 3,
      lists,
      layout: lists.layout,
      plainLists: true,
    }),
    ...item.decisions.map((decision) => decisionParagraph(decision)),
  ];
  if (nextMeeting) out.push(textParagraph(nextMeetingSentence(data)));
  if (open.length > 0) {
    const numbering = { reference: BULLET, level: 0, instance: lists.next() };
    out.push(
      heading('Open questions', 3),
      ...open.map((q) => inlineParagraph([{ text: q.text }], { numbering })),
    );
  }
  return out;
}

/** Seed 000's "<group> Meeting Summary"; a meeting that was not the group's keeps its own title. */
export function summaryTitle(data: MeetingExportData): string {
  return data.group.name ? `${data.group.name} Meeting Summary` : data.meeting.title;
}

/** Seed 001's "Attendees:" line: everyone present or in attendance, with role and organisation. */
function attendeesLine(data: MeetingExportData): Paragraph[] {
  const people = [...data.attendance.present, ...data.attendance['in-attendance']];
  return people.length > 0 ? [labelled('Attendees', people.map(personWithRole).join(', '))] : [];
}

export async function buildSummaryDocx(data: MeetingExportData): Promise<Uint8Array> {
  const lists = new ListInstances({
    base: 0,
    levels: listLevelsUsed(data.agenda.map((i) => i.minutes)),
  });
  const { meeting } = data;
  const body: (Paragraph | Table)[] = [
    heading(summaryTitle(data), 1),
    ...whenAndWhere(data).map(([label, value]) => labelled(label, value)),
    ...attendeesLine(data),
    ...data.agenda.flatMap((item) => itemSection(item, data, lists)),
  ];
  if (data.actions.length > 0) body.push(...actionsSection(data.actions));
  if (data.nextMeeting && !data.agenda.some(isNextMeetingItem))
    body.push(...nextMeetingSection(data));
  return packHouseDocument({
    title: summaryTitle(data),
    subject: `${meeting.title}, ${longDateOrText(meeting.date)}`,
    group: heldBy(data),
    organisation: data.group.organisation,
    draft: isDraft(data),
    lists,
    body,
  });
}
