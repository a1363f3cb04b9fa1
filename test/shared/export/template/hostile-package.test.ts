import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fillTemplate, inspectTemplate } from '../../../../shared/export/template';
import { LIMIT_MESSAGES, TEMPLATE_LIMITS } from '../../../../shared/export/template/limits';
import { WordPackage } from '../../../../shared/export/template/package';
import { sampleMeeting } from './docx-reader';

/**
 * Hostile templates, each built here with JSZip (not by the code under test): zips that unpack
 * to millions of paragraphs, tables nested thousands deep, macros, stray and unsafe entries.
 * Each must be refused in one line before the work starts, or filled into a file that holds
 * only what a Word document needs.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const VBA_REL = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';
const MB = 1024 * 1024;

interface Extra {
  /** Relationships of word/document.xml: [id, type, target]. */
  rels?: [string, string, string][];
  overrides?: [string, string][];
  files?: Record<string, string | Uint8Array>;
}

const body = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${OFFICE_REL}"><w:body>${inner}<w:sectPr/></w:body></w:document>`;

async function template(
  documentXml: string,
  extra: Extra = {},
  compression: 'DEFLATE' | 'STORE' = 'DEFLATE',
): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    [
      '/word/document.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    ],
    ...(extra.overrides ?? []),
  ];
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>${overrides
      .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
      .join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file('word/document.xml', documentXml);
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${(
      extra.rels ?? []
    )
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join('')}</Relationships>`,
  );
  for (const [path, content] of Object.entries(extra.files ?? {})) zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array', compression });
}

/** Fills with the sample meeting and returns the failure message, or throws if it filled. */
async function refusal(bytes: Uint8Array): Promise<string> {
  const inspected = await inspectTemplate(bytes);
  const filled = await fillTemplate(bytes, sampleMeeting('2023-10-09'));
  if (inspected.ok || filled.ok) throw new Error('The hostile template was accepted');
  expect(filled).toMatchObject({ ok: false, error: 'unsupported' });
  expect(inspected.message).toBe(filled.message);
  expect(filled.message).not.toContain('\n');
  return filled.message;
}

/** Sets an entry's declared unpacked size in both zip headers, as a lying zip would. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const encoded = new TextEncoder().encode(name);
  const nameAt = (at: number) => encoded.every((b, i) => bytes[at + i] === b);
  for (let at = 0; at < bytes.length - 4; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && nameAt(at + 30)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && nameAt(at + 46)) view.setUint32(at + 24, size, true);
  }
  return bytes;
}

describe('templates that would take unbounded work', () => {
  it('refuses a document.xml that unpacks past the limit, without parsing it', async () => {
    // About 3 million empty paragraphs: a few dozen kilobytes zipped.
    const paragraphs = '<w:p/>'.repeat(Math.ceil((TEMPLATE_LIMITS.xmlPartBytes + MB) / 6));
    const bytes = await template(body(paragraphs));
    expect(bytes.length).toBeLessThan(MB);
    expect(await refusal(bytes)).toBe(
      LIMIT_MESSAGES.partBytes('document.xml', TEMPLATE_LIMITS.xmlPartBytes),
    );
  }, 60_000);

  it('stops unpacking at the limit even when the zip declares a small size', async () => {
    const paragraphs = '<w:p/>'.repeat(Math.ceil((TEMPLATE_LIMITS.xmlPartBytes + MB) / 6));
    const honest = await template(body(paragraphs));
    const lying = declareSize(honest, 'word/document.xml', 1000);
    expect(await refusal(lying)).toBe(
      LIMIT_MESSAGES.partBytes('document.xml', TEMPLATE_LIMITS.xmlPartBytes),
    );
  }, 60_000);

  it('refuses more paragraphs than a template could need, and says so in one line', async () => {
    const paragraphs = '<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(TEMPLATE_LIMITS.paragraphs + 1);
    expect(await refusal(await template(body(paragraphs)))).toBe(
      'This Word file’s document.xml has more than 20,000 paragraphs, far more than a template needs; use a shorter, simpler template.',
    );
  });

  it('refuses 20,000 nested tables instead of writing a file Word cannot open', async () => {
    const depth = 20_000;
    const open = '<w:tbl><w:tr><w:tc>'.repeat(depth);
    const close = '<w:p/></w:tc></w:tr></w:tbl>'.repeat(depth);
    expect(await refusal(await template(body(open + close)))).toBe(
      LIMIT_MESSAGES.tableDepth('document.xml'),
    );
  });

  it('refuses content nested deeper than Word reads, tables or not', async () => {
    const depth = TEMPLATE_LIMITS.depth;
    const xml = body(
      '<w:sdt><w:sdtContent>'.repeat(depth) + '</w:sdtContent></w:sdt>'.repeat(depth),
    );
    expect(await refusal(await template(xml))).toBe(LIMIT_MESSAGES.depth('document.xml'));
  });

  it('reads the shape of a part with no closing bracket in one pass, and calls it damaged', async () => {
    // 4 MB of '<w:p' and never a '>': a scan that looked for '>' from every '<' would take
    // hours here.
    const bytes = await template(body('<w:p'.repeat(1_000_000)));
    expect(await fillTemplate(bytes, sampleMeeting('2023-10-09'))).toMatchObject({
      ok: false,
      error: 'corrupt',
    });
  }, 30_000);

  it('refuses a zip of more entries than any Word file has', async () => {
    const files: Record<string, string> = {};
    for (let n = 0; n <= TEMPLATE_LIMITS.entries; n += 1) files[`word/stray/${n}.txt`] = '';
    expect(await refusal(await template(body('<w:p/>'), { files }))).toBe(LIMIT_MESSAGES.entries);
  });

  it('still fills tables nested three deep into a document every part of which parses', async () => {
    const nested =
      '<w:tbl><w:tr><w:tc>'.repeat(3) +
      '<w:p><w:r><w:t>{{title}}</w:t></w:r></w:p>' +
      '</w:tc></w:tr></w:tbl>'.repeat(3);
    const filled = await fillTemplate(await template(body(nested)), sampleMeeting('2023-10-09'));
    if (!filled.ok) throw new Error(filled.message);
    const zip = await JSZip.loadAsync(filled.value);
    const document = await zip.file('word/document.xml')!.async('string');
    const parsed = new DOMParser().parseFromString(document, 'text/xml');
    expect(parsed.getElementsByTagNameNS(W, 'tbl').length).toBe(3);
    expect(document).toContain('City of Sanctuary Local Authority Network Steering Group');
  });
  it('refuses a part whose bytes do not match its checksum as damaged', async () => {
    const stored = await template(body('<w:p><w:r><w:t>ABCDEF</w:t></w:r></w:p>'), {}, 'STORE');
    const at = new TextDecoder('latin1').decode(stored).indexOf('ABCDEF');
    stored[at] = 'Z'.charCodeAt(0);
    const filled = await fillTemplate(stored, sampleMeeting('2023-10-09'));
    expect(filled).toMatchObject({ ok: false, error: 'corrupt' });
  });
});

describe('parts copied from the template', () => {
  const hostileParts = async () => {
    const zip = await JSZip.loadAsync(
      await template(body('<w:p><w:r><w:t>{{title}}</w:t></w:r></w:p>'), {
        rels: [
          ['rId1', `${OFFICE_REL}/image`, 'media/logo.png'],
          ['rId2', VBA_REL, 'vbaProject.bin'],
        ],
        overrides: [['/word/vbaProject.bin', 'application/vnd.ms-office.vbaProject']],
        files: {
          'word/media/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
          'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
          'word/unknown/notes.xml': '<notes>not a Word part</notes>',
          '/etc/quorum-absolute.txt': 'absolute',
          '../../quorum-escape.txt': 'escapes the folder',
          // 40 MiB of zeros zips to a few kilobytes; nothing refers to it.
          'word/giant.bin': new Uint8Array(40 * MB),
        },
      }),
    );
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  };

  it('writes only the parts the document reaches, without the macros', async () => {
    const filled = await fillTemplate(await hostileParts(), sampleMeeting('2023-10-09'));
    if (!filled.ok) throw new Error(filled.message);
    const out = await JSZip.loadAsync(filled.value);
    const names = Object.keys(out.files).filter((name) => !out.files[name]!.dir);
    expect(names.sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/core.xml',
        'word/_rels/document.xml.rels',
        'word/document.xml',
        'word/media/logo.png',
      ].sort(),
    );
    expect(names.filter((name) => name.startsWith('/') || name.includes('..'))).toEqual([]);
    const rels = await out.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).not.toContain('vbaProject');
    expect(rels).toContain('media/logo.png');
    const types = await out.file('[Content_Types].xml')!.async('string');
    expect(types).not.toContain('vbaProject');
    expect(await out.file('word/media/logo.png')!.async('uint8array')).toEqual(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    );
  }, 30_000);

  it('warns, from opening on, that the macros are left out, and only once', async () => {
    const pkg = await WordPackage.open(await hostileParts());
    expect(pkg.warnings).toEqual([LIMIT_MESSAGES.macrosDropped]);
    await pkg.save();
    expect(pkg.warnings).toEqual([LIMIT_MESSAGES.macrosDropped]);
    const plain = await WordPackage.open(await template(body('<w:p/>')));
    await plain.save();
    expect(plain.warnings).toEqual([]);
  }, 30_000);

  it('refuses a giant part the document does refer to, in one line', async () => {
    const bytes = await template(body('<w:p/>'), {
      rels: [['rId1', `${OFFICE_REL}/image`, 'media/huge.png']],
      files: { 'word/media/huge.png': new Uint8Array(TEMPLATE_LIMITS.binaryPartBytes + 1) },
    });
    const filled = await fillTemplate(bytes, sampleMeeting('2023-10-09'));
    expect(filled).toEqual({
      ok: false,
      error: 'unsupported',
      message: LIMIT_MESSAGES.partBytes('huge.png', TEMPLATE_LIMITS.binaryPartBytes),
    });
  }, 30_000);
});
