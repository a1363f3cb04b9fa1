import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  agendaMap,
  createAction,
  listAgenda,
  meetingsMap,
  minutesFragment,
} from '../../shared/model';
import { buildSampleWorkspace } from '../../shared/sample';
import { encodeWorkspaceFile } from '../../shared/workspace-file';
import { runInProcess } from './run-quorum';

/**
 * Workspace files written to attack whoever reads them: escape sequences and newlines in
 * titles for a terminal, and data nested deep enough to overflow a recursive reader. Each
 * is answered with one line; nothing reaches the terminal raw.
 */
let dir: string;
const at = (name: string) => join(dir, name);
const run = (...argv: string[]) => runInProcess(argv, '2024-01-15T09:30:00.000Z');
const NOW = new Date('2024-02-01T09:00:00Z');

function write(name: string, build: (sample: ReturnType<typeof buildSampleWorkspace>) => void) {
  const sample = buildSampleWorkspace({ now: NOW });
  build(sample);
  const { workspace, meetings } = sample;
  writeFileSync(
    at(name),
    encodeWorkspaceFile({ workspace, meetings, appVersion: '0.1.0', now: NOW }),
  );
}

// ESC [ 2 J clears the screen; ESC ] 0 ; … BEL retitles the terminal window.
const HOSTILE = 'Budget\u001b[2J\u001b]0;owned\u0007\nforged row\r\u202eevil';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quorum-hostile-'));
  write('escapes.quorum', ({ workspace }) => {
    // Written straight into the records, as a hostile file would hold them.
    const [first, record] = [...meetingsMap(workspace).entries()][0]!;
    record.set('title', HOSTILE);
    createAction(workspace, {
      description: HOSTILE,
      ownerName: `Jenny${HOSTILE}`,
      due: '2023-10-01',
      status: 'open',
      meetingId: first,
    });
  });
  write('deep-record.quorum', ({ workspace }) => {
    let map = new Y.Map<unknown>();
    [...meetingsMap(workspace).values()][0]!.set('extra', map);
    for (let i = 0; i < 500; i++) {
      const next = new Y.Map<unknown>();
      map.set('x', next);
      map = next;
    }
  });
  write('deep-minutes.quorum', ({ meetings }) => {
    const doc = [...meetings.values()][0]!;
    let element = new Y.XmlElement('blockquote');
    minutesFragment(doc, listAgenda(doc)[0]!.id).insert(0, [element]);
    for (let i = 0; i < 500; i++) {
      const next = new Y.XmlElement('blockquote');
      element.insert(0, [next]);
      element = next;
    }
    expect(agendaMap(doc).size).toBeGreaterThan(0);
  });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Control characters but the newline between rows, and the bidirectional overrides.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('a workspace file written to attack its reader', () => {
  it.each([
    ['info', () => ['info', at('escapes.quorum')]],
    ['actions', () => ['actions', at('escapes.quorum')]],
    ['search', () => ['search', at('escapes.quorum'), 'Budget']],
  ])('quorum %s prints titles without control characters or forged rows', async (_name, argv) => {
    const { code, stdout } = await run(...argv());
    expect(code).toBe(0);
    expect(stdout).not.toMatch(CONTROL);
    const hostileLines = stdout.split('\n').filter((line) => line.includes('Budget'));
    expect(hostileLines.length).toBeGreaterThan(0);
    // The newline in the title did not start a row of its own.
    for (const line of hostileLines) expect(line).toContain('forged row');
    expect(stdout.split('\n').some((line) => line.startsWith('forged row'))).toBe(false);
  });

  it('--json keeps the title exactly, escaped by JSON', async () => {
    const { stdout } = await run('info', at('escapes.quorum'), '--json');
    const titles = (JSON.parse(stdout) as { meetings: { title: string }[] }).meetings.map(
      (m) => m.title,
    );
    expect(titles).toContain(HOSTILE);
  });

  it.each([
    ['deep-record.quorum', 'workspace document'],
    ['deep-minutes.quorum', 'meeting document'],
  ])('%s is refused in one line, not with a stack overflow', async (file, which) => {
    for (const argv of [
      ['info', at(file)],
      ['search', at(file), 'council'],
    ]) {
      const { code, stdout, stderr } = await run(...argv);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).not.toMatch(/RangeError|call stack/);
      expect(stderr).toMatch(
        new RegExp(`^quorum: .*${which} \\S+ nests data more than 64 levels deep.*\\n$`),
      );
    }
  });
});
