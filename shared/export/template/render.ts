import type { GenContext } from './context';
import { TemplateProblem } from './errors';
import { matchPlaceholders } from './placeholders';
import { entries, lookup, type Scope } from './scope';
import type { BlockRange, PartStructure } from './structure';
import type { RepeatingBlock } from './block-fields';
import { indexParagraph, replaceText, runAt, textNode } from './text-index';
import {
  NS,
  childElements,
  isElement,
  isW,
  w,
  wChild,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
} from './xml';

/**
 * Writes one part anew from the template part: every node is copied once into a fresh tree,
 * repeated ranges once per entry, placeholders filled on the copy. Each node is appended to a
 * parent that is still being built, so the work grows with the size of the output and never
 * with its square (xmldom re-indexes a parent's whole child list on every insertBefore or
 * removeChild, which made a template of 5,000 {{minutes}} take minutes).
 */
// Real minutes run to a few thousand paragraphs (a 100-item meeting, every block used).
export const MAX_OUTPUT_PARAGRAPHS = 30_000;

export const TOO_LARGE = `This template would make a document of more than ${MAX_OUTPUT_PARAGRAPHS.toLocaleString('en-GB')} paragraphs; check that a block such as {{minutes}} is not repeated many times.`;

// A cell, a header, a footer, a text box and the body must end with a paragraph: a table as
// the last thing in a cell makes Word call the file corrupt.
const MUST_END_WITH_PARAGRAPH = new Set(['tc', 'hdr', 'ftr', 'txbxContent', 'body']);

export interface RenderContext {
  doc: XmlDocument;
  structure: PartStructure;
  /** The part's writers (styles, numbering, links); the base run and paragraph are added per use. */
  gen: Omit<GenContext, 'basePPr' | 'baseRPr'>;
  /** Counts paragraphs written, to refuse a runaway template in one line. */
  written: number;
  /** Set once a placeholder or block is filled: a part with none is left byte for byte. */
  changed?: boolean;
}

function count(ctx: RenderContext, paragraphs: number): void {
  ctx.written += paragraphs;
  if (ctx.written > MAX_OUTPUT_PARAGRAPHS) throw new TemplateProblem('unsupported', TOO_LARGE);
}

function hasDrawingOrBreak(paragraph: XmlElement): boolean {
  const pPr = wChild(paragraph, 'pPr');
  if (pPr && wChild(pPr, 'sectPr')) return true;
  return ['drawing', 'pict', 'object'].some(
    (name) => paragraph.getElementsByTagNameNS(NS.w, name).length > 0,
  );
}

/** Inline placeholders in a text box's paragraphs, filled where they stand. */
function fillNested(copy: XmlElement, scope: Scope): void {
  for (const nested of Array.from(copy.getElementsByTagNameNS(NS.w, 'p'))) {
    const index = indexParagraph(nested);
    for (const match of matchPlaceholders(index.text).reverse()) {
      const found = match.marker ? undefined : lookup(scope, match.name);
      if (found?.kind === 'inline')
        replaceText(index, match.start, match.end, oneLine(found.value));
    }
  }
}

const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ', ');

/**
 * One paragraph, filled. Inline placeholders become text in place, keeping the run's
 * formatting. Content ({{minutes}}) is cut from the paragraph and its paragraphs go there
 * instead: the paragraph itself goes too, unless it still holds other text ("Present:
 * {{attendees}}" keeps "Present:" and the list follows it), a drawing, or a section break.
 */
function renderParagraph(ctx: RenderContext, paragraph: XmlElement, scope: Scope): XmlNode[] {
  const copy = paragraph.cloneNode(true) as XmlElement;
  if (!(paragraph.textContent ?? '').includes('{{')) return [copy];
  const index = indexParagraph(copy);
  const generated: XmlElement[][] = [];
  let hadMarker = false;
  for (const match of matchPlaceholders(index.text).reverse()) {
    if (match.marker) {
      hadMarker = true;
      ctx.changed = true;
      replaceText(index, match.start, match.end, '');
      continue;
    }
    const found = lookup(scope, match.name);
    if (!found) continue; // Unknown: left exactly as typed, and listed before export.
    ctx.changed = true;
    if (found.kind === 'inline') {
      replaceText(index, match.start, match.end, oneLine(found.value));
      continue;
    }
    const baseRPr = wChild(runAt(index, match.start) ?? copy, 'rPr');
    const base = {
      basePPr: wChild(copy, 'pPr'),
      baseRPr: baseRPr?.cloneNode(true) as XmlElement | undefined,
    };
    replaceText(index, match.start, match.end, '');
    const content = found.generate({ ...ctx.gen, ...base });
    // Bound the work before doing it: the first {{minutes}} of 5,000 says what all will make.
    if (
      !scope.parent &&
      content.length * (ctx.structure.topLevel.get(match.name) ?? 1) > MAX_OUTPUT_PARAGRAPHS
    )
      throw new TemplateProblem('unsupported', TOO_LARGE);
    generated.unshift(content);
  }
  fillNested(copy, scope);
  const content = generated.flat();
  count(ctx, content.length + 1);
  const remaining = Array.from(copy.getElementsByTagNameNS(NS.w, 't'))
    .map((t) => t.textContent ?? '')
    .join('');
  const keep = remaining.trim() !== '' || hasDrawingOrBreak(copy);
  if (!keep) return content.length === 0 && !hadMarker ? [copy] : content;
  // Lead-in text stays before the content; an empty paragraph that only carries the section
  // break (or a drawing) stays after it, so the break still ends the section.
  return remaining.trim() === '' ? [...content, copy] : [copy, ...content];
}

function renderRange(
  ctx: RenderContext,
  first: XmlNode,
  last: XmlNode | null,
  scope: Scope,
  outer: BlockRange | null,
): XmlNode[] {
  const out: XmlNode[] = [];
  for (let node: XmlNode | null = first; node; node = node.nextSibling) {
    const block = ctx.structure.blocks.get(node);
    if (block && block !== outer) {
      ctx.changed = true;
      for (const entry of entries(scope, block.name))
        out.push(...renderRange(ctx, block.first, block.last, entry, block));
      node = block.last;
    } else {
      out.push(...renderNode(ctx, node, scope));
    }
    if (node === last) break;
  }
  return out;
}

function renderNode(ctx: RenderContext, node: XmlNode, scope: Scope): XmlNode[] {
  if (isW(node, 'p')) return renderParagraph(ctx, node, scope);
  if (!isElement(node) || !node.firstChild) return [node.cloneNode(true)];
  const copy = node.cloneNode(false) as XmlElement;
  const children = node.firstChild ? renderRange(ctx, node.firstChild, null, scope, null) : [];
  for (const child of children) copy.appendChild(child);
  if (isW(node, 'tbl')) {
    const emptied = emptiedBlock(ctx, node, copy);
    if (emptied === 'drop') return [];
    if (emptied) return [emptyParagraph(ctx, emptied)];
  }
  if (MUST_END_WITH_PARAGRAPH.has(node.localName ?? '') && node.namespaceURI === NS.w)
    endWithParagraph(ctx.doc, copy);
  return [copy];
}

/** What a table whose repeated rows had nothing to repeat says instead. */
const NONE: Record<RepeatingBlock, string> = {
  items: 'No items.',
  attendees: 'None recorded.',
  apologies: 'None recorded.',
  actions: 'No actions were recorded.',
  decisions: 'No decisions were recorded.',
  declarations: 'No declarations of interest were made.',
};

/**
 * A table left with header rows only (or none: Word refuses a table without rows), because
 * its repeated rows had no entries, gives way to a line saying so.
 */
function emptiedBlock(
  ctx: RenderContext,
  table: XmlElement,
  copy: XmlElement,
): RepeatingBlock | 'drop' | undefined {
  const rows = childElements(copy, NS.w, 'tr');
  const isHeader = (tr: XmlElement) => {
    const trPr = wChild(tr, 'trPr');
    return trPr !== undefined && wChild(trPr, 'tblHeader') !== undefined;
  };
  if (!rows.every(isHeader)) return undefined;
  const block = childElements(table, NS.w, 'tr')
    .map((tr) => ctx.structure.blocks.get(tr))
    .find((found) => found?.kind === 'rows');
  return block?.name ?? (rows.length === 0 ? 'drop' : undefined);
}

function emptyParagraph(ctx: RenderContext, block: RepeatingBlock): XmlElement {
  count(ctx, 1);
  return w(ctx.doc, 'p', {}, [w(ctx.doc, 'r', {}, [textNode(ctx.doc, NONE[block])])]);
}

function endWithParagraph(doc: XmlDocument, container: XmlElement): void {
  const children = childElements(container).filter((child) => !isW(child, 'sectPr'));
  if (isW(children[children.length - 1], 'p')) return;
  const sectPr = isW(container.lastChild, 'sectPr') ? container.lastChild : null;
  container.insertBefore(w(doc, 'p'), sectPr);
}

/** Fills the part's document in place: its root element is replaced by the filled copy. */
export function renderPart(ctx: RenderContext, scope: Scope): void {
  const root = ctx.doc.documentElement;
  if (!root) return;
  const [filled] = renderNode(ctx, root, scope);
  if (filled && filled !== root) ctx.doc.replaceChild(filled, root);
}
