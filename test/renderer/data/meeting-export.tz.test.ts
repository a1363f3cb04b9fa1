import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import type { TemplateRow } from '../../../renderer/data/local-db';
import {
  buildActionLogDocument,
  buildMeetingDocument,
} from '../../../renderer/data/meeting-export';
import { listMeetings } from '../../../shared/model';
import { buildSampleWorkspace } from '../../../shared/sample';
import {
  AFTER_LOCAL_MIDNIGHT,
  expectBritishSummerTime,
} from '../../shared/format/british-summer-time';

/**
 * The Export tab dates its documents by the local calendar. Runs in the unit-tz project
 * (Europe/London): at 00:30 BST on 20 October it is still 19 October in UTC.
 */

let workspace: Y.Doc;
let meetingDoc: Y.Doc;

beforeAll(() => {
  const sample = buildSampleWorkspace({
    now: new Date('2023-10-10T09:00:00Z'),
    asOf: '2023-10-10',
  });
  workspace = sample.workspace;
  const id = listMeetings(workspace).find((m) => m.date === '2023-10-09')!.id;
  meetingDoc = sample.meetings.get(id)!;
});

afterEach(() => vi.useRealTimers());

const councilTemplate = (): TemplateRow => ({
  id: 't1',
  name: 'council-template.docx',
  bytes: new Uint8Array(
    readFileSync(join(import.meta.dirname, '../../fixtures/templates/council-template.docx')),
  ),
  importedAt: '2023-10-01T09:00:00.000Z',
  placeholders: [],
  unknown: [],
  missing: [],
});

describe('the Export tab after midnight in British Summer Time', () => {
  it('runs an hour ahead of UTC, or it would prove nothing', expectBritishSummerTime);

  it('names the action log by the local day', async () => {
    vi.useFakeTimers({ now: AFTER_LOCAL_MIDNIGHT, toFake: ['Date'] });
    const { fileName } = await buildActionLogDocument(workspace, 'owner');
    expect(fileName).toMatch(/^2023-10-20 /);
  });

  it('stamps a filled council template with the local day', async () => {
    vi.useFakeTimers({ now: AFTER_LOCAL_MIDNIGHT, toFake: ['Date'] });
    const { bytes } = await buildMeetingDocument(
      workspace,
      meetingDoc,
      'minutes',
      councilTemplate(),
    );
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('2023-10-20T00:00:00Z');
  });
});
