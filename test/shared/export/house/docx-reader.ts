import { DOMParser, onErrorStopParsing, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

/**
 * An independent reader for the .docx files the builders write: JSZip and xmldom, no docx
 * library, so a test sees what Word or LibreOffice would find in the package.
 */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxPackage {
  paths: string[];
  document: Document;
  numbering: Document;
  styles: Document;
  headers: Document[];
  footers: Document[];
  core: Document;
  rels: Document;
}

/** Parses one part strictly: any XML error fails the test. */
export function parseXml(text: string): Document {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
}

export async function openDocx(bytes: Uint8Array): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir);
  const parts = new Map<string, Document>();
  // Every XML part must parse, not just the ones a test looks into.
  for (const path of paths.filter((p) => /\.(xml|rels)$/.test(p)))
    parts.set(path, parseXml(await zip.file(path)!.async('string')));
  const part = (path: string) => {
    const doc = parts.get(path);
    if (!doc) throw new Error(`The package has no ${path}`);
    return doc;
  };
  const matching = (pattern: RegExp) =>
    [...parts.keys()].filter((p) => pattern.test(p)).map((p) => parts.get(p)!);
  return {
    paths,
    document: part('word/document.xml'),
    numbering: part('word/numbering.xml'),
    styles: part('word/styles.xml'),
    headers: matching(/^word\/header\d*\.xml$/),
    footers: matching(/^word\/footer\d*\.xml$/),
    core: part('docProps/core.xml'),
    rels: part('word/_rels/document.xml.rels'),
  };
}

export const byTag = (node: Document | Element, name: string, ns = W): Element[] =>
  Array.from(node.getElementsByTagNameNS(ns, name));

const child = (node: Element, name: string): Element | undefined =>
  Array.from(node.childNodes).find(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === name,
  );

export const wVal = (node: Element | undefined): string | null =>
  node?.getAttributeNS(W, 'val') ?? null;

/** Text as Word shows it: w:t, with w:tab as a tab and w:br as a line feed. */
export function textOf(node: Element): string {
  let text = '';
  for (const n of Array.from(node.childNodes)) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.localName === 't' && el.namespaceURI === W) text += el.textContent ?? '';
    else if (
      el.localName === 'tab' &&
      el.parentNode &&
      (el.parentNode as Element).localName === 'r'
    )
      text += '\t';
    else if (el.localName === 'br') text += '\n';
    else if (el.localName !== 'pPr' && el.localName !== 'rPr') text += textOf(el);
  }
  return text;
}

export interface Para {
  style: string | null;
  text: string;
  numId: string | null;
  ilvl: number | null;
  inTable: boolean;
  bidi: boolean;
}

function inTable(node: Element): boolean {
  for (let p = node.parentNode; p; p = p.parentNode)
    if ((p as Element).localName === 'tbl') return true;
  return false;
}

export function paragraphs(doc: Document): Para[] {
  return byTag(doc, 'p').map((p) => {
    const pPr = child(p, 'pPr');
    const numPr = pPr && child(pPr, 'numPr');
    const ilvl = numPr && wVal(child(numPr, 'ilvl'));
    return {
      style: wVal(pPr && child(pPr, 'pStyle')),
      text: textOf(p),
      numId: (numPr && wVal(child(numPr, 'numId'))) ?? null,
      ilvl: ilvl ? Number(ilvl) : null,
      inTable: inTable(p),
      bidi: Boolean(pPr && child(pPr, 'bidi')),
    };
  });
}

export function headings(doc: Document): { level: number; text: string }[] {
  return paragraphs(doc).flatMap((p) => {
    const match = /^Heading(\d)$/.exec(p.style ?? '');
    return match ? [{ level: Number(match[1]), text: p.text }] : [];
  });
}

export interface TableInfo {
  rows: { header: boolean; cells: string[] }[];
  look: Element | undefined;
}

export function tables(doc: Document): TableInfo[] {
  return byTag(doc, 'tbl').map((tbl) => {
    const tblPr = child(tbl, 'tblPr');
    return {
      look: tblPr && child(tblPr, 'tblLook'),
      rows: byTag(tbl, 'tr').map((tr) => {
        const trPr = child(tr, 'trPr');
        const header = trPr ? child(trPr, 'tblHeader') : undefined;
        return {
          // <w:tblHeader/> is on; w:val of false, 0 or off turns it off.
          header: header !== undefined && !['false', '0', 'off'].includes(wVal(header) ?? ''),
          cells: byTag(tr, 'tc').map((tc) => byTag(tc, 'p').map(textOf).join('\n')),
        };
      }),
    };
  });
}

/** Where each part first occurs in `text`, each searched for after the one before (-1 if not). */
export function positionsInOrder(text: string, parts: readonly string[]): number[] {
  let from = 0;
  return parts.map((part) => {
    const at = text.indexOf(part, from);
    if (at !== -1) from = at + part.length;
    return at;
  });
}

/** Text found in order, for an assertion that names what is missing or out of place. */
export function missingInOrder(text: string, parts: readonly string[]): string[] {
  const at = positionsInOrder(text, parts);
  return parts.filter((_, i) => at[i] === -1);
}
