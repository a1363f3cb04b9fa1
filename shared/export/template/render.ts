import type { GenContext } from './context';
import { TemplateProblem } from './errors';
import { ParagraphEdit } from './paragraph-edit';
import { entries, lookup, type Scope } from './scope';
import type { BlockRange, PartStructure } from './structure';
import type { RepeatingBlock } from './block-fields';
import { ParagraphReader, type ReadParagraph } from './read-paragraph';
import { textXml } from './runs';
import {
  NS,
  childElements,
  isElement,
  isW,
  wChild,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
} from './xml';
import { generatedName, startTag, writeDocument } from './xml-write';

/**
 * Writes one part anew from the template part, as XML text: every node written once in
 * order, repeated ranges once per entry, placeholders filled as they are written. The
 * template is only read, never copied or changed; generated content arrives as text. So the
 * work grows with the size of the output and never with its square (xmldom re-indexed a
 * parent's whole child list on every insertBefore, which made a template of 5,000
 * {{minutes}} take minutes), and no output tree is built (cloning and serialising one made a
 * 100-item fill three times slower than the `docx` library writing the same paragraphs).
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
  /** The part's writers (styles, numbering, links, nodes); the base run and paragraph are
   * added per use. */
  gen: Omit<GenContext, 'basePPr' | 'baseRPr'>;
  /** Counts paragraphs written, to refuse a runaway template in one line. */
  written: number;
  /** Set once a placeholder or block is filled: a part with none is left byte for byte. */
  changed?: boolean;
}

const readers = new WeakMap<RenderContext, ParagraphReader>();

/** The paragraph as read once for this render (a block repeats it many times). */
function read(ctx: RenderContext, paragraph: XmlElement): ReadParagraph | null {
  let reader = readers.get(ctx);
  if (!reader) {
    reader = new ParagraphReader();
    readers.set(ctx, reader);
  }
  return reader.paragraph(paragraph);
}

/** One node of output: its XML, and what the containers around it need to know of it. */
interface Out {
  xml: string;
  element: boolean;
  /** The local name of a WordprocessingML element ('p', 'tr', 'sectPr'). */
  name?: string;
  /** A table row marked to repeat as a header (w:tblHeader). */
  header?: boolean;
}

function count(ctx: RenderContext, paragraphs: number): void {
  ctx.written += paragraphs;
  if (ctx.written > MAX_OUTPUT_PARAGRAPHS) throw new TemplateProblem('unsupported', TOO_LARGE);
}

/** Inline placeholders in a text box's paragraphs, filled where they stand. */
function fillNested(ctx: RenderContext, edit: ParagraphEdit, nested: XmlElement[], scope: Scope) {
  for (const paragraph of nested) {
    const found = read(ctx, paragraph);
    for (const match of found?.matches ?? []) {
      const value = match.marker ? undefined : lookup(scope, match.name);
      if (value?.kind === 'inline' && found)
        edit.replace(found.index, match.start, match.end, oneLine(value.value));
    }
  }
}

const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ', ');

const paragraphOut = (xml: string): Out => ({ xml, element: true, name: 'p' });
const generatedOut = (xml: string): Out => ({ xml, element: true, name: generatedName(xml) });

/**
 * One paragraph, filled. Inline placeholders become text in place, keeping the run's
 * formatting. Content ({{minutes}}) is cut from the paragraph and its paragraphs go there
 * instead: the paragraph itself goes too, unless it still holds other text ("Present:
 * {{attendees}}" keeps "Present:" and the list follows it), a drawing, or a section break.
 */
function renderParagraph(ctx: RenderContext, paragraph: XmlElement, scope: Scope): Out[] {
  const found = read(ctx, paragraph);
  if (!found) return [paragraphOut(ctx.gen.nodes.write(paragraph))];
  const { index } = found;
  const edit = new ParagraphEdit(paragraph, found.allText);
  const generated: string[][] = [];
  let hadMarker = false;
  for (const match of found.matches) {
    if (match.marker) {
      hadMarker = true;
      ctx.changed = true;
      edit.replace(index, match.start, match.end, '');
      continue;
    }
    const value = lookup(scope, match.name);
    if (!value) continue; // Unknown: left exactly as typed, and listed before export.
    ctx.changed = true;
    if (value.kind === 'inline') {
      edit.replace(index, match.start, match.end, oneLine(value.value));
      continue;
    }
    const base = {
      basePPr: wChild(paragraph, 'pPr'),
      baseRPr: wChild(edit.runAt(index, match.start) ?? paragraph, 'rPr'),
    };
    edit.replace(index, match.start, match.end, '');
    const content = value.generate({ ...ctx.gen, ...base });
    // Bound the work before doing it: the first {{minutes}} of 5,000 says what all will make.
    if (
      !scope.parent &&
      content.length * (ctx.structure.topLevel.get(match.name) ?? 1) > MAX_OUTPUT_PARAGRAPHS
    )
      throw new TemplateProblem('unsupported', TOO_LARGE);
    generated.unshift(content);
  }
  fillNested(ctx, edit, found.nested, scope);
  const content = generated.flat().map(generatedOut);
  count(ctx, content.length + 1);
  const remaining = edit.remainingText().trim();
  const keep = remaining !== '' || found.drawingOrBreak;
  const copy = () => paragraphOut(edit.write(ctx.gen.nodes));
  if (!keep) return content.length === 0 && !hadMarker ? [copy()] : content;
  // Lead-in text stays before the content; an empty paragraph that only carries the section
  // break (or a drawing) stays after it, so the break still ends the section.
  return remaining === '' ? [...content, copy()] : [copy(), ...content];
}

function renderRange(
  ctx: RenderContext,
  first: XmlNode,
  last: XmlNode | null,
  scope: Scope,
  outer: BlockRange | null,
): Out[] {
  const out: Out[] = [];
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

function isHeaderRow(row: XmlElement): boolean {
  const trPr = wChild(row, 'trPr');
  return trPr !== undefined && wChild(trPr, 'tblHeader') !== undefined;
}

function renderNode(ctx: RenderContext, node: XmlNode, scope: Scope, declare = ''): Out[] {
  if (isW(node, 'p')) return renderParagraph(ctx, node, scope);
  if (!isElement(node) || !node.firstChild) {
    return [
      {
        xml: ctx.gen.nodes.write(node),
        element: isElement(node),
        name:
          isElement(node) && node.namespaceURI === NS.w ? (node.localName ?? undefined) : undefined,
      },
    ];
  }
  const children = renderRange(ctx, node.firstChild, null, scope, null);
  const inW = node.namespaceURI === NS.w;
  if (isW(node, 'tbl')) {
    const emptied = emptiedBlock(ctx, node, children);
    if (emptied === 'drop') return [];
    if (emptied) return [emptyParagraph(ctx, emptied)];
  }
  if (inW && MUST_END_WITH_PARAGRAPH.has(node.localName ?? '')) endWithParagraph(children);
  const inner = children.map((child) => child.xml).join('');
  const tag = startTag(node, declare);
  return [
    {
      xml: inner === '' ? `${tag}/>` : `${tag}>${inner}</${node.nodeName}>`,
      element: true,
      name: inW ? (node.localName ?? undefined) : undefined,
      header: isW(node, 'tr') && isHeaderRow(node),
    },
  ];
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
  children: readonly Out[],
): RepeatingBlock | 'drop' | undefined {
  const rows = children.filter((child) => child.name === 'tr');
  if (!rows.every((row) => row.header)) return undefined;
  const block = childElements(table, NS.w, 'tr')
    .map((tr) => ctx.structure.blocks.get(tr))
    .find((found) => found?.kind === 'rows');
  return block?.name ?? (rows.length === 0 ? 'drop' : undefined);
}

function emptyParagraph(ctx: RenderContext, block: RepeatingBlock): Out {
  count(ctx, 1);
  return paragraphOut(`<w:p><w:r>${textXml(NONE[block])}</w:r></w:p>`);
}

function endWithParagraph(children: Out[]): void {
  const elements = children.filter((child) => child.element && child.name !== 'sectPr');
  if (elements[elements.length - 1]?.name === 'p') return;
  const sectPr = children[children.length - 1]?.name === 'sectPr';
  children.splice(sectPr ? children.length - 1 : children.length, 0, paragraphOut('<w:p/>'));
}

/**
 * Generated content is written with the w: and r: prefixes: the root declares them if the
 * template did not (Word always does; a hand-made template may use another prefix).
 */
function rootDeclarations(root: XmlElement): string {
  let declare = '';
  if (!root.hasAttribute('xmlns:w')) declare += ` xmlns:w="${NS.w}"`;
  if (!root.hasAttribute('xmlns:r')) declare += ` xmlns:r="${NS.r}"`;
  return declare;
}

/** The filled part as XML text; the part's document is left as the template had it. */
export function renderPart(ctx: RenderContext, scope: Scope): string {
  const root = ctx.doc.documentElement;
  if (!root) return writeDocument(ctx.doc, '');
  const filled = renderNode(ctx, root, scope, rootDeclarations(root));
  return writeDocument(ctx.doc, filled.map((out) => out.xml).join(''));
}
