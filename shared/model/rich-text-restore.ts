import * as Y from 'yjs';
import type { Inline, RichBlock } from '../export/rich-text-data';

/**
 * Writes rich minutes back into an item's Y.XmlFragment in the shape y-tiptap writes (the
 * inverse of readRichText), so "Keep the approved version" can put the approved text back.
 * Call inside a transaction; the fragment's old content is replaced.
 */
export function replaceRichText(fragment: Y.XmlFragment, blocks: readonly RichBlock[]): void {
  if (fragment.length > 0) fragment.delete(0, fragment.length);
  fragment.insert(0, blocks.map(blockElement));
}

function blockElement(block: RichBlock): Y.XmlElement {
  if (block.type === 'list') {
    const list = new Y.XmlElement(block.ordered ? 'orderedList' : 'bulletList');
    if (block.ordered) list.setAttribute('start', block.start as unknown as string);
    list.insert(
      0,
      block.items.map((item) => {
        const listItem = new Y.XmlElement('listItem');
        listItem.insert(0, item.blocks.map(blockElement));
        return listItem;
      }),
    );
    return list;
  }
  const element = new Y.XmlElement(block.type);
  // y-tiptap stores the heading level as a number; setAttribute's type says string.
  if (block.type === 'heading') element.setAttribute('level', block.level as unknown as string);
  element.insert(0, inlineNodes(block.inlines));
  return element;
}

/** Runs of text become one Y.XmlText each, with a hardBreak element between runs. */
function inlineNodes(inlines: readonly Inline[]): (Y.XmlText | Y.XmlElement)[] {
  const nodes: (Y.XmlText | Y.XmlElement)[] = [];
  let text: Y.XmlText | null = null;
  let length = 0;
  for (const inline of inlines) {
    if (inline.break) {
      nodes.push(new Y.XmlElement('hardBreak'));
      text = null;
      continue;
    }
    if (!text) {
      text = new Y.XmlText();
      length = 0;
      nodes.push(text);
    }
    text.insert(length, inline.text, marksOf(inline));
    length += inline.text.length;
  }
  return nodes;
}

// A mark is on where its attribute is present (docs/data-model.md), as y-tiptap writes it.
function marksOf(inline: Inline): Record<string, unknown> {
  const marks: Record<string, unknown> = {};
  if (inline.bold) marks.bold = {};
  if (inline.italic) marks.italic = {};
  if (inline.link) marks.link = { href: inline.link };
  return marks;
}
