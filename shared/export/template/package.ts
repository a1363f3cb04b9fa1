import JSZip from 'jszip';
import { TEMPLATE_MESSAGES, TemplateProblem, corrupt } from './errors';
import { parseXml, serializeXml, type XmlDocument } from './xml';

/**
 * A Word package (an OPC zip) opened for reading and light editing: parts are parsed on first
 * use and only the parts that were changed are written back, so the logo, theme, settings and
 * everything else the template holds leave exactly as they came in.
 */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const MAIN_CONTENT_TYPES = {
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  template: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  macroDocument: 'application/vnd.ms-word.document.macroEnabled.main+xml',
  macroTemplate: 'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
} as const;

const STRICT_NAMESPACE = 'http://purl.oclc.org/ooxml/';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

export class WordPackage {
  private readonly cache = new Map<string, XmlDocument>();
  private readonly dirty = new Set<string>();

  private constructor(readonly zip: JSZip) {}

  /** Opens the bytes as a zip, or says why they are not one. */
  static async open(bytes: Uint8Array): Promise<WordPackage> {
    if (startsWith(bytes, CFB_MAGIC))
      throw new TemplateProblem('unsupported', TEMPLATE_MESSAGES.encrypted);
    // Local file header PK\3\4, or PK\5\6 for an empty archive.
    if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
      throw new TemplateProblem('not-a-word-document', TEMPLATE_MESSAGES.notZip);
    try {
      return new WordPackage(await JSZip.loadAsync(bytes, { checkCRC32: true }));
    } catch {
      throw corrupt();
    }
  }

  has(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  async text(path: string): Promise<string | undefined> {
    const file = this.zip.file(path);
    if (!file) return undefined;
    try {
      return await file.async('string');
    } catch {
      throw corrupt();
    }
  }

  /** The parsed part, or undefined if the package has no such part. */
  async xml(path: string): Promise<XmlDocument | undefined> {
    const cached = this.cache.get(path);
    if (cached) return cached;
    const text = await this.text(path);
    if (text === undefined) return undefined;
    const doc = parseXml(text);
    if (doc.documentElement?.namespaceURI?.startsWith(STRICT_NAMESPACE))
      throw new TemplateProblem('unsupported', TEMPLATE_MESSAGES.strict);
    this.cache.set(path, doc);
    return doc;
  }

  /** Adds a new part, or replaces one, to be written on save. */
  put(path: string, doc: XmlDocument): void {
    this.cache.set(path, doc);
    this.dirty.add(path);
  }

  /** Marks a part changed in place. */
  touch(path: string): void {
    if (!this.cache.has(path)) throw new Error(`Part ${path} was never read`);
    this.dirty.add(path);
  }

  async save(): Promise<Uint8Array> {
    for (const path of this.dirty) {
      const doc = this.cache.get(path);
      if (doc) this.zip.file(path, serializeXml(doc));
    }
    this.dirty.clear();
    return this.zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
    });
  }
}

/** Names the kind of zip this is when it holds no Word document, for a helpful message. */
export function notWordMessage(pkg: WordPackage): string {
  if (pkg.has('xl/workbook.xml')) return TEMPLATE_MESSAGES.spreadsheet;
  if (pkg.has('ppt/presentation.xml')) return TEMPLATE_MESSAGES.presentation;
  if (pkg.has('mimetype') || pkg.has('content.xml')) return TEMPLATE_MESSAGES.openDocument;
  return TEMPLATE_MESSAGES.noDocument;
}
