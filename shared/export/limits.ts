import * as Y from 'yjs';
import { agendaMap, listAgenda, minutesFragment } from '../model';

/**
 * How large a meeting the Word export will build. Real meetings sit far below every bound (a
 * council agenda has a dozen or two items, lists nest three or four deep); a workspace file
 * built to hurt can hold 200,000 items, which run the export out of memory, or lists nested
 * 10,000 deep, which overflow the stack of every recursive reader and writer. The meeting
 * document is measured here without recursion, before anything is read or built, and one
 * bound met is one line saying what to change.
 */
export const EXPORT_LIMITS = {
  agendaItems: 500,
  /** Word numbers nine levels; the editor allows more, but no minutes need twenty. */
  listDepth: 20,
  /** Paragraphs, headings and list items across all the minutes: well over 1,000 pages. */
  minutesBlocks: 50_000,
  /** Characters of minutes across all items: about 800 pages of text. */
  minutesCharacters: 2_000_000,
} as const;

const count = (n: number) => n.toLocaleString('en-GB');

export const EXPORT_LIMIT_MESSAGES = {
  agendaItems: (found: number) =>
    `This meeting has ${count(found)} agenda items; an export holds at most ${count(EXPORT_LIMITS.agendaItems)}, so split the meeting or remove items and export again.`,
  listDepth: (item: string) =>
    `The minutes of ${item} have lists nested more than ${EXPORT_LIMITS.listDepth} levels deep; flatten the list and export again.`,
  minutesBlocks: `This meeting’s minutes have more than ${count(EXPORT_LIMITS.minutesBlocks)} paragraphs and list items; split them across meetings and export again.`,
  minutesCharacters: `This meeting’s minutes are longer than ${count(EXPORT_LIMITS.minutesCharacters)} characters; split them across meetings and export again.`,
} as const;

const LISTS = new Set(['bulletList', 'orderedList']);
const BLOCKS = new Set(['paragraph', 'heading', 'listItem']);

/** The first limit the meeting passes, as the line to show, or null if it is within all. */
export function meetingExportLimit(meetingDoc: Y.Doc): string | null {
  const size = agendaMap(meetingDoc).size;
  if (size > EXPORT_LIMITS.agendaItems) return EXPORT_LIMIT_MESSAGES.agendaItems(size);
  let blocks = 0;
  let characters = 0;
  for (const item of listAgenda(meetingDoc)) {
    // Depth-first with an explicit stack: recursion is what a hostile depth breaks.
    const stack: [Y.XmlElement | Y.XmlText, number][] = minutesFragment(meetingDoc, item.id)
      .toArray()
      .filter((node): node is Y.XmlElement | Y.XmlText => !(node instanceof Y.XmlHook))
      .map((node) => [node, 0]);
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
      const [node, depth] = entry;
      if (node instanceof Y.XmlText) {
        characters += node.length;
        if (characters > EXPORT_LIMITS.minutesCharacters)
          return EXPORT_LIMIT_MESSAGES.minutesCharacters;
        continue;
      }
      const listDepth = LISTS.has(node.nodeName) ? depth + 1 : depth;
      if (listDepth > EXPORT_LIMITS.listDepth)
        return EXPORT_LIMIT_MESSAGES.listDepth(`item ${item.number} (${item.title})`);
      if (BLOCKS.has(node.nodeName) && ++blocks > EXPORT_LIMITS.minutesBlocks)
        return EXPORT_LIMIT_MESSAGES.minutesBlocks;
      for (const child of node.toArray())
        if (!(child instanceof Y.XmlHook)) stack.push([child, listDepth]);
    }
  }
  return null;
}
