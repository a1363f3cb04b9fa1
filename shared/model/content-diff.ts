import { inlineText, type RichBlock } from '../export/rich-text-data';
import type { FrozenContent, FrozenHeaderKey } from './frozen-content';

/**
 * A readable difference between the approved record and what the meeting holds now, line by
 * line under headings a person recognises ("Meeting details", "Attendance", each item), so the
 * chair can see what a late edit changed before deciding to keep or reopen.
 */
export interface DiffLine {
  change: 'same' | 'removed' | 'added';
  text: string;
}

export interface DiffSection {
  heading: string;
  lines: DiffLine[];
}

const HEADER_LABELS: Record<FrozenHeaderKey, string> = {
  title: 'Title',
  date: 'Date',
  startTime: 'Start',
  endTime: 'End',
  venueKind: 'Venue kind',
  venue: 'Venue',
  chairId: 'Chair',
  minuteTakerId: 'Minute-taker',
  nextMeetingDate: 'Date of next meeting',
  nextMeetingStartTime: 'Next meeting starts',
  nextMeetingEndTime: 'Next meeting ends',
};

const PERSON_KEYS = new Set<FrozenHeaderKey>(['chairId', 'minuteTakerId']);

/** Plain text lines of rich minutes: one per paragraph or heading, list items bulleted. */
export function minutesLines(blocks: readonly RichBlock[], indent = ''): string[] {
  return blocks.flatMap((block) => {
    if (block.type !== 'list') return [`${indent}${inlineText(block.inlines)}`];
    return block.items.flatMap((item, index) => {
      const marker = block.ordered ? `${block.start + index}.` : '•';
      const [first = '', ...rest] = minutesLines(item.blocks, `${indent}   `);
      return [`${indent}${marker} ${first.trimStart()}`, ...rest];
    });
  });
}

/** Longest-common-subsequence line diff: small inputs (one item's minutes), so O(n·m) is fine. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const width = after.length + 1;
  // common(i, j): length of the longest common subsequence of before[i..] and after[j..].
  const table = new Array<number>((before.length + 1) * width).fill(0);
  const common = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      table[i * width + j] =
        before[i] === after[j]
          ? common(i + 1, j + 1) + 1
          : Math.max(common(i + 1, j), common(i, j + 1));
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const removed = before[i];
    const added = after[j];
    if (removed !== undefined && removed === added) {
      lines.push({ change: 'same', text: removed });
      i++;
      j++;
    } else if (
      removed !== undefined &&
      (added === undefined || common(i + 1, j) >= common(i, j + 1))
    ) {
      // Removed lines come before the lines that replace them, as diffs are read.
      lines.push({ change: 'removed', text: removed });
      i++;
    } else {
      lines.push({ change: 'added', text: added ?? '' });
      j++;
    }
  }
  return lines;
}

function headerLines(content: FrozenContent, nameOf: (id: string) => string): string[] {
  return (Object.keys(HEADER_LABELS) as FrozenHeaderKey[]).map((key) => {
    const value = content.header[key];
    const shown = value === null ? '(none)' : PERSON_KEYS.has(key) ? nameOf(value) : value;
    return `${HEADER_LABELS[key]}: ${shown}`;
  });
}

function attendanceLines(content: FrozenContent, nameOf: (id: string) => string): string[] {
  return Object.entries(content.attendance)
    .map(([personId, status]) => `${nameOf(personId)}: ${status}`)
    .sort();
}

function itemLines(content: FrozenContent, id: string): string[] {
  const item = content.items.find((i) => i.id === id);
  if (!item) return [];
  return [
    `Item: ${item.title}`,
    ...minutesLines(item.minutes),
    ...item.decisions.map((decision) => `Decision: ${decision}`),
  ];
}

/** Only the sections that differ; an empty list means nothing changed. */
export function diffFrozenContent(
  approved: FrozenContent,
  current: FrozenContent,
  nameOf: (personId: string) => string = (id) => id,
): DiffSection[] {
  const sections: DiffSection[] = [
    {
      heading: 'Meeting details',
      lines: diffLines(headerLines(approved, nameOf), headerLines(current, nameOf)),
    },
    {
      heading: 'Attendance',
      lines: diffLines(attendanceLines(approved, nameOf), attendanceLines(current, nameOf)),
    },
  ];
  const titles = new Map([...approved.items, ...current.items].map((i) => [i.id, i.title]));
  for (const [id, title] of titles) {
    sections.push({
      heading: title,
      lines: diffLines(itemLines(approved, id), itemLines(current, id)),
    });
  }
  return sections.filter((section) => section.lines.some((line) => line.change !== 'same'));
}
