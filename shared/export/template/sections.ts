import { describeNextMeeting } from '../../format/next-meeting';
import { conventionalWords, isNextMeetingItem, nextMeetingSentence } from '../formal-items';
import type { ExportAgendaItem, MeetingExportData, PersonLine } from '../meeting-data';
import type { Inline, RichBlock } from '../rich-text-data';
import { actionsTable } from './actions-table';
import { heading, paragraph, plain, richBlocks } from './blocks';
import type { GenContext } from './context';
import { agendaItemLines, type ItemTiming } from './item-fields';
import type { ActionFields } from './values';

/**
 * What each content placeholder becomes for each kind of document. Minutes say an empty
 * section in words ("None recorded.") rather than let it vanish, so a reader can tell "nobody
 * sent apologies" from "the export broke"; a summary leaves empty items out; an agenda holds
 * no minutes, decisions or actions at all.
 */
export type TemplateDocumentKind = 'minutes' | 'summary' | 'agenda';

export { isNextMeetingItem };

/** One sentence for the next meeting, the same wherever the template asks for it. */
export function nextMeetingText(data: MeetingExportData): string {
  const when = data.nextMeeting && describeNextMeeting(data.nextMeeting);
  return when ?? 'To be confirmed';
}

export function people(ctx: GenContext, lines: readonly (PersonLine & { note?: string })[]) {
  if (lines.length === 0) return [paragraph(ctx, plain('None recorded.'))];
  return lines.map((person) =>
    paragraph(ctx, plain([personText(person), person.note].filter(Boolean).join(' '))),
  );
}

/** 'Jennifer Jennings, Migration Support Officer, Leeds City Council', skipping blanks. */
export function personText(person: { name: string; role: string; organisation: string }) {
  return [person.name, person.role, person.organisation]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
}

export function attendees(ctx: GenContext, data: MeetingExportData) {
  return people(ctx, [
    ...data.attendance.present,
    ...data.attendance['in-attendance'].map((person) => ({ ...person, note: '(in attendance)' })),
  ]);
}

export function agendaList(ctx: GenContext, items: readonly ExportAgendaItem[]) {
  if (items.length === 0) return [paragraph(ctx, plain('No agenda items.'))];
  const list: RichBlock = {
    type: 'list',
    ordered: true,
    start: items[0]?.number ?? 1,
    items: items.map((item) => ({
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

export function decisionParagraphs(ctx: GenContext, decisions: readonly string[]) {
  return decisions.map((text) =>
    paragraph(ctx, [{ text: 'Decision:', bold: true }, { text: ` ${text}` }]),
  );
}

/**
 * The item's own minutes, its decisions (unless the template places them itself, with
 * {{#decisions}} or {{decisions}} inside {{#items}}) and, for the next meeting, the date.
 */
export function itemMinutes(
  ctx: GenContext,
  data: MeetingExportData,
  item: ExportAgendaItem,
  kind: TemplateDocumentKind,
  minHeading: number,
  withDecisions = true,
): string[] {
  if (kind === 'agenda') return [];
  const declared = (item.declarations ?? []).map((line) => paragraph(ctx, plain(line)));
  const body = richBlocks(ctx, item.minutes, minHeading);
  const decided = withDecisions ? decisionParagraphs(ctx, item.decisions) : [];
  const questions =
    kind === 'summary'
      ? item.questions
          .filter((q) => !q.resolved)
          .map((q) =>
            paragraph(ctx, [{ text: 'Open question:', bold: true }, { text: ` ${q.text}` }]),
          )
      : [];
  const out = [...declared, ...body, ...decided, ...questions];
  if (isNextMeetingItem(item) && item.minutes.length === 0)
    return [...out, paragraph(ctx, plain(nextMeetingSentence(data)))];
  if (out.length > 0 || kind !== 'minutes' || (!withDecisions && item.decisions.length > 0))
    return out;
  const words = conventionalWords(item, data);
  return words ? [paragraph(ctx, plain(words))] : [];
}

/** Does a summary have anything to say under this item? */
export function hasContent(item: ExportAgendaItem): boolean {
  return (
    item.minutes.length > 0 ||
    item.decisions.length > 0 ||
    (item.declarations?.length ?? 0) > 0 ||
    item.questions.some((q) => !q.resolved)
  );
}

/**
 * {{minutes}} at the top of the template: the body of the document asked for. Each item sits
 * under the template's Heading 2 (or the first heading style it defines below Heading 1),
 * numbered as minutes are ("3. Steps to Become an Awarded Member") unless that style numbers
 * its paragraphs itself; headings inside the minutes go one level further down.
 */
export function documentBody(
  ctx: GenContext,
  data: MeetingExportData,
  items: readonly ExportAgendaItem[],
  kind: TemplateDocumentKind,
  timings: ReadonlyMap<string, ItemTiming>,
): string[] {
  if (items.length === 0)
    return kind === 'summary' ? [] : [paragraph(ctx, plain('No agenda items.'))];
  const itemStyle = ctx.styles.heading(2);
  const itemLevel = itemStyle?.level ?? 2;
  return items.flatMap((item) => {
    const named = item.reference ? `${item.reference.text} ${item.title}` : item.title;
    const title = itemStyle?.numbered ? named : `${item.number}. ${named}`;
    const lines: Inline[][] = kind === 'agenda' ? agendaItemLines(item, timings.get(item.id)) : [];
    return [
      heading(ctx, itemLevel, plain(title)),
      ...lines.map((inlines) => paragraph(ctx, inlines)),
      ...itemMinutes(ctx, data, item, kind, itemLevel + 1),
    ];
  });
}

/** {{decisions}} at the top: each decision under the item it was made in. */
export function allDecisions(ctx: GenContext, items: readonly ExportAgendaItem[]) {
  const withDecisions = items.filter((item) => item.decisions.length > 0);
  if (withDecisions.length === 0) return [paragraph(ctx, plain('No decisions were recorded.'))];
  return withDecisions.flatMap((item) => [
    paragraph(ctx, [{ text: `${item.number}. ${item.title}`, bold: true }]),
    ...decisionParagraphs(ctx, item.decisions),
  ]);
}

export function actionsBlock(ctx: GenContext, actions: readonly ActionFields[]) {
  if (actions.length === 0) return [paragraph(ctx, plain('No actions were recorded.'))];
  return [actionsTable(ctx, actions)];
}
