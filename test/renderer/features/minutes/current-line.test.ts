import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { selectedOrCurrentLine } from '../../../../renderer/features/minutes/current-line';
import { minutesSchemaExtensions } from '../../../../renderer/features/minutes/minutes-extensions';

const schema = getSchema(minutesSchemaExtensions());
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Learn, embed and share.' }] },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Jenny to share the presentation ' },
                { type: 'text', text: 'by 14 September', marks: [{ type: 'bold' }] },
              ],
            },
          ],
        },
      ],
    },
  ],
});

const at = (from: number, to = from) =>
  EditorState.create({ schema, doc, selection: TextSelection.create(doc, from, to) });

/** Position just inside the text `text` starts with. */
const positionOf = (text: string) => {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found === -1 && node.isText && node.text?.startsWith(text)) found = pos;
  });
  return found;
};

describe('what Make action reads', () => {
  it('takes the whole list point the cursor is in, marks and all', () => {
    const state = at(positionOf('Jenny') + 5);
    expect(selectedOrCurrentLine(state)).toBe('Jenny to share the presentation by 14 September');
  });

  it('takes only the selection when there is one', () => {
    const start = positionOf('Learn');
    expect(selectedOrCurrentLine(at(start, start + 5))).toBe('Learn');
  });

  it('joins a selection across lines with a space', () => {
    const start = positionOf('Learn') + 16;
    expect(selectedOrCurrentLine(at(start, positionOf('Jenny') + 5))).toBe('share. Jenny');
  });
});
