import { describe, expect, it } from 'vitest';
import { inspectTemplate, type TemplateInfo } from '../../../../shared/export/template';
import { fixture } from './docx-reader';

async function inspect(name: string): Promise<TemplateInfo> {
  const result = await inspectTemplate(fixture(name));
  if (!result.ok) throw new Error(`${name}: ${result.error} ${result.message}`);
  return result.value;
}

const where = (info: TemplateInfo) =>
  info.placeholders.map(
    (p) => `${p.name}@${p.where}${p.part.includes('word/document') ? '' : ` ${p.part}`}`,
  );

describe('inspectTemplate', () => {
  it('finds the supplied council template’s placeholders, split ones included', async () => {
    const info = await inspect('council-template.docx');
    expect(info.kind).toBe('document');
    expect(where(info)).toEqual([
      'title@body',
      'group@body',
      'date@table-cell',
      'time@table-cell',
      'venue@table-cell',
      'chair@table-cell',
      'organisation@table-cell',
      'attendees@body',
      'apologies@body',
      'agenda@body',
      'minutes@body',
      'decisions@body',
      'actions@body',
      'next_meeting@body',
      'status@footer word/footer1.xml',
    ]);
    expect(info.unknown).toEqual([]);
    expect(info.missing).toEqual([]);
  });

  it('reports where the hand-made template’s placeholders sit, and what is unknown or missing', async () => {
    const info = await inspect('handmade.docx');
    expect(where(info)).toEqual([
      'title@body',
      'date@body',
      'time@body',
      'venue@body',
      'chair@body',
      'attendees@body',
      'apologies@body',
      'agenda@body',
      'minutes@body',
      'decisions@body',
      'actions@table-cell',
      'next_meeting@table-cell',
      'group@header word/header1.xml',
      'status@footer word/footer1.xml',
    ]);
    expect(info.placeholders.find((p) => p.name === 'time')).toMatchObject({
      raw: '{{ time }}',
      normalised: true,
      kind: 'inline',
    });
    expect(info.placeholders.find((p) => p.name === 'chair')).toMatchObject({
      raw: '{{Chair}}',
      normalised: true,
    });
    expect(info.placeholders.find((p) => p.name === 'actions')).toMatchObject({
      kind: 'block',
      inTableCell: true,
      normalised: false,
    });
    expect(info.unknown.map((p) => [p.raw, p.where])).toEqual([['{{venue_name}}', 'body']]);
    expect(info.missing).toEqual(['organisation']);
  });

  it('reads a .dotx as a template with the same placeholders', async () => {
    const info = await inspect('handmade.dotx');
    expect(info.kind).toBe('template');
    expect(info.placeholders).toEqual((await inspect('handmade.docx')).placeholders);
  });

  it('reads the LibreOffice-made template', async () => {
    const info = await inspect('libreoffice.docx');
    expect(where(info)).toEqual([
      'title@body',
      'date@body',
      'time@body',
      'venue@body',
      'chair@body',
      'attendees@body',
      'apologies@body',
      'minutes@body',
      'actions@body',
      'next_meeting@table-cell',
      'group@header word/header1.xml',
      'status@footer word/footer1.xml',
    ]);
    expect(info.missing).toEqual(['organisation', 'agenda', 'decisions']);
  });
});

describe('inspectTemplate refuses files it cannot use', () => {
  it.each([
    ['bad/not-a-template.txt', 'not-a-word-document', 'This file is not a Word document'],
    ['bad/spreadsheet.xlsx', 'not-a-word-document', 'This file is an Excel workbook'],
    ['bad/opendocument.odt', 'not-a-word-document', 'save it from LibreOffice as Word (.docx)'],
    ['bad/truncated.docx', 'corrupt', 'damaged or incomplete'],
    ['bad/unparsable-xml.docx', 'corrupt', 'damaged or incomplete'],
    [
      'bad/password-protected.docx',
      'unsupported',
      'This Word file is password-protected or in the old .doc format; save it as .docx.',
    ],
    ['bad/macro-enabled.docm', 'unsupported', 'contains macros'],
  ])('%s → %s', async (name, error, message) => {
    const result = await inspectTemplate(fixture(name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe(error);
    expect(result.message).toContain(message);
    // One line, British English, ending in a full stop.
    expect(result.message).not.toContain('\n');
    expect(result.message).toMatch(/\.$/);
  });

  it('refuses empty input as not a Word document', async () => {
    const result = await inspectTemplate(new Uint8Array());
    expect(result).toMatchObject({ ok: false, error: 'not-a-word-document' });
  });
});
