import * as fs from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/ipc';
import { appHandlers } from '../../electron/ipc/app';
import { fileHandlers } from '../../electron/ipc/files';
import { fake } from './fakes/electron';
import { tempDir } from './helpers';

// Only so a test can make writeFile fail like a full disk; it writes for real otherwise.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, writeFile: vi.fn(actual.writeFile) };
});

const filters = [{ name: 'Word document', extensions: ['docx'] }];
const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
let dir: string;

beforeEach(async () => {
  dir = await tempDir('files');
});

function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

describe('file:save', () => {
  const request = { suggestedName: 'Minutes.docx', data: bytes, filters };

  it('writes the bytes where the user chose', async () => {
    const target = path.join(dir, 'Minutes 9 October 2023.docx');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await fileHandlers['file:save'](request);
    expect(result).toEqual({ ok: true, value: { location: target } });
    expect(new Uint8Array(await fs.readFile(target))).toEqual(bytes);
    expect(fake.dialog.showSaveDialog.mock.calls[0]?.at(-1)).toEqual({
      defaultPath: 'Minutes.docx',
      filters,
    });
  });

  it('reports a closed dialog as cancelled and writes nothing', async () => {
    const result = await fileHandlers['file:save'](request);
    expect(result).toMatchObject({ ok: false, error: 'cancelled' });
    expect(fs.writeFile).not.toHaveBeenCalled();
  });

  it('says the disk is full on ENOSPC', async () => {
    const target = path.join(dir, 'Minutes.docx');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    vi.mocked(fs.writeFile).mockRejectedValueOnce(fsError('ENOSPC', 'no space left on device'));
    const result = await fileHandlers['file:save'](request);
    expect(result).toMatchObject({ ok: false, error: 'io-error' });
    expect((result as { message: string }).message).toMatch(/^The disk is full: .*Minutes\.docx/);
  });

  it('names the path and keeps the detail for an error it has no words for', async () => {
    const target = path.join(dir, 'Minutes.docx');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    vi.mocked(fs.writeFile).mockRejectedValueOnce(fsError('EWEIRD', 'something odd'));
    const result = await fileHandlers['file:save'](request);
    expect(result).toEqual({
      ok: false,
      error: 'io-error',
      message: `Could not save ${target}: EWEIRD: something odd`,
    });
  });

  it('reports a folder that has gone', async () => {
    const target = path.join(dir, 'gone', 'Minutes.docx');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await fileHandlers['file:save'](request);
    expect(result).toMatchObject({ ok: false, error: 'io-error' });
    expect((result as { message: string }).message).toContain('The folder no longer exists');
  });
});

describe('file:open', () => {
  const request = { title: 'Import a Word template', filters };

  it('reads the file the user picked', async () => {
    const source = path.join(dir, 'Template.docx');
    await fs.writeFile(source, bytes);
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [source] });
    const result = await fileHandlers['file:open'](request);
    expect(result).toEqual({ ok: true, value: { name: 'Template.docx', data: bytes } });
    expect(fake.dialog.showOpenDialog.mock.calls[0]?.at(-1)).toMatchObject({
      title: 'Import a Word template',
      filters,
      properties: ['openFile'],
    });
  });

  it('refuses a file over the limit as too-large', async () => {
    const source = path.join(dir, 'huge.docx');
    await fs.writeFile(source, '');
    await fs.truncate(source, MAX_FILE_BYTES + 1); // sparse: no real 50 MB written
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [source] });
    const result = await fileHandlers['file:open'](request);
    expect(result).toMatchObject({ ok: false, error: 'too-large' });
    expect((result as { message: string }).message).toContain('50 MB');
  });

  it('reports a closed dialog as cancelled', async () => {
    expect(await fileHandlers['file:open'](request)).toMatchObject({
      ok: false,
      error: 'cancelled',
    });
  });

  it('reports a file that has gone as an io-error', async () => {
    const source = path.join(dir, 'gone.docx');
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [source] });
    const result = await fileHandlers['file:open'](request);
    expect(result).toEqual({
      ok: false,
      error: 'io-error',
      message: `The file no longer exists: ${source}.`,
    });
  });
});

describe('app:info', () => {
  it('answers with the app name, version and platform', async () => {
    expect(await appHandlers['app:info']()).toEqual({
      ok: true,
      value: { name: 'Quorum', version: '0.1.0', platform: process.platform },
    });
  });
});
