import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { convertDocxToPdf, findLibreOffice, pdfHandlers } from '../../electron/ipc/pdf';
import { buildMinutesDocx } from '../../shared/export/house';
import { sampleMeeting } from '../shared/export/house/fixtures';
import { requireTestTools } from '../setup/require-tools';

const soffice = findLibreOffice();

afterEach(() => {
  delete process.env.QUORUM_SOFFICE;
});

async function docxSaying(text: string): Promise<Uint8Array> {
  return new Uint8Array(
    await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] })),
  );
}

describe('finding LibreOffice', () => {
  it('looks in each platform’s install location and honours QUORUM_SOFFICE', () => {
    const seen: string[] = [];
    const exists = (path: string) => {
      seen.push(path);
      return path.endsWith('LibreOffice.app/Contents/MacOS/soffice');
    };
    expect(findLibreOffice('darwin', exists)).toBe(
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
    );
    expect(findLibreOffice('win32', () => false)).toBeNull();
    expect(seen).toContain('/Applications/LibreOffice.app/Contents/MacOS/soffice');
    process.env.QUORUM_SOFFICE = '/nowhere/soffice';
    expect(findLibreOffice('linux', existsSync)).toBeNull();
  });

  it('says PDF is unavailable, and why, when LibreOffice is not installed', async () => {
    process.env.QUORUM_SOFFICE = '/nowhere/soffice';
    const result = await pdfHandlers['export:pdf']({ docx: await docxSaying('x') });
    expect(result).toMatchObject({ ok: false, error: 'unavailable' });
    expect(!result.ok && result.message).toContain('needs LibreOffice');
  });
});

describe('converting with LibreOffice', () => {
  // pdfinfo comes with pdftotext, in poppler-utils.
  requireTestTools(['soffice', 'pdftotext']);

  it('turns a Word document into a PDF with the same text', async () => {
    const pdf = await convertDocxToPdf(soffice!, await docxSaying('Minutes of the Steering Group'));
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
    expect(text).toContain('Minutes of the Steering Group');
  }, 120_000);

  it('writes a tagged PDF carrying the document’s title and language', async () => {
    const result = await pdfHandlers['export:pdf']({
      docx: await buildMinutesDocx(sampleMeeting('2023-10-09')),
    });
    if (!result.ok) throw new Error(result.message);
    const info = execFileSync('pdfinfo', ['-'], { input: result.value }).toString();
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(
      /^Title:\s+Minutes: City of Sanctuary Local Authority Network Steering Group$/m,
    );
    // LibreOffice writes the catalogue uncompressed; /Lang is the document's language.
    expect(Buffer.from(result.value).toString('latin1')).toContain('/Lang(en-GB)');
  }, 120_000);

  it('reports a document LibreOffice cannot read as an error, not a crash', async () => {
    const result = await pdfHandlers['export:pdf']({
      docx: new TextEncoder().encode('not a word document'),
    });
    expect(result.ok).toBe(false);
  }, 120_000);
});
