import {
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { TABLE_TEXT_STYLE } from './styles';
import { startsRightToLeft, textRuns } from './text-runs';

/**
 * Tables a screen reader can walk: every data table has a header row (w:tblHeader), which Word
 * also repeats at the top of each page the table runs on to. A table of labels and values has
 * none: its labels are its first column.
 */

/** A4 less Word's default 2.54cm margins, in twips. */
export const TEXT_WIDTH = 9026;

export interface Column {
  title: string;
  /** Share of the text width; shares need not add up to anything. */
  share: number;
}

/** A cell's content: plain text, or runs when part of it needs emphasis. */
export type Cell = string | ParagraphChild[];

const HEADER_FILL = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } as const;

function cellParagraph(content: Cell, bold = false): Paragraph {
  if (typeof content !== 'string')
    return new Paragraph({ style: TABLE_TEXT_STYLE, children: content });
  return new Paragraph({
    style: TABLE_TEXT_STYLE,
    ...(startsRightToLeft(content) ? { bidirectional: true } : {}),
    children: textRuns(content, bold ? { bold: true } : {}),
  });
}

function widths(shares: readonly number[]): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0) || 1;
  return shares.map((share) => Math.round((TEXT_WIDTH * share) / total));
}

function cell(content: Cell, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: HEADER_FILL } : {}),
    children: [cellParagraph(content, header)],
  });
}

/** A table of records (attendees, actions) under a header row of column titles. */
export function dataTable(columns: readonly Column[], rows: readonly (readonly Cell[])[]): Table {
  const columnWidths = widths(columns.map((c) => c.share));
  const at = (index: number) => columnWidths[index] ?? 0;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    tableLook: { firstRow: true, firstColumn: false, noVBand: true },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((column, i) => cell(column.title, at(i), true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((value, i) => cell(value, at(i), false)),
          }),
      ),
    ],
  });
}

/**
 * Label and value pairs, as the council's own header table sets out "To:", "Date:" …
 * (seed 004). The labels are the first column, marked as such (tblLook firstColumn). No row
 * is a header row: "Meeting / Steering Group" is not a column heading, and a screen reader
 * told it was would announce "Steering Group" before every date and time.
 */
export function keyValueTable(pairs: readonly (readonly [string, string])[]): Table {
  const columnWidths = widths([1, 3]);
  const [labelWidth, valueWidth] = columnWidths as [number, number];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    tableLook: { firstRow: false, firstColumn: true, noVBand: true, noHBand: true },
    rows: pairs.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell(label, labelWidth, true), cell(value, valueWidth, false)],
        }),
    ),
  });
}
