import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../../shared/export/template';
import { AWARD_STEPS } from '../../../../shared/sample/meeting-2023-10-09';
import { requireTestTools } from '../../../setup/require-tools';
import { fixture } from './docx-reader';
import { richMeeting } from './rich-meeting';

/**
 * The filled documents opened by a real word processor: LibreOffice converts them all to PDF
 * in one run (its own throwaway profile, so it never touches a user's), and pdftotext reads
 * what a printed page would show, headers and footers included.
 */

const TEMPLATES: Record<string, { header: string; footer: string }> = {
  'council-template.docx': {
    header: 'Leeds City Council',
    footer: '– Draft – subject to approval',
  },
  'handmade.docx': {
    header: 'Handmade Borough Council – Leeds City Council’s City of Sanctuary',
    footer: 'Minutes status: Draft – subject to approval – page 1',
  },
  'handmade.dotx': {
    header: 'Handmade Borough Council – Leeds City Council’s City of Sanctuary',
    footer: 'Minutes status: Draft – subject to approval – page 1',
  },
  'libreoffice.docx': {
    header: 'Riverside District Council – Leeds City Council’s City of Sanctuary',
    footer: 'Draft – subject to approval – page 1',
  },
};

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('filled templates printed by LibreOffice', () => {
  requireTestTools(['soffice', 'pdftotext']);
  const dir = mkdtempSync(join(tmpdir(), 'quorum-template-pdf-'));
  const pdfText = new Map<string, string>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const name of Object.keys(TEMPLATES)) {
      const result = await fillTemplate(fixture(name), richMeeting(), { today: '2023-10-10' });
      if (!result.ok) throw new Error(`${name}: ${result.message}`);
      const file = join(dir, `${name.replace(/\W/g, '-')}.docx`);
      writeFileSync(file, result.value);
      files.push(file);
    }
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    for (const [index, name] of Object.keys(TEMPLATES).entries()) {
      const pdf = files[index]!.replace(/\.docx$/, '.pdf');
      execFileSync('pdftotext', ['-layout', pdf, `${pdf}.txt`]);
      pdfText.set(name, flat(readFileSync(`${pdf}.txt`, 'utf8')));
    }
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(Object.entries(TEMPLATES))(
    '%s shows the meeting, its steps, header and footer',
    (name, expected) => {
      const text = pdfText.get(name) ?? '';
      expect(text).toContain('City of Sanctuary Local Authority Network Steering Group');
      expect(text).toContain('9 October 2023');
      for (const step of AWARD_STEPS) expect(text).toContain(flat(step).slice(0, 40));
      expect(text).toContain('Share the migration report');
      expect(text).toContain(expected.header);
      expect(text).toContain(expected.footer);
      expect(text).not.toMatch(/\{\{(?!venue_name)[^{}]*\}\}/);
    },
  );
});
