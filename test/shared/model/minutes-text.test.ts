import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { minutesTextBlocks } from '../../../shared/model/minutes-text';
import { minutesSchemaExtensions } from '../../../renderer/features/minutes/minutes-extensions';

const text = (value: string, marks?: { type: string }[]) => ({ type: 'text', text: value, marks });
const para = (...content: object[]) => ({ type: 'paragraph', content });
const item = (...content: object[]) => ({ type: 'listItem', content });

describe('the plain text of an item’s minutes', () => {
  it('reads headings, paragraphs and nested list items in order, as the editor stores them', () => {
    const schema = getSchema(minutesSchemaExtensions());
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('minutes/steps');
    prosemirrorJSONToYXmlFragment(
      schema,
      {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 4 }, content: [text('Award criteria')] },
          para(
            text('Leeds joined in May 2023 as '),
            text('unawarded', [{ type: 'bold' }]),
            text(' members'),
          ),
          {
            type: 'bulletList',
            content: [
              item(para(text('Learn')), {
                type: 'bulletList',
                content: [item(para(text('Democratic process clarify after meeting?')))],
              }),
              item(para(text('Embed'), { type: 'hardBreak' }, text('and share'))),
            ],
          },
          para(),
          { type: 'orderedList', content: [item(para(text('Step 1')))] },
        ],
      },
      fragment,
    );
    expect(minutesTextBlocks(fragment)).toEqual([
      'Award criteria',
      'Leeds joined in May 2023 as unawarded members',
      'Learn',
      'Democratic process clarify after meeting?',
      'Embed and share',
      'Step 1',
    ]);
  });

  it('is empty for an item nobody has written about', () => {
    expect(minutesTextBlocks(new Y.Doc().getXmlFragment('minutes/x'))).toEqual([]);
  });
});
