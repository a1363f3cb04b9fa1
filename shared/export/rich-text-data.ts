import * as Y from 'yjs';

/**
 * An item's minutes as plain data, read from the Y.XmlFragment the editor writes (TipTap's
 * StarterKit node names, marks as Y.XmlText formatting attributes). Every export builder
 * (house style and council template) reads this, never the Yjs types.
 */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** http(s) or mailto address of a link. */
  link?: string;
  /** A line break inside a paragraph (Shift+Enter); `text` is empty. */
  break?: boolean;
}

export type RichBlock =
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'heading'; level: number; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] };

export interface ListItem {
  /** The item's own paragraphs, then any nested lists, in order. */
  blocks: RichBlock[];
  /** A numbered list item's minute number ("6.2.1"), set by shared/export/point-numbers.ts. */
  point?: string;
}

interface DeltaOp {
  insert: unknown;
  attributes?: Record<string, unknown>;
}

function readInlines(element: Y.XmlElement): Inline[] {
  const inlines: Inline[] = [];
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as DeltaOp[]) {
        if (typeof op.insert !== 'string' || op.insert === '') continue;
        const attributes = op.attributes ?? {};
        // y-tiptap marks a format by the attribute's presence (bold: {}), not by `true`.
        const inline: Inline = { text: op.insert };
        if ('bold' in attributes) inline.bold = true;
        if ('italic' in attributes) inline.italic = true;
        const href = (attributes.link as { href?: unknown } | undefined)?.href;
        if (typeof href === 'string') inline.link = href;
        inlines.push(inline);
      }
    } else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
      inlines.push({ text: '', break: true });
    }
  }
  return inlines;
}

function readBlock(element: Y.XmlElement): RichBlock | null {
  switch (element.nodeName) {
    case 'paragraph':
      return { type: 'paragraph', inlines: readInlines(element) };
    case 'heading': {
      const level = Number(element.getAttribute('level'));
      return {
        type: 'heading',
        level: Number.isInteger(level) && level > 0 ? level : 1,
        inlines: readInlines(element),
      };
    }
    case 'bulletList':
    case 'orderedList': {
      const start = Number(element.getAttribute('start') ?? 1);
      const items = element
        .toArray()
        .filter(
          (child): child is Y.XmlElement =>
            child instanceof Y.XmlElement && child.nodeName === 'listItem',
        )
        .map((item) => ({ blocks: readBlocks(item.toArray()) }));
      return {
        type: 'list',
        ordered: element.nodeName === 'orderedList',
        start: Number.isFinite(start) ? start : 1,
        items,
      };
    }
    default:
      return null;
  }
}

function readBlocks(nodes: readonly (Y.XmlElement | Y.XmlText | Y.XmlHook)[]): RichBlock[] {
  return nodes.flatMap((node) => {
    const block = node instanceof Y.XmlElement ? readBlock(node) : null;
    return block ? [block] : [];
  });
}

/** The minutes as blocks; empty paragraphs (stray blank lines) are dropped. */
export function readRichText(fragment: Y.XmlFragment): RichBlock[] {
  return readBlocks(fragment.toArray()).filter(
    (block) => block.type !== 'paragraph' || block.inlines.some((i) => i.text.trim() || i.break),
  );
}

/** Plain text of inlines, for places that cannot hold formatting. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.break ? '\n' : i.text)).join('');
}
