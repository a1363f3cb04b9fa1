import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { pointNumbers, type PointBlock } from '../../../shared/export/point-numbers';

/**
 * The minute number before each numbered point ("6.2.1"), as a node decoration the stylesheet
 * shows (`li::before { content: attr(data-point) }`). The numbers come from the function the
 * Word exports use (shared/export/point-numbers.ts), so screen and paper cannot drift, and
 * they are never stored: moving an item renumbers its points.
 */
export const pointNumbersKey = new PluginKey<null>('pointNumbers');

/** The editor's document in the shape point-numbers reads (the Y document's node names). */
function blocksOf(node: PMNode): PointBlock[] {
  const out: PointBlock[] = [];
  node.forEach((child) => {
    const name = child.type.name;
    if (name === 'orderedList' || name === 'bulletList') {
      const items: { blocks: PointBlock[] }[] = [];
      child.forEach((item) => items.push({ blocks: blocksOf(item) }));
      out.push({
        type: 'list',
        ordered: name === 'orderedList',
        start: Number(child.attrs.start ?? 1),
        items,
      });
    } else {
      out.push({ type: name });
    }
  });
  return out;
}

/** Each numbered point's position in the document and its number, in document order. */
export function screenPoints(doc: PMNode, itemNumber: number): { pos: number; number: string }[] {
  const numbers = pointNumbers(itemNumber, blocksOf(doc));
  const points: { pos: number; number: string }[] = [];
  // A depth-first walk in document order, as point-numbers makes its list.
  doc.descendants((node, pos, parent) => {
    if (node.type.name === 'listItem' && parent?.type.name === 'orderedList')
      points.push({ pos, number: numbers[points.length] ?? '' });
  });
  return points;
}

export function pointDecorations(doc: PMNode, itemNumber: number): DecorationSet {
  return DecorationSet.create(
    doc,
    screenPoints(doc, itemNumber).map(({ pos, number }) =>
      Decoration.node(pos, pos + (doc.nodeAt(pos)?.nodeSize ?? 0), { 'data-point': number }),
    ),
  );
}

/**
 * `itemNumber` is read on every redraw; when the item moves without its text changing, the
 * editor must be told (WARNING: a new number alone does not redraw; useMinutesEditor sends an
 * empty transaction).
 */
export function pointNumbersPlugin(itemNumber: () => number): Plugin {
  let cached: { doc: PMNode; number: number; set: DecorationSet } | null = null;
  return new Plugin({
    key: pointNumbersKey,
    props: {
      decorations(state) {
        const number = itemNumber();
        if (cached?.doc !== state.doc || cached.number !== number)
          cached = { doc: state.doc, number, set: pointDecorations(state.doc, number) };
        return cached.set;
      },
    },
  });
}

export const PointNumbers = Extension.create<{ itemNumber: () => number }>({
  name: 'pointNumbers',
  addOptions: () => ({ itemNumber: () => 1 }),
  addProseMirrorPlugins() {
    return [pointNumbersPlugin(this.options.itemNumber)];
  },
});
