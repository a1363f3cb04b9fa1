import type { MeetingExportData, PersonLine } from '../meeting-data';
import type { RichBlock } from '../rich-text-data';
import { actionsTable } from './actions-table';
import { heading, paragraph, plain, richBlocks } from './blocks';
import type { GenContext } from './context';
import type { BlockPlaceholder } from './placeholders';
import { personText } from './values';
import type { XmlElement } from './xml';

/**
 * What each block placeholder becomes. Empty sections say so in words ("None recorded.")
 * rather than vanish, so a reader can tell "nobody sent apologies" from "the export broke".
 */
function people(ctx: GenContext, lines: readonly (PersonLine & { note?: string })[]) {
  if (lines.length === 0) return [paragraph(ctx, plain('None recorded.'))];
  return lines.map((person) =>
    paragraph(
      ctx,
      plain(person.note ? `${personText(person)} ${person.note}` : personText(person)),
    ),
  );
}

function attendees(ctx: GenContext, data: MeetingExportData) {
  return people(ctx, [
    ...data.attendance.present,
    ...data.attendance['in-attendance'].map((person) => ({ ...person, note: '(in attendance)' })),
  ]);
}

function agenda(ctx: GenContext, data: MeetingExportData) {
  if (data.agenda.length === 0) return [paragraph(ctx, plain('No agenda items.'))];
  const list: RichBlock = {
    type: 'list',
    ordered: true,
    start: 1,
    items: data.agenda.map((item) => ({
      blocks: [
        {
          type: 'paragraph',
          inlines: plain(item.presenter ? `${item.title} (${item.presenter})` : item.title),
        },
      ],
    })),
  };
  return richBlocks(ctx, [list], 1);
}

/**
 * Each item under the template's Heading 2 (or the first heading style it defines below
 * Heading 1), numbered as minutes are ("3. Steps to Become an Awarded Member") unless that
 * style numbers its paragraphs itself; headings inside the minutes go one level further down.
 */
function minutes(ctx: GenContext, data: MeetingExportData) {
  if (data.agenda.length === 0) return [paragraph(ctx, plain('No minutes recorded.'))];
  const itemStyle = ctx.styles.heading(2);
  const itemLevel = itemStyle?.level ?? 2;
  return data.agenda.flatMap((item) => {
    const named = item.reference ? `${item.reference.text} ${item.title}` : item.title;
    const title = itemStyle?.numbered ? named : `${item.number}. ${named}`;
    const declared = (item.declarations ?? []).map((line) => paragraph(ctx, plain(line)));
    const body =
      item.minutes.length > 0
        ? richBlocks(ctx, item.minutes, itemLevel + 1)
        : declared.length > 0
          ? []
          : [paragraph(ctx, plain('No minutes recorded for this item.'))];
    return [heading(ctx, itemLevel, plain(title)), ...declared, ...body];
  });
}

function decisions(ctx: GenContext, data: MeetingExportData) {
  const all = data.agenda.flatMap((item) => item.decisions);
  if (all.length === 0) return [paragraph(ctx, plain('No decisions were recorded.'))];
  return all.map((text) =>
    paragraph(ctx, [{ text: 'Decision:', bold: true }, { text: ` ${text}` }]),
  );
}

function actions(ctx: GenContext, data: MeetingExportData) {
  if (data.actions.length === 0) return [paragraph(ctx, plain('No actions were recorded.'))];
  return [actionsTable(ctx, data.actions)];
}

export const BLOCK_GENERATORS: Record<
  BlockPlaceholder,
  (ctx: GenContext, data: MeetingExportData) => XmlElement[]
> = {
  attendees,
  apologies: (ctx, data) => people(ctx, data.attendance.apologies),
  agenda,
  minutes,
  decisions,
  actions,
};
