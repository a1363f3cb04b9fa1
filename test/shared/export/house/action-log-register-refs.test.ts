import { describe, expect, it } from 'vitest';
import { buildActionLogDocx, type ActionLogData } from '../../../../shared/export/house';
import { byTag, openDocx } from './docx-reader';

/** The action log built from the register carries references like "SG 23/14 A2". */
function log(ref: string): ActionLogData {
  return {
    group: { name: 'Steering Group', organisation: 'Leeds City Council' },
    today: '2024-02-01',
    groupBy: 'owner',
    actions: [
      {
        ref,
        description: 'Share presentation with LCC migration team/schools',
        owner: 'Jennifer Jennings',
        due: '2023-09-14',
        status: 'open',
        meetingTitle: 'Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)',
        meetingDate: '2023-09-01',
      },
    ],
  };
}

async function refColumnTwips(ref: string): Promise<number> {
  const docx = await openDocx(await buildActionLogDocx(log(ref)));
  const first = byTag(docx.document, 'gridCol')[0]!;
  return Number(first.getAttributeNS(first.namespaceURI, 'w') ?? first.getAttribute('w:w'));
}

describe('the action log’s Ref column', () => {
  it('is wide enough for a register reference on one line (about 2.5 cm at 10pt)', async () => {
    // 1,400 twips less the cell margins holds "SG 23/14 A2" in 10pt Arial; 1.5 shares did not.
    expect(await refColumnTwips('SG\u00a023/14\u00a0A2')).toBeGreaterThanOrEqual(1400);
  });

  it('stays narrow for a meeting’s own A1, A2 references', async () => {
    expect(await refColumnTwips('A1')).toBeLessThan(1000);
  });
});
