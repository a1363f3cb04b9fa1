import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../../electron/json-file';
import { tempDir } from './helpers';

/** When set, the next write to a temporary file stops half-way with this error. */
const diskTrouble = vi.hoisted(() => ({ code: null as string | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof fsPromises>();
  const writeFileFailing: typeof fs.writeFile = async (file, data, options) => {
    const code = diskTrouble.code;
    if (code === null || !String(file).endsWith('.tmp')) return fs.writeFile(file, data, options);
    diskTrouble.code = null;
    // What a full disk does: some bytes land, then the write fails.
    await fs.writeFile(file, String(data).slice(0, 5), options);
    throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
  };
  return { ...fs, writeFile: writeFileFailing, default: { ...fs, writeFile: writeFileFailing } };
});

const reading = {
  schema: z.object({ version: z.literal(1), names: z.array(z.string()) }),
  fallback: { version: 1 as const, names: [] },
  corrupt: 'not a list of names; starting afresh',
};

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await tempDir('json-file');
  file = path.join(dir, 'names.json');
});

afterEach(() => {
  diskTrouble.code = null;
  vi.restoreAllMocks();
});

describe('reading', () => {
  it('reads back what was written', async () => {
    await writeJsonFile(file, { version: 1, names: ['Ama', 'Bryn'] });
    expect(await readJsonFile(file, reading)).toEqual({ version: 1, names: ['Ama', 'Bryn'] });
  });

  it('gives the fallback for a missing file, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await readJsonFile(file, reading)).toEqual(reading.fallback);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['not JSON', '{"version": 1, "names": [', '(not JSON)'],
    ['the wrong shape', '{"version": 1, "names": "Ama"}', '(names: '],
  ])('gives the fallback for a file holding %s, with a warning naming it', async (_, text, why) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await writeFile(file, text);
    expect(await readJsonFile(file, reading)).toEqual(reading.fallback);
    expect(warn).toHaveBeenCalledOnce();
    const [line] = warn.mock.calls[0]!;
    expect(line).toContain(`Ignoring ${file} ${why}`);
    expect(line).toContain('not a list of names; starting afresh.');
  });

  it('throws for a file that is there but cannot be read, rather than read it as empty', async () => {
    await expect(readJsonFile(dir, reading)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('writing', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    await writeJsonFile(file, { version: 1, names: ['Ama'] });
    await writeJsonFile(file, { version: 1, names: ['Bryn'] });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, names: ['Bryn'] });
    expect(await readdir(dir)).toEqual(['names.json']);
  });

  it('on a full disk, says so and keeps the old content', async () => {
    await writeJsonFile(file, { version: 1, names: ['Ama'] });
    const before = await readFile(file, 'utf8');
    diskTrouble.code = 'ENOSPC';
    await expect(writeJsonFile(file, { version: 1, names: ['Bryn'] })).rejects.toThrow(
      `Could not save ${file}: the disk is full. The copy already there is unchanged.`,
    );
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['names.json']);
  });

  it('keeps saves in flight apart', async () => {
    await Promise.all(
      ['Ama', 'Bryn', 'Cai'].map((name) => writeJsonFile(file, { version: 1, names: [name] })),
    );
    expect(await readJsonFile(file, reading)).toMatchObject({ version: 1 });
    expect(await readdir(dir)).toEqual(['names.json']);
  });

  it('creates the file with the mode asked for', async () => {
    await writeJsonFile(file, { version: 1, names: [] }, { mode: 0o600 });
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
