import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildMinutesDocx, buildSummaryDocx } from '../../../../shared/export/house';
import { listStart, MAX_LIST_START } from '../../../../shared/export/house/numbering';
import { readMeetingForExport } from '../../../../shared/export/meeting-data';
import { agendaItemMinutes, listAgenda, listMeetings } from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';

/**
 * A numbered list's first number comes from the minutes, where a hostile file or peer can
 * write -7 or 1e300; Word refuses a document whose w:start is not a whole number it allows.
 */
function orderedLists(fragment: Y.XmlFragment): Y.XmlElement[] {
  const found: Y.XmlElement[] = [];
  const walk = (node: unknown) => {
    if (!(node instanceof Y.XmlElement)) return;
    if (node.nodeName === 'orderedList') found.push(node);
    node.toArray().forEach(walk);
  };
  fragment.toArray().forEach(walk);
  return found;
}

async function startsIn(bytes: Uint8Array): Promise<string[]> {
  const numbering = await (
    await JSZip.loadAsync(bytes)
  )
    .file('word/numbering.xml')!
    .async('string');
  return [...numbering.matchAll(/<w:start w:val="([^"]*)"/g)].map((m) => m[1]!);
}

describe('list numbers from hostile minutes', () => {
  it('clamps a start to a whole number Word allows', () => {
    expect([-7, 1e300, Infinity, NaN, 2.9, 4].map(listStart)).toEqual([
      0,
      MAX_LIST_START,
      1,
      1,
      2,
      4,
    ]);
  });

  it('writes only whole w:start values from 0 to 32,767 in minutes and summary', async () => {
    const { workspace, meetings } = buildSampleWorkspace({ now: new Date('2023-10-10T09:00:00Z') });
    const october = listMeetings(workspace).find((m) => m.date === '2023-10-09')!;
    const doc = meetings.get(october.id)!;
    const lists = listAgenda(doc).flatMap((item) => orderedLists(agendaItemMinutes(doc, item.id)));
    expect(lists.length).toBeGreaterThanOrEqual(2);
    doc.transact(() => {
      lists[0]!.setAttribute('start', -7 as unknown as string);
      lists[1]!.setAttribute('start', 1e300 as unknown as string);
    });
    const data = readMeetingForExport(workspace, doc);
    for (const bytes of [await buildMinutesDocx(data), await buildSummaryDocx(data)]) {
      const starts = await startsIn(bytes);
      expect(starts.length).toBeGreaterThan(0);
      for (const value of starts) {
        expect(value).toMatch(/^\d+$/);
        expect(Number(value)).toBeLessThanOrEqual(MAX_LIST_START);
      }
    }
  });
});
