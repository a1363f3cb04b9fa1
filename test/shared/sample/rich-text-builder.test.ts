import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_EDIT } from '../../../shared/model';
import {
  appendRichText,
  bold,
  bulletList,
  heading,
  italic,
  item,
  link,
  orderedList,
  paragraph,
} from '../../../shared/sample';
import { describeXml } from '../workspace-file/rich-workspace';

// The editor's schema: what the minutes editor is built from.
const schema = getSchema([StarterKit]);

const text = (value: string, marks?: unknown[]) => ({
  type: 'text',
  text: value,
  ...(marks && { marks }),
});
const para = (...content: unknown[]) => ({
  type: 'paragraph',
  ...(content.length > 0 && { content }),
});
const li = (...content: unknown[]) => ({ type: 'listItem', content });

// The same minutes twice: as ProseMirror JSON, and through the helper.
const prosemirrorDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [text('Award criteria')] },
    para(
      text('Cllr Harland '),
      text('welcomed', [{ type: 'bold' }]),
      text(' everyone, '),
      text('warmly', [{ type: 'bold' }, { type: 'italic' }]),
    ),
    para(),
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [
        li(para(text('Learn')), {
          type: 'bulletList',
          content: [li(para(text('in '), text('general', [{ type: 'bold' }])))],
        }),
        li(para(text('Embed')), {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [li(para(text('welcome')))],
        }),
        li(
          para(
            text('Share', [{ type: 'link', attrs: { href: 'https://cityofsanctuary.org/' } }]),
            text(' widely'),
          ),
        ),
      ],
    },
  ],
};

const blocks = [
  heading(3, 'Award criteria'),
  paragraph('Cllr Harland ', bold('welcomed'), ' everyone, ', {
    text: 'warmly',
    bold: true,
    italic: true,
  }),
  paragraph(),
  orderedList([
    item(['Learn'], bulletList(['in ', bold('general')])),
    item(['Embed'], orderedList(['welcome'], 3)),
    [link('Share', 'https://cityofsanctuary.org/'), ' widely'],
  ]),
];

function written() {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('minutes');
  appendRichText(fragment, blocks);
  return fragment;
}

describe('rich text for minutes', () => {
  it('writes exactly what the editor’s Yjs binding writes for the same content', () => {
    const fromEditor = prosemirrorJSONToYXmlFragment(
      schema,
      prosemirrorDoc,
      new Y.Doc().getXmlFragment('minutes'),
    );
    const ours = written();
    expect(describeXml(ours)).toEqual(describeXml(fromEditor));
    expect(ours.toString()).toBe(fromEditor.toString());
  });

  it('opens in the editor as valid content of its schema', () => {
    const json = yXmlFragmentToProsemirrorJSON(written());
    const node = schema.nodeFromJSON(json);
    expect(() => node.check()).not.toThrow();
    expect(node.child(3).type.name).toBe('orderedList');
    expect(node.child(3).child(1).child(1).attrs.start).toBe(3);
    expect(
      node
        .child(1)
        .child(1)
        .marks.map((mark) => mark.type.name),
    ).toEqual(['bold']);
  });

  it('appends in one transaction tagged as a local edit', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('minutes');
    appendRichText(fragment, [paragraph('First')]);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction) => origins.push(transaction.origin));
    appendRichText(fragment, [paragraph('Second'), bulletList('a', 'b')]);
    expect(origins).toEqual([LOCAL_EDIT]);
    expect(fragment.toString()).toBe(
      '<paragraph>First</paragraph><paragraph>Second</paragraph><bulletlist><listitem><paragraph>a</paragraph></listitem><listitem><paragraph>b</paragraph></listitem></bulletlist>',
    );
  });

  it('refuses minutes that belong to no document', () => {
    expect(() => appendRichText(new Y.XmlFragment(), [paragraph('x')])).toThrow(
      /belong to a document/,
    );
  });

  it('writes italic as its own mark', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('minutes');
    appendRichText(fragment, [paragraph(italic('aside'))]);
    expect(describeXml(fragment)).toEqual({
      children: [
        {
          name: 'paragraph',
          attributes: {},
          children: [{ delta: [{ insert: 'aside', attributes: { italic: {} } }] }],
        },
      ],
    });
  });
});
