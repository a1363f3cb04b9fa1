// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserAdapter } from '../../../renderer/platform/browser-adapter';
import { MAX_FILE_BYTES } from '../../../shared/ipc';

const docxFilter = [{ name: 'Word document', extensions: ['docx'] }];

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('browser adapter (window.quorum outside Electron)', () => {
  it('reports the app version and a web platform', async () => {
    const info = await createBrowserAdapter().getAppInfo();
    expect(info).toEqual({
      ok: true,
      value: { name: 'Quorum', version: __APP_VERSION__, platform: 'web' },
    });
  });

  it('saves a file as a download with the suggested name and the exact bytes', async () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:quorum-test';
    });
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const result = await createBrowserAdapter().saveFile({
      suggestedName: '2023-10-09 Steering Group minutes DRAFT.docx',
      data: bytes,
      filters: docxFilter,
    });
    expect(result).toEqual({
      ok: true,
      value: { location: '2023-10-09 Steering Group minutes DRAFT.docx' },
    });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('2023-10-09 Steering Group minutes DRAFT.docx');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:quorum-test');
    const [blob] = blobs;
    expect(blob).toBeDefined();
    expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(bytes);
    expect(document.querySelector('a')).toBeNull();
  });

  it('rejects a save request that fails the shared schema, as main does', async () => {
    const result = await createBrowserAdapter().saveFile({
      suggestedName: '../../etc/passwd',
      data: new Uint8Array(1),
      filters: [],
    });
    expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect(!result.ok && result.message).toContain('suggestedName');
  });

  it('opens the file the person picks and returns its bytes', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      expect(this.accept).toBe('.docx');
      const file = new File([new Uint8Array([1, 2, 3])], 'council.docx');
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const result = await createBrowserAdapter().openFile({
      title: 'Choose a template',
      filters: docxFilter,
    });
    expect(result).toEqual({
      ok: true,
      value: { name: 'council.docx', data: new Uint8Array([1, 2, 3]) },
    });
  });

  it('reports a dismissed picker as cancelled and an oversized file as too large', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (
      this: HTMLInputElement,
    ) {
      this.dispatchEvent(new Event('cancel'));
    });
    const adapter = createBrowserAdapter();
    expect(await adapter.openFile({ title: 'Choose', filters: docxFilter })).toMatchObject({
      ok: false,
      error: 'cancelled',
    });

    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (
      this: HTMLInputElement,
    ) {
      const file = new File([new Uint8Array(1)], 'huge.docx');
      Object.defineProperty(file, 'size', { value: MAX_FILE_BYTES + 1 });
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    expect(await adapter.openFile({ title: 'Choose', filters: docxFilter })).toMatchObject({
      ok: false,
      error: 'too-large',
    });
  });
});
