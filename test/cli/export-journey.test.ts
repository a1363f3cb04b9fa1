import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrateWorkspace } from '../../shared/model';
import { encodeWorkspaceFile } from '../../shared/workspace-file';
import { runInProcess } from './run-quorum';

/** quorum export --journey: the evidence pack, read back with JSZip, not the code that wrote it. */
let dir: string;
const at = (name: string) => join(dir, name);
const run = (...argv: string[]) => runInProcess(argv, '2024-01-20T09:30:00.000Z');

async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-journey-'));
  expect((await run('sample', '--out', at('sample.quorum'))).code).toBe(0);
  const empty = new Y.Doc();
  migrateWorkspace(empty);
  writeFileSync(
    at('empty.quorum'),
    encodeWorkspaceFile({
      workspace: empty,
      meetings: new Map(),
      appVersion: '0.1.0',
      now: new Date(),
    }),
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quorum export --journey', () => {
  it('writes the sample journey’s evidence pack', async () => {
    const result = await run('export', at('sample.quorum'), '--journey', '--out', at('pack.docx'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const text = await documentText(at('pack.docx'));
    const order = [
      'City of Sanctuary: Council of Sanctuary award: evidence pack',
      'Prepared on 20 January 2024: 2 of 8 steps done.',
      'Produce an Action Plan using the ‘LEARN, EMBED, SHARE’ criteria.',
      'Learn',
      'Mapping of council services, 9 October 2023',
      'Embed',
      'Deputation to full council, 13 September 2023',
      'Share',
      'No Share evidence yet.',
      'Criteria',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  }, 60_000);

  it('says clearly when the workspace has no journey, or the options do not fit', async () => {
    const none = await run('export', at('empty.quorum'), '--journey', '--out', at('none.docx'));
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain('This workspace has no journey yet');
    const mixed = await run(
      'export',
      at('sample.quorum'),
      '--journey',
      '--format',
      'minutes',
      '--out',
      at('x.docx'),
    );
    expect(mixed.code).not.toBe(0);
    expect(mixed.stderr).toContain('leave out --meeting and --format');
  }, 60_000);
});
