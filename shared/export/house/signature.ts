import { LeaderType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { longDateOrText } from '../../format/lenient-dates';
import type { MeetingExportData } from '../meeting-data';
import { TEXT_WIDTH } from './tables';

/**
 * The foot of approved minutes, as councils sign them: "Agreed as a correct record on …",
 * then a line for the chair's signature and the date, drawn as dotted tab leaders so the
 * printed page has room to sign and a screen reader hears "Chair", "Date", not dots.
 */
export function agreedWords(data: MeetingExportData): string {
  return `Agreed as a correct record${data.approvedOn ? ` on ${longDateOrText(data.approvedOn)}` : ''}.`;
}

const CHAIR_LINE_END = Math.round(TEXT_WIDTH * 0.6);

export function signatureBlock(data: MeetingExportData): Paragraph[] {
  if (data.minutesStatus !== 'approved') return [];
  return [
    new Paragraph({
      spacing: { before: 480 },
      keepNext: true,
      children: [new TextRun(agreedWords(data))],
    }),
    new Paragraph({
      // Room above the line for a signature in ink.
      spacing: { before: 720 },
      keepLines: true,
      tabStops: [
        { type: TabStopType.LEFT, position: CHAIR_LINE_END, leader: LeaderType.DOT },
        { type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT },
      ],
      children: [
        new TextRun({ text: 'Chair', bold: true }),
        new TextRun({ children: [new Tab()] }),
        new TextRun({ text: '  Date', bold: true }),
        new TextRun({ children: [new Tab()] }),
      ],
    }),
  ];
}
