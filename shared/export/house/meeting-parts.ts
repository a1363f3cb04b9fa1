import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import { ACTION_STATUS_LABELS } from '../../format/action-status';
import { longDateOrText, timeRangeOrText } from '../../format/lenient-dates';
import { describeNextMeeting } from '../../format/next-meeting';
import type { ExportAction, MeetingExportData, PersonLine } from '../meeting-data';
import { DECISION_STYLE } from './styles';
import { dataTable, keyValueTable } from './tables';
import { startsRightToLeft, textRuns } from './text-runs';

/** Pieces the meeting documents share: header table, attendance, actions, next meeting. */

export const isDraft = (data: MeetingExportData): boolean => data.minutesStatus !== 'approved';

/**
 * The meeting's When and Where, leaving out what the records do not give (a meeting entered
 * from records may have no times or venue): a blank "Time:" would read as a mistake.
 */
export function whenAndWhere(data: MeetingExportData): [string, string][] {
  const { meeting } = data;
  const rows: [string, string][] = [
    ['Date', longDateOrText(meeting.date)],
    ['Time', timeRangeOrText(meeting.startTime, meeting.endTime)],
    ['Venue', meeting.venue.trim()],
  ];
  return rows.filter(([, value]) => value !== '');
}

/** "Rose McCarthy (Leeds CoS steering group member, Leeds City of Sanctuary)", as seed 001 lists its attendees. */
export function personWithRole(person: PersonLine): string {
  const about = [person.role, person.organisation].map((part) => part.trim()).filter(Boolean);
  return about.length > 0 ? `${person.name} (${about.join(', ')})` : person.name;
}

export function heading(text: string, level: 1 | 2 | 3 = 2): Paragraph {
  const headingLevel = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][
    level - 1
  ];
  return new Paragraph({
    heading: headingLevel,
    ...(startsRightToLeft(text) ? { bidirectional: true } : {}),
    children: textRuns(text),
  });
}

export function textParagraph(
  text: string,
  { italics, indent }: { italics?: boolean; indent?: number } = {},
): Paragraph {
  return new Paragraph({
    ...(startsRightToLeft(text) ? { bidirectional: true } : {}),
    ...(indent ? { indent: { left: indent } } : {}),
    children: textRuns(text, italics ? { italics } : {}),
  });
}

/** "Date: 9 October 2023", the label in bold, as seed 000 heads its summary. */
export function labelled(label: string, value: string, indent = 0): Paragraph {
  return new Paragraph({
    spacing: { after: 40 },
    ...(indent ? { indent: { left: indent } } : {}),
    children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)],
  });
}

/**
 * "Decision: …" in the Decision style. It is not a numbered point (the Minutes tab does not
 * number it); in formal minutes it lines up with the item's text (`indent`).
 */
export function decisionParagraph(text: string, indent = 0): Paragraph {
  return new Paragraph({
    style: DECISION_STYLE,
    ...(indent ? { indent: { left: indent } } : {}),
    children: [new TextRun({ text: 'Decision: ', bold: true }), ...textRuns(text)],
  });
}

const personName = (person: PersonLine | null) => person?.name ?? 'Not recorded';

export function meetingHeaderTable(data: MeetingExportData): Table {
  return keyValueTable([
    ['Meeting', data.meeting.title],
    ...whenAndWhere(data),
    ['Chair', personName(data.chair)],
  ]);
}

const PEOPLE_COLUMNS = [
  { title: 'Name', share: 3 },
  { title: 'Role', share: 3 },
  { title: 'Organisation', share: 3 },
];

/** Present, Apologies, In attendance: each a heading and a table, or "None recorded." */
export function attendanceSections(data: MeetingExportData): (Paragraph | Table)[] {
  const sections: [string, PersonLine[]][] = [
    ['Present', data.attendance.present],
    ['Apologies', data.attendance.apologies],
    ['In attendance', data.attendance['in-attendance']],
  ];
  return sections.flatMap(([title, people]) => [
    heading(title),
    people.length > 0
      ? dataTable(
          PEOPLE_COLUMNS,
          people.map((p) => [p.name, p.role, p.organisation]),
        )
      : textParagraph('None recorded.'),
  ]);
}

const ACTION_COLUMNS = [
  { title: 'Ref', share: 1.5 },
  { title: 'Action', share: 6 },
  { title: 'Owner', share: 3 },
  { title: 'Due', share: 3 },
  { title: 'Status', share: 2.5 },
];

export function actionsSection(actions: readonly ExportAction[]): (Paragraph | Table)[] {
  if (actions.length === 0) return [heading('Actions'), textParagraph('No actions were recorded.')];
  return [
    heading('Actions'),
    dataTable(
      ACTION_COLUMNS,
      actions.map((a) => [
        a.ref,
        a.description,
        a.owner,
        longDateOrText(a.due) || 'No date',
        ACTION_STATUS_LABELS[a.status],
      ]),
    ),
  ];
}

export function nextMeetingSection(data: MeetingExportData): Paragraph[] {
  const when = data.nextMeeting ? describeNextMeeting(data.nextMeeting) : null;
  return [heading('Date of next meeting'), textParagraph(when ?? 'To be confirmed.')];
}
