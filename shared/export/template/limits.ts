import { TemplateProblem } from './errors';

/**
 * How much work a council's template may ask for, checked before the work starts. A real
 * template is a few pages with a logo; these bounds sit far above that and far below what
 * would exhaust memory (a 492 KB zip can unpack to millions of paragraphs) or produce a file
 * Word cannot open (tables nested thousands deep). Each refusal is one line saying which
 * bound was met and what to do.
 */
const MB = 1024 * 1024;

export const TEMPLATE_LIMITS = {
  /** The template file itself, as chosen. */
  fileBytes: 50 * MB,
  /** Files inside the zip, folders included. */
  entries: 2_000,
  /** One XML part (document, header, styles …) once unpacked. */
  xmlPartBytes: 16 * MB,
  /** One other part (an image, a font) once unpacked. */
  binaryPartBytes: 32 * MB,
  /** Every part copied into the filled document, unpacked, together. */
  totalBytes: 128 * MB,
  /** Elements in one XML part: about 300 bytes of memory each once parsed. */
  elements: 400_000,
  /** Paragraphs in one part: a 500-page document has fewer. */
  paragraphs: 20_000,
  /** Elements inside elements; XML serialisers and Word both recurse. */
  depth: 256,
  /** Tables inside table cells; real templates use one or two. */
  tableDepth: 16,
} as const;

const count = (n: number) => n.toLocaleString('en-GB');
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
const RESAVE = 'use a shorter, simpler template';

export const LIMIT_MESSAGES = {
  fileBytes: `This Word file is larger than ${mb(TEMPLATE_LIMITS.fileBytes)}, far more than a template needs; ${RESAVE}.`,
  entries: `This Word file holds more than ${count(TEMPLATE_LIMITS.entries)} parts, far more than a template needs; ${RESAVE}.`,
  partBytes: (part: string, limit: number) =>
    `This Word file’s ${part} unpacks to more than ${mb(limit)}, far more than a template needs; ${RESAVE}.`,
  totalBytes: `This Word file unpacks to more than ${mb(TEMPLATE_LIMITS.totalBytes)}, far more than a template needs; ${RESAVE}.`,
  elements: (part: string) =>
    `This Word file’s ${part} has more than ${count(TEMPLATE_LIMITS.elements)} XML elements, far more than a template needs; ${RESAVE}.`,
  paragraphs: (part: string) =>
    `This Word file’s ${part} has more than ${count(TEMPLATE_LIMITS.paragraphs)} paragraphs, far more than a template needs; ${RESAVE}.`,
  depth: (part: string) =>
    `This Word file’s ${part} nests its content more than ${TEMPLATE_LIMITS.depth} levels deep, which Word cannot open; ${RESAVE}.`,
  tableDepth: (part: string) =>
    `This Word file’s ${part} has tables nested more than ${TEMPLATE_LIMITS.tableDepth} deep, which Word cannot open reliably; ${RESAVE}.`,
  macrosDropped:
    'The template’s macros (vbaProject.bin) were left out: Quorum never writes macros into a document.',
} as const;

export function tooBig(message: string): TemplateProblem {
  return new TemplateProblem('unsupported', message);
}

// A start tag, end tag or empty element, with any prefix: <w:p>, </w:tbl>, <w:br/>. Comments,
// CDATA and processing instructions do not start with a name character, so are skipped; a tag
// inside a comment is counted, which only ever over-counts. A tag's attributes hold no '<'
// (XML forbids it there), and stopping at one keeps every match attempt short: '[^>]*' would
// scan to the end of the part from each '<' of a part with no '>', quadratic time again.
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[^<>]*?(\/?)>/g;

/**
 * Reads the shape of an XML part from its text, without parsing it: element count, paragraphs,
 * nesting and table nesting. Linear in the text, so a hostile part costs one pass, not a DOM.
 * Throws at the first bound met.
 */
export function checkXmlShape(text: string, part: string): void {
  let elements = 0;
  let paragraphs = 0;
  let depth = 0;
  let tableDepth = 0;
  const name = partName(part);
  for (const match of text.matchAll(TAG)) {
    const [, closing, localName, selfClosing] = match;
    if (closing) {
      depth -= 1;
      if (localName === 'tbl') tableDepth -= 1;
      continue;
    }
    elements += 1;
    if (elements > TEMPLATE_LIMITS.elements) throw tooBig(LIMIT_MESSAGES.elements(name));
    if (localName === 'p') {
      paragraphs += 1;
      if (paragraphs > TEMPLATE_LIMITS.paragraphs) throw tooBig(LIMIT_MESSAGES.paragraphs(name));
    }
    if (selfClosing) continue;
    depth += 1;
    if (depth > TEMPLATE_LIMITS.depth) throw tooBig(LIMIT_MESSAGES.depth(name));
    if (localName === 'tbl') {
      tableDepth += 1;
      if (tableDepth > TEMPLATE_LIMITS.tableDepth) throw tooBig(LIMIT_MESSAGES.tableDepth(name));
    }
  }
}

/** 'word/document.xml' → 'document.xml': what an officer could find if they unzipped it. */
export function partName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

/**
 * A zip entry name that is safe to write back: relative, forward slashes, no '..' segment.
 * `original` is the name as stored, before JSZip tidied it.
 */
export function isSafeEntryName(name: string, original: string | undefined): boolean {
  for (const candidate of [name, original ?? name]) {
    if (candidate.startsWith('/') || candidate.includes('\\') || /^[A-Za-z]:/.test(candidate))
      return false;
    if (candidate.split('/').some((segment) => segment === '..')) return false;
  }
  return true;
}
