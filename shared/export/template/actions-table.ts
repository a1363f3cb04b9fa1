import { columnShares } from './column-widths';
import type { GenContext } from './context';
import { run } from './runs';
import type { ActionFields } from './values';
import { wx } from './xml-write';

/**
 * The action log as a table: Ref, Action, Owner, Due, Status, with a header row that repeats
 * on every page (w:tblHeader). It takes the template's "Table Grid" style when there is one,
 * and plain single borders otherwise, so the table is never an invisible grid.
 */
export const COLUMNS = [
  { title: 'Ref', field: 'ref', whole: true },
  { title: 'Action', field: 'action', whole: false },
  { title: 'Owner', field: 'owner', whole: false },
  // "14 September 2023" stays on one line: at a fixed 14% it broke as "Septembe r".
  { title: 'Due', field: 'due', whole: true },
  { title: 'Status', field: 'status', whole: false },
] as const;

// Twips across an A4 page inside 2.54 cm margins; Word rescales a 100% (pct 5000) table anyway.
const TABLE_TWIPS = 9026;

function borders(): string {
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  return wx(
    'tblBorders',
    {},
    sides.map((side) => wx(side, { val: 'single', sz: 4, space: 0, color: 'auto' })),
  );
}

function cell(ctx: GenContext, width: number, text: string, header: boolean): string {
  const tcPr = wx('tcPr', {}, [wx('tcW', { w: width, type: 'dxa' })]);
  const runs = text ? [run(ctx, { text }, { bold: header, plain: true })] : [];
  return wx('tc', {}, [tcPr, wx('p', {}, runs)]);
}

function row(
  ctx: GenContext,
  texts: readonly string[],
  widths: readonly number[],
  header: boolean,
): string {
  const trPr = header
    ? wx('trPr', {}, [wx('cantSplit'), wx('tblHeader')])
    : wx('trPr', {}, [wx('cantSplit')]);
  const cells = widths.map((width, index) => cell(ctx, width, texts[index] ?? '', header));
  return wx('tr', {}, [trPr, ...cells]);
}

/** Rows already worded by the caller: minutes show each action as it stood at the meeting,
 * the action log as it stands on the log's date. */
export function actionsTable(ctx: GenContext, actions: readonly ActionFields[]): string {
  const style = ctx.styles.find('table', 'Table Grid');
  const tblPr = wx('tblPr', {}, [
    style ? wx('tblStyle', { val: style.id }) : null,
    wx('tblW', { w: 5000, type: 'pct' }),
    style ? null : borders(),
    wx('tblLook', {
      val: '04A0',
      firstRow: 1,
      lastRow: 0,
      firstColumn: 0,
      lastColumn: 0,
      noHBand: 0,
      noVBand: 1,
    }),
  ]);
  const shares = columnShares(
    COLUMNS.map((column) => ({
      header: column.title,
      cells: actions.map((action) => action[column.field]),
      whole: column.whole,
    })),
  );
  const widths = shares.map((share) => Math.round(TABLE_TWIPS * share));
  const grid = wx(
    'tblGrid',
    {},
    widths.map((width) => wx('gridCol', { w: width })),
  );
  const rows = actions.map((action) =>
    row(
      ctx,
      COLUMNS.map((column) => action[column.field]),
      widths,
      false,
    ),
  );
  return wx('tbl', {}, [
    tblPr,
    grid,
    row(
      ctx,
      COLUMNS.map((c) => c.title),
      widths,
      true,
    ),
    ...rows,
  ]);
}
