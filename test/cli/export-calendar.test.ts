import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { icsLine, unescapeText } from '../shared/export/ics-reader';
import { quorum, runInProcess } from './run-quorum';

/** quorum export --format ics: a meeting as a calendar event, from the command line. */
let dir: string;
const at = (name: string) => join(dir, name);

const run = (...argv: string[]) => runInProcess(argv, '2023-10-20T09:30:00.000Z');
const exportIcs = (...extra: string[]) => [
  'export',
  at('sample.quorum'),
  '--meeting',
  '2023-10-09',
  '--format',
  'ics',
  ...extra,
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-export-ics-'));
  expect((await run('sample', '--out', at('sample.quorum'))).code).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quorum export --format ics', () => {
  it('writes the meeting as a calendar event, stamped with the moment it ran', async () => {
    const result = await run(...exportIcs('--out', at('meeting.ics')));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const ics = readFileSync(at('meeting.ics'), 'utf8');
    expect(icsLine(ics, 'DTSTART').value).toBe('20231009T120000Z');
    expect(icsLine(ics, 'DTEND').value).toBe('20231009T130000Z');
    expect(icsLine(ics, 'DTSTAMP').value).toBe('20231020T093000Z');
    expect(unescapeText(icsLine(ics, 'DESCRIPTION').value)).toContain('Migration Strategy');
  }, 60_000);

  it('runs in the installed command, which loads the ics library in plain Node', () => {
    const result = quorum(exportIcs('--out', at('installed.ics')), dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(at('installed.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  }, 60_000);

  it('refuses a council template, which only fills Word documents', async () => {
    const result = await run(...exportIcs('--template', 'council.docx', '--out', at('x.ics')));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a calendar event has none');
  });
});
