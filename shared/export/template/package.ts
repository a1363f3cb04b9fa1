import JSZip from 'jszip';
import { TEMPLATE_MESSAGES, TemplateProblem, corrupt } from './errors';
import { keptParts } from './kept-parts';
import {
  LIMIT_MESSAGES,
  TEMPLATE_LIMITS,
  checkXmlShape,
  isSafeEntryName,
  partName,
  tooBig,
} from './limits';
import { parseXml, serializeXml, type XmlDocument } from './xml';
import { declaredEntries, unpack, type ZipEntry } from './zip-entry';

/**
 * A Word package (an OPC zip) opened for reading and light editing. Parts are unpacked and
 * parsed on first use, each within TEMPLATE_LIMITS, so a hostile zip is refused in one line
 * before it can exhaust memory. Saving writes a new zip holding only the parts the document
 * reaches through its relationships: the logo, theme, settings and the rest leave exactly as
 * they came in; macros, stray files and entries with unsafe names never leave at all.
 */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const MAIN_CONTENT_TYPES = {
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  template: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  macroDocument: 'application/vnd.ms-word.document.macroEnabled.main+xml',
  macroTemplate: 'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
} as const;

const STRICT_NAMESPACE = 'http://purl.oclc.org/ooxml/';
export const CONTENT_TYPES_PART = '[Content_Types].xml';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

const isXmlPart = (path: string) => /\.(xml|rels)$/i.test(path);

export class WordPackage {
  private readonly cache = new Map<string, XmlDocument>();
  private readonly dirty = new Set<string>();
  /** Parts written as XML text (the filled document, numbering): saved as they are. */
  private readonly written = new Map<string, string>();
  /** Entries named '/…', '…/../…' or with backslashes: never read, never written. */
  private readonly unsafe = new Set<string>();
  /** What the filled document will leave out that the officer should know of (macros). */
  readonly warnings: string[] = [];

  private constructor(readonly zip: JSZip) {
    for (const [name, entry] of Object.entries(zip.files) as [string, ZipEntry][]) {
      if (!isSafeEntryName(name, entry.unsafeOriginalName)) this.unsafe.add(name);
    }
    // Known on opening, so inspecting a template can warn before any export drops them.
    if (Object.keys(zip.files).some((name) => /(^|\/)vba(Project\.bin|Data\.xml)$/i.test(name)))
      this.warnings.push(LIMIT_MESSAGES.macrosDropped);
  }

  /** Opens the bytes as a zip within TEMPLATE_LIMITS, or says why they are not one. */
  static async open(bytes: Uint8Array): Promise<WordPackage> {
    if (startsWith(bytes, CFB_MAGIC))
      throw new TemplateProblem('unsupported', TEMPLATE_MESSAGES.encrypted);
    // Local file header PK\3\4, or PK\5\6 for an empty archive.
    if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
      throw new TemplateProblem('not-a-word-document', TEMPLATE_MESSAGES.notZip);
    if (bytes.length > TEMPLATE_LIMITS.fileBytes) throw tooBig(LIMIT_MESSAGES.fileBytes);
    if ((declaredEntries(bytes) ?? 0) > TEMPLATE_LIMITS.entries)
      throw tooBig(LIMIT_MESSAGES.entries);
    let zip: JSZip;
    try {
      // Without checkCRC32, which would unpack every entry now: unpack() checks each as read.
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw corrupt();
    }
    // A Zip64 archive's count is not in the end record read above.
    if (Object.keys(zip.files).length > TEMPLATE_LIMITS.entries)
      throw tooBig(LIMIT_MESSAGES.entries);
    return new WordPackage(zip);
  }

  private entry(path: string): ZipEntry | undefined {
    if (this.unsafe.has(path)) return undefined;
    const file = this.zip.file(path) as ZipEntry | null;
    return file && !file.dir ? file : undefined;
  }

  /** True if the template holds this part (unsafe entries count as absent). */
  has(path: string): boolean {
    return this.entry(path) !== undefined;
  }

  /** True if the part is in the template or has been added since. */
  exists(path: string): boolean {
    return this.cache.has(path) || this.written.has(path) || this.has(path);
  }

  /** The part's bytes, unpacked within the limit for its kind. */
  async bytes(path: string): Promise<Uint8Array | undefined> {
    const entry = this.entry(path);
    if (!entry) return undefined;
    const limit = isXmlPart(path) ? TEMPLATE_LIMITS.xmlPartBytes : TEMPLATE_LIMITS.binaryPartBytes;
    try {
      return await unpack(entry, limit, partName(path));
    } catch (error) {
      throw error instanceof TemplateProblem ? error : corrupt();
    }
  }

  async text(path: string): Promise<string | undefined> {
    const bytes = await this.bytes(path);
    if (!bytes) return undefined;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
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
    checkXmlShape(text, path);
    const doc = parseXml(text);
    if (doc.documentElement?.namespaceURI?.startsWith(STRICT_NAMESPACE))
      throw new TemplateProblem('unsupported', TEMPLATE_MESSAGES.strict);
    this.cache.set(path, doc);
    return doc;
  }

  /** Adds a new part, or replaces one, to be written on save. */
  put(path: string, doc: XmlDocument): void {
    this.cache.set(path, doc);
    this.written.delete(path);
    this.dirty.add(path);
  }

  /** Adds or replaces a part with XML already written; the parsed part, if read, is stale. */
  putText(path: string, xml: string): void {
    this.written.set(path, xml);
    this.dirty.delete(path);
  }

  /** Marks a part changed in place. */
  touch(path: string): void {
    if (!this.cache.has(path)) throw new Error(`Part ${path} was never read`);
    this.written.delete(path);
    this.dirty.add(path);
  }

  /**
   * A new zip of the parts the document reaches, [Content_Types].xml first: changed parts
   * serialised, the rest copied byte for byte.
   */
  async save(): Promise<Uint8Array> {
    const { parts, macros } = await keptParts(this);
    if (macros && !this.warnings.includes(LIMIT_MESSAGES.macrosDropped))
      this.warnings.push(LIMIT_MESSAGES.macrosDropped);
    const out = new JSZip();
    let total = 0;
    for (const path of [CONTENT_TYPES_PART, ...parts.filter((p) => p !== CONTENT_TYPES_PART)]) {
      const doc = this.dirty.has(path) ? this.cache.get(path) : undefined;
      const text = this.written.get(path) ?? (doc && serializeXml(doc));
      const bytes = text !== undefined ? new TextEncoder().encode(text) : await this.bytes(path);
      if (!bytes) continue;
      total += bytes.length;
      if (total > TEMPLATE_LIMITS.totalBytes) throw tooBig(LIMIT_MESSAGES.totalBytes);
      out.file(path, bytes);
    }
    this.dirty.clear();
    return out.generateAsync({
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
