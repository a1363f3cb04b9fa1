import { longDateOrText } from '../../format/lenient-dates';
import type { ExportAction } from '../meeting-data';
import type { GenContext } from './context';
import { run } from './runs';
import { actionStatusText } from './values';
import { w, type XmlElement } from './xml';

/**
 * The action log as a table: Ref, Action, Owner, Due, Status, with a header row that repeats
 * on every page (w:tblHeader). It takes the template's "Table Grid" style when there is one,
 * and plain single borders otherwise, so the table is never an invisible grid.
 */
const COLUMNS = [
  { title: 'Ref', share: 8 },
  { title: 'Action', share: 46 },
  { title: 'Owner', share: 18 },
  { title: 'Due', share: 14 },
  { title: 'Status', share: 14 },
] as const;

// Twips across an A4 page inside 2.54 cm margins; Word rescales a 100% (pct 5000) table anyway.
const TABLE_TWIPS = 9026;

function borders(ctx: GenContext): XmlElement {
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  return w(
    ctx.doc,
    'tblBorders',
    {},
    sides.map((side) => w(ctx.doc, side, { val: 'single', sz: 4, space: 0, color: 'auto' })),
  );
}

function cell(ctx: GenContext, width: number, text: string, header: boolean): XmlElement {
  const tcPr = w(ctx.doc, 'tcPr', {}, [w(ctx.doc, 'tcW', { w: width, type: 'dxa' })]);
  const runs = text ? [run(ctx, { text }, { bold: header, plain: true })] : [];
  return w(ctx.doc, 'tc', {}, [tcPr, w(ctx.doc, 'p', {}, runs)]);
}

function row(ctx: GenContext, texts: readonly string[], header: boolean): XmlElement {
  const trPr = header
    ? w(ctx.doc, 'trPr', {}, [w(ctx.doc, 'cantSplit'), w(ctx.doc, 'tblHeader')])
    : w(ctx.doc, 'trPr', {}, [w(ctx.doc, 'cantSplit')]);
  const cells = COLUMNS.map((column, index) =>
    cell(ctx, Math.round((TABLE_TWIPS * column.share) / 100), texts[index] ?? '', header),
  );
  return w(ctx.doc, 'tr', {}, [trPr, ...cells]);
}

export function actionsTable(ctx: GenContext, actions: readonly ExportAction[]): XmlElement {
  const style = ctx.styles.find('table', 'Table Grid');
  const tblPr = w(ctx.doc, 'tblPr', {}, [
    style ? w(ctx.doc, 'tblStyle', { val: style.id }) : null,
    w(ctx.doc, 'tblW', { w: 5000, type: 'pct' }),
    style ? null : borders(ctx),
    w(ctx.doc, 'tblLook', {
      val: '04A0',
      firstRow: 1,
      lastRow: 0,
      firstColumn: 0,
      lastColumn: 0,
      noHBand: 0,
      noVBand: 1,
    }),
  ]);
  const grid = w(
    ctx.doc,
    'tblGrid',
    {},
    COLUMNS.map((column) =>
      w(ctx.doc, 'gridCol', { w: Math.round((TABLE_TWIPS * column.share) / 100) }),
    ),
  );
  const rows = actions.map((action) =>
    row(
      ctx,
      [
        action.ref,
        action.description,
        action.owner,
        action.due ? longDateOrText(action.due) : '',
        actionStatusText(action.status, action.due, ctx.today),
      ],
      false,
    ),
  );
  return w(ctx.doc, 'tbl', {}, [
    tblPr,
    grid,
    row(
      ctx,
      COLUMNS.map((c) => c.title),
      true,
    ),
    ...rows,
  ]);
}
