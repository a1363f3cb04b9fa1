import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { minutesSchemaExtensions } from '../../../../renderer/features/minutes/minutes-extensions';
import {
  pointNumbersKey,
  pointNumbersPlugin,
} from '../../../../renderer/features/minutes/point-numbers-decoration';

const schema = getSchema(minutesSchemaExtensions());
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const li = (text: string, ...lists: object[]) => ({
  type: 'listItem',
  content: [para(text), ...lists],
});

/** The data-point each list item is drawn with, by its first line. */
function drawn(state: EditorState): Record<string, string | undefined> {
  const plugin = pointNumbersKey.get(state)!;
  const set = plugin.props.decorations!.call(plugin, state) as DecorationSet;
  return Object.fromEntries(
    set
      .find()
      .map((d) => [
        state.doc.nodeAt(d.from)!.firstChild!.textContent,
        (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-point'],
      ]),
  );
}

describe('the Minutes tab’s point numbers', () => {
  it('draws each numbered point’s number, and the new one when the item moves', () => {
    let itemNumber = 6;
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        para('Question: who approves spending?'),
        {
          type: 'orderedList',
          content: [li('One', { type: 'orderedList', content: [li('Nested')] })],
        },
        { type: 'bulletList', content: [li('A bullet')] },
        { type: 'orderedList', content: [li('Two')] },
      ],
    });
    const state = EditorState.create({ doc, plugins: [pointNumbersPlugin(() => itemNumber)] });
    expect(drawn(state)).toEqual({ One: '6.1', Nested: '6.1.1', Two: '6.2' });
    itemNumber = 3;
    expect(drawn(state.apply(state.tr.setMeta(pointNumbersKey, null)))).toEqual({
      One: '3.1',
      Nested: '3.1.1',
      Two: '3.2',
    });
  });
});
