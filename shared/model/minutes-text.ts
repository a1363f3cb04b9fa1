import * as Y from 'yjs';

/**
 * The plain text of an item's minutes, one string per paragraph or heading (a list item's
 * paragraphs included), in document order. Read straight from the Y.XmlFragment the editor
 * writes (TipTap's node names), so rules such as "open questions" can run without an editor.
 */
const TEXT_BLOCKS = new Set(['paragraph', 'heading']);

export function minutesTextBlocks(fragment: Y.XmlFragment): string[] {
  const blocks: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook) => {
    if (!(node instanceof Y.XmlElement)) return;
    if (TEXT_BLOCKS.has(node.nodeName)) {
      const text = inlineText(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
      return;
    }
    node.toArray().forEach(walk);
  };
  fragment.toArray().forEach(walk);
  return blocks;
}

function inlineText(block: Y.XmlElement): string {
  return block
    .toArray()
    .map((child) => {
      if (child instanceof Y.XmlText) {
        return (child.toDelta() as { insert: unknown }[])
          .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
          .join('');
      }
      // A hard break (Shift+Enter) separates words like a space does.
      return child instanceof Y.XmlElement && child.nodeName === 'hardBreak' ? ' ' : '';
    })
    .join('');
}
