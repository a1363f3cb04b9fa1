import { longDateOrText } from '../../format/lenient-dates';
import { describeNextMeeting } from '../../format/next-meeting';
import { withoutQuestionLabel } from '../../rules/open-questions';
import { HeadingLevel, Paragraph } from 'docx';
import type { ExportAgendaItem, MeetingExportData } from '../meeting-data';
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
import { ListInstances, listLevelsUsed, POINT_INDENT, POINTS, type ListLayout } from './numbering';
import { packHouseDocument } from './pack';
import { richTextParagraphs } from './rich-text-paragraphs';
import { textRuns } from './text-runs';

/**
 * Formal minutes in the order UK minutes follow: header table, Present, Apologies, In
 * attendance, then each agenda item as a numbered heading (1, 2, 3) with its points numbered
 * under it (1.1, 1.2) and its decisions called out, then the actions and the next meeting.
 */
const POINT = { reference: POINTS, level: 1 } as const;

/** The standard agenda's closing item; the date agreed goes under it, not in a section after. */
const NEXT_MEETING_ITEM = /^date of (the )?next meeting$/i;

function isNextMeetingItem(item: ExportAgendaItem): boolean {
  return NEXT_MEETING_ITEM.test(item.title.trim());
}

function itemParagraphs(
  item: ExportAgendaItem,
  data: MeetingExportData,
  lists: ListInstances,
  layout: ListLayout,
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
    ...richTextParagraphs(item.minutes, {
      headingBase: 3,
      lists,
      layout,
      pointNumbering: POINT,
    }),
    ...(item.declarations ?? []).map((line) => textParagraph(line, { indent: POINT_INDENT })),
    ...item.decisions.map((decision) => decisionParagraph(decision, true)),
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
  if (isNextMeetingItem(item)) {
    const when = data.nextMeeting ? describeNextMeeting(data.nextMeeting) : null;
    out.push(
      textParagraph(
        when
          ? `The next meeting will be held on ${when}.`
          : 'The date of the next meeting is to be confirmed.',
        {
          indent: POINT_INDENT,
        },
      ),
    );
  } else if (
    item.minutes.length === 0 &&
    item.decisions.length === 0 &&
    open.length === 0 &&
    !item.declarations?.length &&
    refs.length === 0 &&
    matters.length === 0
  )
    out.push(
      textParagraph('Nothing was minuted under this item.', {
        italics: true,
        indent: POINT_INDENT,
      }),
    );
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
  const lists = new ListInstances();
  const layout = { base: POINT_INDENT, levels: listLevelsUsed(data.agenda.map((i) => i.minutes)) };
  const status =
    data.minutesStatus === 'approved'
      ? `Approved as a correct record${data.approvedOn ? ` on ${longDateOrText(data.approvedOn)}` : ''}.`
      : `Draft minutes, subject to approval at the next meeting.${provisionalNote(data)}`;
  return packHouseDocument({
    title: minutesTitle(data),
    subject: `Minutes of the meeting held on ${longDateOrText(data.meeting.date)}`,
    group: data.group.name,
    organisation: data.group.organisation,
    draft: isDraft(data),
    lists: layout,
    body: [
      heading(minutesTitle(data), 1),
      textParagraph(
        `Minutes of the meeting held on ${longDateOrText(data.meeting.date)}. ${status}`,
      ),
      meetingHeaderTable(data),
      ...attendanceSections(data),
      ...data.agenda.flatMap((item) => itemParagraphs(item, data, lists, layout)),
      ...actionsSection(data.actions),
      // Minutes whose agenda has no "Date of next meeting" item still end with the date.
      ...(data.agenda.some(isNextMeetingItem) ? [] : nextMeetingSection(data)),
    ],
  });
}
