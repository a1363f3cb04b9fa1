import { longDateOrText } from '../../format/lenient-dates';
import { withoutQuestionLabel } from '../../rules/open-questions';
import { HeadingLevel, Paragraph } from 'docx';
import type { ExportAgendaItem, MeetingExportData } from '../meeting-data';
import { heldBy } from '../meeting-data';
import {
  actionsSection,
  attendanceSections,
  decisionParagraph,
  heading,
  isDraft,
  labelled,
  meetingHeaderTable,
  nextMeetingSection,
  textParagraph,
} from './meeting-parts';
import { mattersArisingParagraphs } from './matters-arising';
import { withPointNumbers } from '../point-numbers';
import { conventionalWords, isNextMeetingItem, nextMeetingSentence } from '../formal-items';
import { ListInstances, listLevelsUsed, POINT_INDENT, POINTS } from './numbering';
import { packHouseDocument } from './pack';
import { agreedWords, signatureBlock } from './signature';
import { richTextParagraphs } from './rich-text-paragraphs';
import { textRuns } from './text-runs';

/**
 * Formal minutes in the order UK minutes follow: header table, Present, Apologies, In
 * attendance, then each agenda item as a numbered heading (1, 2, 3) with its points numbered
 * under it (1.1, 1.2) and its decisions called out, then the actions and the next meeting.
 */
function itemParagraphs(
  item: ExportAgendaItem,
  data: MeetingExportData,
  lists: ListInstances,
): Paragraph[] {
  const matters = mattersArisingParagraphs(item, data);
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      numbering: { reference: POINTS, level: 0 },
      children: textRuns(item.reference ? `${item.reference.text} ${item.title}` : item.title),
    }),
  ];
  if (item.presenter.trim())
    out.push(
      textParagraph(`Presented by ${item.presenter}`, { italics: true, indent: POINT_INDENT }),
    );
  out.push(
    // Points are numbered as the Minutes tab numbers them, whoever built the data.
    ...richTextParagraphs(withPointNumbers(item.number, item.minutes), {
      headingBase: 3,
      lists,
      layout: lists.layout,
    }),
    ...(item.declarations ?? []).map((line) => textParagraph(line, { indent: POINT_INDENT })),
    ...item.decisions.map((decision) => decisionParagraph(decision, POINT_INDENT)),
    ...matters,
  );
  // Left open for after the meeting (found in the text or marked); resolved ones drop out.
  const open = item.questions.filter((question) => !question.resolved);
  out.push(
    ...open.map((q) => labelled('Open question', withoutQuestionLabel(q.text), POINT_INDENT)),
  );
  const refs = data.actions.filter((a) => a.itemNumber === item.number).map((a) => a.ref);
  if (refs.length > 0)
    out.push(
      textParagraph(
        `${refs.length === 1 ? 'Action' : 'Actions'} ${refs.join(', ')}: see Actions.`,
        {
          italics: true,
          indent: POINT_INDENT,
        },
      ),
    );
  const empty =
    item.minutes.length === 0 &&
    item.decisions.length === 0 &&
    open.length === 0 &&
    !item.declarations?.length &&
    refs.length === 0 &&
    matters.length === 0;
  // The date agreed always goes under its item; other standard items say so when empty.
  const words = isNextMeetingItem(item)
    ? nextMeetingSentence(data)
    : empty
      ? conventionalWords(item, data)
      : null;
  if (words) out.push(textParagraph(words, { indent: POINT_INDENT }));
  return out;
}

/** Draft references may still change: the minutes say so once, not on every heading. */
function provisionalNote(data: MeetingExportData): string {
  return data.agenda.some((item) => item.reference?.provisional)
    ? ' Minute references are provisional until the minutes are approved.'
    : '';
}

export function minutesTitle(data: MeetingExportData): string {
  return `Minutes: ${data.meeting.title}`;
}

export async function buildMinutesDocx(data: MeetingExportData): Promise<Uint8Array> {
  const lists = new ListInstances({
    base: POINT_INDENT,
    levels: listLevelsUsed(data.agenda.map((i) => i.minutes)),
  });
  const status =
    data.minutesStatus === 'approved'
      ? agreedWords(data)
      : `Draft minutes, subject to approval at the next meeting.${provisionalNote(data)}`;
  return packHouseDocument({
    title: minutesTitle(data),
    subject: `Minutes of the meeting held on ${longDateOrText(data.meeting.date)}`,
    group: heldBy(data),
    organisation: data.group.organisation,
    draft: isDraft(data),
    lists,
    body: [
      heading(minutesTitle(data), 1),
      textParagraph(
        `Minutes of the meeting held on ${longDateOrText(data.meeting.date)}. ${status}`,
      ),
      meetingHeaderTable(data),
      ...attendanceSections(data),
      ...data.agenda.flatMap((item) => itemParagraphs(item, data, lists)),
      ...actionsSection(data.actions),
      // Minutes whose agenda has no "Date of next meeting" item still end with the date.
      // Under its own item when the agenda has one; otherwise a section, but only when a date
      // was agreed: minutes do not report a heading the meeting never held (seed 000 has none).
      ...(data.agenda.some(isNextMeetingItem) || !data.nextMeeting ? [] : nextMeetingSection(data)),
      ...signatureBlock(data),
    ],
  });
}
