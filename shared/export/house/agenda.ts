import { HeadingLevel, Paragraph, type Table } from 'docx';
import { AGENDA_PURPOSE_LABELS } from '../../model/agenda-purpose';
import { formatClockTime } from '../../format/dates';
import { agendaTimings, type AgendaTiming } from '../agenda-timings';
import { formatMinutes } from '../../format/durations';
import type { ExportAgendaItem, MeetingExportData } from '../meeting-data';
import { heldBy } from '../meeting-data';

export { agendaTimings, type AgendaTiming };
import { longDateOrText } from '../../format/lenient-dates';
import { heading, labelled, meetingHeaderTable, textParagraph } from './meeting-parts';
import { POINT_INDENT, POINTS } from './numbering';
import { packHouseDocument } from './pack';
import { textRuns } from './text-runs';

/**
 * The agenda for circulation: each item numbered (Word numbering), with its start time worked
 * out from the meeting's start and the time allotted to the items before it, its presenter
 * and its purpose, so members know when to join and what is asked of them.
 */
/** "1pm - 1.05pm (5 minutes)", or what is known of it; null when nothing is (no Time line). */
function timeLine(timing: AgendaTiming | undefined, minutes: number): string | null {
  const allotted = minutes > 0 ? formatMinutes(minutes) : null;
  if (timing?.start && timing.end && allotted)
    return `${formatClockTime(timing.start)} - ${formatClockTime(timing.end)} (${allotted})`;
  if (timing?.start) return formatClockTime(timing.start);
  return allotted;
}

function itemParagraphs(item: ExportAgendaItem, timing: AgendaTiming | undefined): Paragraph[] {
  const time = timeLine(timing, item.allottedMinutes);
  const lines: [string, string][] = time ? [['Time', time]] : [];
  if (item.presenter.trim()) lines.push(['Presenter', item.presenter]);
  lines.push(['Purpose', AGENDA_PURPOSE_LABELS[item.purpose]]);
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      numbering: { reference: POINTS, level: 0 },
      children: textRuns(item.title),
    }),
    ...lines.map(([label, value]) => labelled(label, value, POINT_INDENT)),
  ];
  if (item.notes.trim()) out.push(textParagraph(item.notes, { indent: POINT_INDENT }));
  return out;
}

export function agendaTitle(data: MeetingExportData): string {
  return `Agenda: ${data.meeting.title}`;
}

export async function buildAgendaDocx(data: MeetingExportData): Promise<Uint8Array> {
  const timings = agendaTimings(data.meeting.startTime, data.agenda);
  const body: (Paragraph | Table)[] = [heading(agendaTitle(data), 1), meetingHeaderTable(data)];
  data.agenda.forEach((item, index) => body.push(...itemParagraphs(item, timings[index])));
  if (data.agenda.length === 0) body.push(textParagraph('No items have been added yet.'));
  return packHouseDocument({
    title: agendaTitle(data),
    subject: `Agenda for the meeting on ${longDateOrText(data.meeting.date)}`,
    group: heldBy(data),
    organisation: data.group.organisation,
    draft: false,
    lists: { base: POINT_INDENT, levels: 1 },
    body,
  });
}
