import { TextRun, type Paragraph, type Table } from 'docx';
import type { ActionStatus } from '../../model';
import { ACTION_STATUS_LABELS } from '../../format/action-status';
import { longDateOrText } from '../../format/lenient-dates';
import { heading, textParagraph } from './meeting-parts';
import { packHouseDocument } from './pack';
import { dataTable, type Cell, type Column } from './tables';
import { textRuns } from './text-runs';

/**
 * The action log: every open or in-progress action across meetings, grouped by owner or by
 * the meeting that raised it, with overdue actions flagged in words ("Overdue"), never by
 * colour alone.
 */
export type ActionLogGrouping = 'owner' | 'meeting';

export interface ActionLogEntry {
  /** A1, A2 … within its meeting, as the meeting's minutes number it. */
  ref?: string;
  description: string;
  owner: string;
  /** 'YYYY-MM-DD' or null. */
  due: string | null;
  status: ActionStatus;
  meetingTitle: string;
  /** 'YYYY-MM-DD'. */
  meetingDate: string;
}

export interface ActionLogData {
  group: { name: string; organisation: string };
  /** 'YYYY-MM-DD': actions due before it are overdue. */
  today: string;
  groupBy: ActionLogGrouping;
  actions: ActionLogEntry[];
}

const OPEN: readonly ActionStatus[] = ['open', 'in progress'];

export const isOpenEntry = (entry: ActionLogEntry): boolean => OPEN.includes(entry.status);
export const isOverdueEntry = (entry: ActionLogEntry, today: string): boolean =>
  isOpenEntry(entry) && entry.due !== null && entry.due < today;

const meetingLabel = (e: ActionLogEntry) =>
  e.meetingDate ? `${longDateOrText(e.meetingDate)}: ${e.meetingTitle}` : e.meetingTitle;

/** Groups in reading order: owners A to Z, or meetings oldest first. */
export function groupActionLog(log: ActionLogData): [string, ActionLogEntry[]][] {
  const groups = new Map<string, { sort: string; entries: ActionLogEntry[] }>();
  for (const entry of log.actions.filter(isOpenEntry)) {
    const name = log.groupBy === 'owner' ? entry.owner.trim() || 'No owner' : meetingLabel(entry);
    const sort = log.groupBy === 'owner' ? name : `${entry.meetingDate} ${entry.meetingTitle}`;
    const group = groups.get(name) ?? { sort, entries: [] };
    group.entries.push(entry);
    groups.set(name, group);
  }
  const byDue = (a: ActionLogEntry, b: ActionLogEntry) =>
    (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
    a.meetingDate.localeCompare(b.meetingDate) ||
    (a.ref ?? '').localeCompare(b.ref ?? '', 'en-GB', { numeric: true });
  return [...groups.entries()]
    .sort(([, a], [, b]) => a.sort.localeCompare(b.sort, 'en-GB'))
    .map(([name, group]) => [name, group.entries.sort(byDue)]);
}

function statusCell(entry: ActionLogEntry, today: string): Cell {
  const label = ACTION_STATUS_LABELS[entry.status];
  if (!isOverdueEntry(entry, today)) return label;
  return [new TextRun({ text: 'Overdue', bold: true }), ...textRuns(` (${label.toLowerCase()})`)];
}

export function actionLogTitle(log: ActionLogData): string {
  return `${log.group.name}: action log`;
}

export async function buildActionLogDocx(log: ActionLogData): Promise<Uint8Array> {
  const open = log.actions.filter(isOpenEntry);
  const overdue = open.filter((e) => isOverdueEntry(e, log.today)).length;
  const other: Column =
    log.groupBy === 'owner' ? { title: 'Meeting', share: 4 } : { title: 'Owner', share: 3 };
  // Wide enough for a register reference ("SG 23/14 A2") on one line, not only "A1".
  const longestRef = Math.max(0, ...open.map((e) => e.ref?.length ?? 0));
  const columns = [
    { title: 'Ref', share: Math.max(1.5, longestRef * 0.3) },
    { title: 'Action', share: 6 },
    other,
    { title: 'Due', share: 3 },
    { title: 'Status', share: 3 },
  ];
  const body: (Paragraph | Table)[] = [
    heading(actionLogTitle(log), 1),
    textParagraph(
      `Open actions as at ${longDateOrText(log.today)}: ${open.length}, of which ${overdue} overdue. ` +
        `Grouped by ${log.groupBy}.`,
    ),
  ];
  for (const [name, entries] of groupActionLog(log)) {
    body.push(
      heading(name),
      dataTable(
        columns,
        entries.map((e) => [
          e.ref ?? '',
          e.description,
          log.groupBy === 'owner' ? meetingLabel(e) : e.owner,
          longDateOrText(e.due) || 'No date',
          statusCell(e, log.today),
        ]),
      ),
    );
  }
  if (open.length === 0) body.push(textParagraph('There are no open actions.'));
  return packHouseDocument({
    title: actionLogTitle(log),
    subject: `Open actions as at ${longDateOrText(log.today)}`,
    group: log.group.name,
    organisation: log.group.organisation,
    draft: false,
    lists: { base: 0, levels: 1 },
    body,
  });
}
