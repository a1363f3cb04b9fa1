import { describe, expect, it } from 'vitest';
import { buildMinutesDocx } from '../../../../shared/export/house';
import { readMeetingForExport } from '../../../../shared/export/meeting-data';
import { listMattersArising, listMeetings, recordActionUpdate } from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';
import { openDocx, paragraphs } from './docx-reader';

/** The sample's January meeting, with an update given on one of its two matters arising. */
function januaryWithAnUpdate() {
  const { workspace, meetings } = buildSampleWorkspace({ now: new Date('2024-01-15T09:00:00Z') });
  const january = listMeetings(workspace).find((m) => m.date === '2024-01-15')!;
  const [first] = listMattersArising(workspace, january.id);
  recordActionUpdate(workspace, first!.action.id, {
    status: 'done',
    note: 'Update given: the presentation was shared on 3 October',
    meetingId: january.id,
    by: 'Jennifer Jennings',
  });
  return readMeetingForExport(workspace, meetings.get(january.id)!);
}

describe('matters arising in the Word minutes', () => {
  it('reads only the actions spoken to, with the updates worded as the minutes say them', () => {
    expect(januaryWithAnUpdate().mattersArising).toEqual([
      {
        reference: '1 September 2023, A1',
        description: expect.stringMatching(/^Share presentation/),
        owner: 'Jennifer Jennings',
        status: 'done',
        updates: [
          'Status set to done. Update given: the presentation was shared on 3 October (Jennifer Jennings)',
        ],
      },
    ]);
  });

  it('prints them under the matters-arising item, not under any other', async () => {
    const { document } = await openDocx(await buildMinutesDocx(januaryWithAnUpdate()));
    const texts = paragraphs(document).map((p) => p.text);
    // Headings carry a provisional minute reference first ("23/5 Matters arising …").
    const item = texts.findIndex((t) => t.endsWith('Matters arising and action log'));
    const next = texts.findIndex((t) => t.endsWith('Any other business'));
    const update = texts.indexOf(
      'Status set to done. Update given: the presentation was shared on 3 October (Jennifer Jennings)',
    );
    expect(item).toBeGreaterThan(-1);
    expect(update).toBeGreaterThan(item);
    expect(update).toBeLessThan(next);
    expect(texts[update - 1]).toMatch(
      /^1 September 2023, A1: Share presentation .+ \(Jennifer Jennings\)\.$/,
    );
    // The item has something minuted now, so it does not say it has nothing.
    expect(texts.slice(item, next)).not.toContain('Nothing was minuted under this item.');
  });
});
