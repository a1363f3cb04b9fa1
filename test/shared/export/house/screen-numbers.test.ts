import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { buildMinutesDocx } from '../../../../shared/export/house';
import { readMeetingForExport } from '../../../../shared/export/meeting-data';
import { fillTemplate } from '../../../../shared/export/template';
import { agendaItemMinutes, listAgenda, listMeetings } from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';
import { minutesSchemaExtensions } from '../../../../renderer/features/minutes/minutes-extensions';
import { pointDecorations } from '../../../../renderer/features/minutes/point-numbers-decoration';
import { fixture } from '../template/docx-reader';
import { openDocx } from './docx-reader';
import { renderWithLibreOffice, squash } from './libreoffice';
import { numberedParagraphs } from './numbering-reader';
import { requireTestTools } from '../../../setup/require-tools';

/**
 * Minute numbers are cited in later meetings, so the number the Minutes tab shows before a
 * point, the house-style Word document's and the council template's must be the same. Each
 * is read from its own output: the editor's decorations, and Word's numbering as written in
 * each document's XML (worked out by numbering-reader, as Word counts).
 */
const schema = getSchema(minutesSchemaExtensions());
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const li = (text: string, ...lists: object[]) => ({
  type: 'listItem',
  content: [para(text), ...lists],
});
const ol = (items: object[], start = 1) => ({
  type: 'orderedList',
  attrs: { start },
  content: items,
});
const ul = (items: object[]) => ({ type: 'bulletList', content: items });

/** Every shape a point can take: nested, after a paragraph, inside a bullet, from "4.". */
const TRICKY = {
  type: 'doc',
  content: [
    para('Steps were discussed:'),
    ol([li('Alpha point'), li('Beta point', ol([li('Beta one'), li('Beta two')]))]),
    para('Question: who approves spending over 70k?'),
    ul([li('A bullet', ol([li('Numbered inside a bullet')]))]),
    ol([li('Gamma point')]),
    ol([li('Delta point'), li('Epsilon point')], 7),
  ],
};

function meetingWithTrickyMinutes() {
  const { workspace, meetings } = buildSampleWorkspace({
    now: new Date('2023-10-10T09:00:00Z'),
    asOf: '2023-10-10',
  });
  const id = listMeetings(workspace).find((m) => m.date === '2023-10-09')!.id;
  const meetingDoc = meetings.get(id)!;
  const items = listAgenda(meetingDoc);
  // The last-but-one item, so its number is not 1.
  const item = items[items.length - 2]!;
  const fragment = agendaItemMinutes(meetingDoc, item.id);
  meetingDoc.transact(() => fragment.delete(0, fragment.length));
  prosemirrorJSONToYXmlFragment(schema, TRICKY, fragment);
  return { workspace, meetingDoc, items };
}

/** What the screen shows: the decoration's data-point on each list item, by its first text. */
function screenNumbers(meetingDoc: Y.Doc, items: ReturnType<typeof listAgenda>) {
  const shown = new Map<string, string>();
  for (const item of items) {
    const doc = yXmlFragmentToProseMirrorRootNode(agendaItemMinutes(meetingDoc, item.id), schema);
    // The decorations the editor's plugin draws, as a node's attributes on each list item.
    for (const decoration of pointDecorations(doc, item.number).find()) {
      const attrs = (decoration as unknown as { type: { attrs: Record<string, string> } }).type
        .attrs;
      const node = doc.nodeAt(decoration.from)!;
      expect(decoration.to).toBe(decoration.from + node.nodeSize);
      shown.set(node.firstChild!.textContent, attrs['data-point']!);
    }
  }
  return shown;
}

async function wordNumbers(bytes: Uint8Array) {
  const pkg = await openDocx(bytes);
  const shown = new Map<string, string>();
  for (const p of numberedParagraphs(pkg.document, pkg.numbering))
    if (p.label && /^\d/.test(p.label)) shown.set(p.text, p.label);
  return shown;
}

describe('minute numbers on screen, in the house style and in the council template', () => {
  requireTestTools(['soffice', 'pdftotext']);

  it('are the same for every point of the same minutes', async () => {
    const { workspace, meetingDoc, items } = meetingWithTrickyMinutes();
    const screen = screenNumbers(meetingDoc, items);
    const n = items[items.length - 2]!.number;
    expect(Object.fromEntries(screen)).toMatchObject({
      'Alpha point': `${n}.1`,
      'Beta point': `${n}.2`,
      'Beta one': `${n}.2.1`,
      'Beta two': `${n}.2.2`,
      'Numbered inside a bullet': `${n}.3`,
      'Gamma point': `${n}.4`,
      'Delta point': `${n}.7`,
      'Epsilon point': `${n}.8`,
    });
    // The seed's eight steps are points of their item on screen too.
    expect([...screen.values()].filter((v) => /^\d+\.\d+$/.test(v)).length).toBeGreaterThan(8);

    const data = readMeetingForExport(workspace, meetingDoc);
    const house = await wordNumbers(await buildMinutesDocx(data));
    const filled = await fillTemplate(fixture('council-template.docx'), data, {
      today: '2023-10-10',
    });
    if (!filled.ok) throw new Error(filled.message);
    const template = await wordNumbers(filled.value);

    const points = [...screen.entries()];
    expect(points.map(([text]) => [text, template.get(text)])).toEqual(points);
    expect(points.map(([text]) => [text, template.get(text)])).toEqual(points);
    // A question line and the paragraph before the steps are not points anywhere.
    for (const numbers of [house, template]) {
      expect(numbers.has('Question: who approves spending over 70k?')).toBe(false);
      expect(numbers.has('Steps were discussed:')).toBe(false);
    }

    // And as LibreOffice prints them: the number, then the point's text, on one line.
    const printed = await renderWithLibreOffice({
      house: await buildMinutesDocx(data),
      template: filled.value,
    });
    for (const [name, text] of Object.entries(printed)) {
      const lines = squash(text)
        .split('\n')
        .map((line) => line.trim());
      // Long points wrap: their first words are enough to place them.
      for (const [point, number] of points) {
        const start = `${number} ${point.split(' ').slice(0, 3).join(' ')}`;
        expect(
          lines.some((line) => line.startsWith(start)),
          `${name}: ${start}`,
        ).toBe(true);
      }
    }
  }, 120_000);
});
