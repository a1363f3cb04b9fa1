import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { expect } from 'vitest';
import {
  readMeetingForExport,
  type MeetingExportData,
} from '../../../../shared/export/meeting-data';
import { listMeetings } from '../../../../shared/model';
import { buildSampleWorkspace } from '../../../../shared/sample';

/**
 * Reads filled documents back independently of the code that wrote them: JSZip and xmldom
 * only, with strict parsing, so a malformed part fails the test that reads it.
 */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const FIXTURES = join(import.meta.dirname, '../../../fixtures/templates');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function sampleMeeting(date = '2023-10-09'): MeetingExportData {
  const { workspace, meetings } = buildSampleWorkspace({
    now: new Date('2023-10-10T09:00:00Z'),
    asOf: '2023-10-10',
  });
  const id = listMeetings(workspace).find((m) => m.date === date)?.id;
  const doc = id ? meetings.get(id) : undefined;
  if (!doc) throw new Error(`No sample meeting on ${date}`);
  return readMeetingForExport(workspace, doc);
}

export function parseStrict(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

export class Docx {
  private constructor(readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<Docx> {
    return new Docx(await JSZip.loadAsync(bytes, { checkCRC32: true }));
  }

  names(): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name]!.dir);
  }

  async text(name: string): Promise<string> {
    const file = this.zip.file(name);
    if (!file) throw new Error(`No ${name} in the package`);
    return file.async('string');
  }

  async bytes(name: string): Promise<Uint8Array> {
    const file = this.zip.file(name);
    if (!file) throw new Error(`No ${name} in the package`);
    return file.async('uint8array');
  }

  async xml(name: string): Promise<Document> {
    return parseStrict(await this.text(name));
  }

  /** Every XML part, parsed strictly: a generated part that is not well-formed fails here. */
  async allXml(): Promise<Map<string, Document>> {
    const parts = new Map<string, Document>();
    for (const name of this.names().filter((n) => /\.(xml|rels)$/.test(n)))
      parts.set(name, await this.xml(name));
    return parts;
  }

  /** The text of every w:t in the body, headers and footers, joined per part. */
  async wordText(): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    for (const name of this.names().filter((n) =>
      /^word\/(document|header\d*|footer\d*)\.xml$/.test(n),
    )) {
      const doc = await this.xml(name);
      texts.set(
        name,
        elements(doc, 't')
          .map((t) => t.textContent ?? '')
          .join(''),
      );
    }
    return texts;
  }
}

export function elements(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W, localName));
}

export function attr(element: Element | undefined, localName: string): string | null {
  return element?.getAttributeNS(W, localName) ?? null;
}

export function child(element: Element, localName: string): Element | undefined {
  return Array.from(element.childNodes).find(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === localName,
  );
}

/** Text of one paragraph. */
export function paragraphText(p: Element): string {
  return elements(p, 't')
    .map((t) => t.textContent ?? '')
    .join('');
}

/** The paragraph style id of a paragraph, if any. */
export function styleOf(p: Element): string | null {
  const pPr = child(p, 'pPr');
  return attr(pPr && child(pPr, 'pStyle'), 'val');
}

export function expectNoPlaceholders(texts: Map<string, string>, allowed: string[] = []): void {
  for (const [part, text] of texts) {
    const left = (text.match(/\{\{[^{}]*\}\}/g) ?? []).filter((p) => !allowed.includes(p));
    expect(left, `placeholders left in ${part}`).toEqual([]);
  }
}
