import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  buildEvidencePackDocx,
  NoJourneyError,
  readEvidencePackData,
  suggestedEvidencePackFileName,
} from '../../../../shared/export/house';
import { migrateWorkspace } from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';
import { headings, openDocx, paragraphs, tables } from './docx-reader';

function samplePack() {
  const { workspace, meetings } = buildSampleWorkspace({ now: new Date('2024-01-15T09:30:00Z') });
  return readEvidencePackData(workspace, meetings, '2024-01-20');
}

describe('the evidence pack', () => {
  it('reads the programme, the evidence by strand with where it was minuted, and the criteria', () => {
    const data = samplePack();
    expect(data.journeyTitle).toBe('City of Sanctuary: Council of Sanctuary award');
    expect(data.steps.map((s) => [s.number, s.status, s.completedDate]).slice(0, 3)).toEqual([
      [1, 'done', '2023-09-13'],
      [2, 'done', null],
      [3, 'in progress', null],
    ]);
    expect(data.strands.map((s) => [s.label, s.entries.map((e) => e.title)])).toEqual([
      ['Learn', ['Mapping of council services']],
      ['Embed', ['Deputation to full council', 'Migration Report to the Executive Board']],
      ['Share', []],
    ]);
    // October's minutes are approved in the sample, so its items carry their minute numbers.
    expect(data.strands[0]!.entries[0]!.recordedAt).toMatch(
      /^City of Sanctuary Local Authority Network Steering Group, 9 October 2023, item 3: Steps to Become an Awarded Member \(minute .+\)$/,
    );
    expect(data.criteria.map((c) => c.evidence)).toEqual([0, 0, 1, 0, 0, 0]);
    expect(suggestedEvidencePackFileName(data)).toBe(
      '2024-01-20 City of Sanctuary- Council of Sanctuary award evidence pack.docx',
    );
  });

  it('writes a Word document an independent reader finds it all in, in order', async () => {
    const pkg = await openDocx(await buildEvidencePackDocx(samplePack()));
    expect(headings(pkg.document).map((h) => [h.level, h.text])).toEqual([
      [1, 'City of Sanctuary: Council of Sanctuary award: evidence pack'],
      [2, 'The programme'],
      [2, 'Learn'],
      [3, 'Mapping of council services, 9 October 2023'],
      [2, 'Embed'],
      [3, 'Deputation to full council, 13 September 2023'],
      [3, 'Migration Report to the Executive Board, 18 October 2023'],
      [2, 'Share'],
      [2, 'Criteria'],
    ]);
    const [programme, criteria] = tables(pkg.document);
    expect(programme!.rows[0]!.cells).toEqual(['Step', 'What', 'Status', 'Owner', 'Dates']);
    expect(programme!.rows[1]!.cells).toEqual([
      '1',
      'Contact your local group to pledge support and connect with their / your shared vision',
      'Done',
      '',
      'Completed 13 September 2023',
    ]);
    expect(programme!.rows[3]!.cells[2]).toBe('In progress');
    expect(programme!.rows).toHaveLength(9);
    expect(criteria!.rows[3]!.cells).toEqual([
      'Commit to working with the local City of Sanctuary group (and other refugee orgs) and show evidence of this work',
      'Not yet',
      '1',
    ]);
    const text = paragraphs(pkg.document).map((p) => p.text);
    expect(text).toContain('No Share evidence yet.');
    expect(text).toContain(
      'Criterion: Commit to working with the local City of Sanctuary group (and other refugee orgs) and show evidence of this work',
    );
    expect(text.some((t) => t.startsWith('Recorded at: City of Sanctuary Local Authority'))).toBe(
      true,
    );
  });

  it('refuses a workspace with no journey, saying what to do', () => {
    const workspace = new Y.Doc();
    migrateWorkspace(workspace);
    expect(() => readEvidencePackData(workspace, new Map(), '2024-01-20')).toThrow(NoJourneyError);
    expect(() => readEvidencePackData(workspace, new Map(), '2024-01-20')).toThrow(
      'start one on the Journey screen first',
    );
  });
});
