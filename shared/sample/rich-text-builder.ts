import * as Y from 'yjs';
import { LOCAL_EDIT } from '../model';

/**
 * Builds minutes in the shape the editor stores them: what @tiptap/y-tiptap writes for
 * StarterKit's nodes and marks, so text written here opens in the editor unchanged and is never
 * rewritten on first edit. Nodes are Y.XmlElements named after ProseMirror node types, with
 * every non-null attribute y-tiptap would set (start on orderedList, level on heading); text is
 * a Y.XmlText whose formatting attributes are the marks' attrs: {} for bold and italic, the
 * full attrs for link.
 */
export type Inline = string | { text: string; bold?: boolean; italic?: boolean; href?: string };

export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; content: Inline[] }
  | { type: 'bulletList'; items: ListItem[] }
  | { type: 'orderedList'; start: number; items: ListItem[] };

/** A list item: its first paragraph, then any blocks under it (a nested list). */
export interface ListItem {
  content: Inline[];
  children: Block[];
}

type ItemInput = string | Inline[] | ListItem;

export const bold = (text: string): Inline => ({ text, bold: true });
export const italic = (text: string): Inline => ({ text, italic: true });
export const link = (text: string, href: string): Inline => ({ text, href });

export const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content });
export const heading = (level: 1 | 2 | 3 | 4 | 5 | 6, ...content: Inline[]): Block => ({
  type: 'heading',
  level,
  content,
});

function toItem(input: ItemInput): ListItem {
  if (typeof input === 'string') return { content: [input], children: [] };
  return Array.isArray(input) ? { content: input, children: [] } : input;
}

export const item = (content: Inline[], ...children: Block[]): ListItem => ({ content, children });
export const bulletList = (...items: ItemInput[]): Block => ({
  type: 'bulletList',
  items: items.map(toItem),
});
export const orderedList = (items: ItemInput[], start = 1): Block => ({
  type: 'orderedList',
  start,
  items: items.map(toItem),
});

// StarterKit's Link defaults (HTMLAttributes target and rel); y-tiptap stores every attr.
const LINK_DEFAULTS = {
  target: '_blank',
  rel: 'noopener noreferrer nofollow',
  class: null,
  title: null,
};

/** Formatting attributes in the schema's mark order (link, bold, italic), as y-tiptap writes them. */
function marksOf(inline: Inline): Record<string, unknown> | undefined {
  if (typeof inline === 'string') return undefined;
  const marks: Record<string, unknown> = {};
  if (inline.href !== undefined) marks.link = { href: inline.href, ...LINK_DEFAULTS };
  if (inline.bold) marks.bold = {};
  if (inline.italic) marks.italic = {};
  return Object.keys(marks).length > 0 ? marks : undefined;
}

function textOf(content: readonly Inline[]): Y.XmlText[] {
  const delta = content
    .map((inline) => ({
      insert: typeof inline === 'string' ? inline : inline.text,
      attributes: marksOf(inline),
    }))
    .filter((op) => op.insert !== '');
  if (delta.length === 0) return []; // An empty paragraph has no text node, as in ProseMirror.
  const text = new Y.XmlText();
  text.applyDelta(delta.map((op) => (op.attributes ? op : { insert: op.insert })));
  return [text];
}

function element(
  name: string,
  attributes: Record<string, number>,
  children: (Y.XmlElement | Y.XmlText)[],
): Y.XmlElement {
  const node = new Y.XmlElement(name);
  // Numbers, not strings: y-tiptap stores attrs as ProseMirror holds them (start: 1), and
  // Yjs stores any JSON value although its default typing says string.
  for (const [key, value] of Object.entries(attributes))
    node.setAttribute(key, value as unknown as string);
  node.insert(0, children);
  return node;
}

function toXml(block: Block): Y.XmlElement {
  switch (block.type) {
    case 'paragraph':
      return element('paragraph', {}, textOf(block.content));
    case 'heading':
      return element('heading', { level: block.level }, textOf(block.content));
    case 'bulletList':
    case 'orderedList':
      return element(
        block.type,
        block.type === 'orderedList' ? { start: block.start } : {},
        block.items.map((entry) =>
          element('listItem', {}, [
            element('paragraph', {}, textOf(entry.content)),
            ...entry.children.map(toXml),
          ]),
        ),
      );
  }
}

/** Appends `blocks` to the minutes in one transaction, tagged as a local edit. */
export function appendRichText(fragment: Y.XmlFragment, blocks: readonly Block[]): void {
  const doc = fragment.doc;
  if (!doc) throw new Error('The minutes must belong to a document before text is written');
  doc.transact(() => fragment.insert(fragment.length, blocks.map(toXml)), LOCAL_EDIT);
}
