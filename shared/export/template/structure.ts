import {
  BLOCK_SHAPES,
  REPEATING_BLOCKS,
  blocksWithField,
  fieldInScope,
  isRepeatingBlock,
  shapeOf,
  type RepeatingBlock,
} from './block-fields';
import { matchPlaceholders } from './placeholders';
import { indexParagraph } from './text-index';
import { NS, descendantsW, type XmlDocument, type XmlElement, type XmlNode } from './xml';

/**
 * Where each repeating block of one part begins and ends, checked before anything is written.
 *
 * A block repeats sibling paragraphs (its markers in the same place: the body, one table cell,
 * a header) or table rows (its markers in rows of one table: open in the first cell of a row
 * and close in the last cell of the same or a later row). The marker paragraphs repeat with
 * the rest, less the markers; one left empty goes. Anything else is a mistake, said in one
 * line that names the markers as the officer typed them.
 */
export interface BlockRange {
  name: RepeatingBlock;
  kind: 'paragraphs' | 'rows';
  /** Siblings: the first and last paragraph (or table row) that repeat. */
  first: XmlElement;
  last: XmlElement;
}

export interface PartStructure {
  /** By first node, for the renderer walking siblings. */
  blocks: Map<XmlNode, BlockRange>;
  problems: string[];
  /** How often each name is typed outside every block ({{minutes}} 5,000 times, say). */
  topLevel: Map<string, number>;
}

interface Open {
  name: RepeatingBlock;
  raw: string;
  paragraph: XmlElement;
}

function closest(node: XmlNode, localName: string): XmlElement | undefined {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if (parent.namespaceURI === NS.w && parent.localName === localName) return parent as XmlElement;
  }
  return undefined;
}

const inTextBox = (p: XmlElement) => closest(p, 'p') !== undefined;

const listOf = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;

function range(open: Open, close: XmlElement, closeRaw: string): BlockRange | string {
  if (open.paragraph.parentNode === close.parentNode)
    return { name: open.name, kind: 'paragraphs', first: open.paragraph, last: close };
  const openRow = closest(open.paragraph, 'tr');
  const closeRow = closest(close, 'tr');
  if (openRow && closeRow && openRow.parentNode === closeRow.parentNode)
    return { name: open.name, kind: 'rows', first: openRow, last: closeRow };
  return `${open.raw} and ${closeRaw} must sit in the same place: both in the same table cell, both in rows of the same table (to repeat the rows), or both outside tables.`;
}

export function analysePart(root: XmlDocument | XmlElement): PartStructure {
  const blocks = new Map<XmlNode, BlockRange>();
  const ends = new Set<XmlNode>();
  const problems: string[] = [];
  const stack: Open[] = [];
  const topLevel = new Map<string, number>();
  const done = () => ({ blocks, problems, topLevel });

  for (const paragraph of descendantsW(root, 'p')) {
    const matches = matchPlaceholders(indexParagraph(paragraph).text);
    for (const match of matches) {
      const chain = [null, ...stack.map((open) => open.name)];
      const inside = stack[stack.length - 1];
      if (!match.marker) {
        if (!inside) topLevel.set(match.name, (topLevel.get(match.name) ?? 0) + 1);
        if (fieldInScope(match.name, chain)) continue;
        const owners = blocksWithField(match.name);
        // Not a field anywhere: an unknown placeholder, left as typed and listed as a warning.
        if (owners.length === 0) continue;
        const where = inside ? ` (it is inside {{#${inside.name}}})` : '';
        problems.push(
          `${match.raw} is a field of ${listOf(owners.map((b) => `{{#${b}}}`))}; put it between {{#${owners[0]}}} and {{/${owners[0]}}}${where}.`,
        );
        continue;
      }
      if (!isRepeatingBlock(match.name)) {
        problems.push(
          `${match.raw} is not a block Quorum repeats; the blocks are ${listOf(REPEATING_BLOCKS.map((b) => `{{#${b}}}`))}.`,
        );
        return done();
      }
      if (inTextBox(paragraph)) {
        problems.push(`${match.raw} is in a text box; put repeating blocks in the page itself.`);
        return done();
      }
      if (match.marker === 'open') {
        const allowed = shapeOf(inside?.name ?? null).nested;
        if (!allowed.includes(match.name)) {
          problems.push(
            inside && BLOCK_SHAPES[inside.name].nested.length > 0
              ? `${match.raw} cannot sit inside {{#${inside.name}}}; inside it only ${listOf(BLOCK_SHAPES[inside.name].nested.map((b) => `{{#${b}}}`))} can repeat.`
              : `${match.raw} cannot sit inside {{#${inside?.name ?? ''}}}; close {{/${inside?.name ?? ''}}} first.`,
          );
          return done();
        }
        stack.push({ name: match.name, raw: match.raw, paragraph });
        continue;
      }
      if (!inside || !stack.some((open) => open.name === match.name)) {
        problems.push(
          `${match.raw} closes a block that was never opened: add {{#${match.name}}} before it.`,
        );
        return done();
      }
      if (inside.name !== match.name) {
        problems.push(
          `${inside.raw} is not closed before ${match.raw}: add {{/${inside.name}}} before ${match.raw}.`,
        );
        return done();
      }
      stack.pop();
      const found = range(inside, paragraph, match.raw);
      if (typeof found === 'string') {
        problems.push(found);
        return done();
      }
      if (blocks.has(found.first) || ends.has(found.last)) {
        problems.push(
          `${inside.raw} shares its line or table row with another block's marker; give each block's markers a line (or row) of their own.`,
        );
        return done();
      }
      blocks.set(found.first, found);
      ends.add(found.last);
    }
  }
  for (const open of stack.reverse()) {
    problems.push(
      `${open.raw} is never closed: add {{/${open.name}}} where the repeated part ends.`,
    );
  }
  return done();
}
