import type { ParagraphText } from './text-index';
import { NS, isElement, isW, type XmlElement, type XmlNode } from './xml';
import { escapeText, startTag, type NodeWriter } from './xml-write';

/**
 * Changes to one template paragraph's text, kept beside the paragraph instead of made on a
 * copy of it, then written out as XML with the changes in. A repeated block fills the same
 * template paragraph once per entry: cloning it each time was most of a long fill's time.
 *
 * The rules are those of a placeholder rewritten in place: the replacement goes into the
 * first w:t the span touches (so it keeps that run's formatting), the span's text leaves the
 * later w:t nodes, and runs left empty go.
 */
export class ParagraphEdit {
  /** New text for a w:t. */
  private readonly texts = new Map<XmlElement, string>();
  /** w:t and w:r elements taken out. */
  private readonly removed = new Set<XmlNode>();
  /** Ancestors of a change, written node by node; everything else is written as it stands. */
  private readonly touched = new Set<XmlNode>();

  /** `allText` is every w:t in the paragraph, text boxes included, in document order. */
  constructor(
    readonly paragraph: XmlElement,
    private readonly allText: readonly XmlElement[],
  ) {}

  private textOf(t: XmlElement): string {
    return this.texts.get(t) ?? t.textContent ?? '';
  }

  private touch(node: XmlNode): void {
    for (let at = node.parentNode; at && !this.touched.has(at); at = at.parentNode) {
      this.touched.add(at);
      if (at === this.paragraph) break;
    }
  }

  /** A run left with nothing but its properties (or a stale page-break mark) is noise. */
  private removeIfEmptyRun(run: XmlNode | null): void {
    if (!isW(run, 'r')) return;
    for (let child = run.firstChild; child; child = child.nextSibling) {
      if (this.removed.has(child)) continue;
      if (isElement(child) && !isW(child, 'rPr') && !isW(child, 'lastRenderedPageBreak')) return;
    }
    this.removed.add(run);
    this.touch(run);
  }

  /**
   * Replaces text [start, end) of an indexed paragraph (this one, or one in a text box inside
   * it). Offsets before `start` stay valid, so several spans are rewritten from the last to
   * the first with one index.
   */
  replace(index: ParagraphText, start: number, end: number, replacement: string): void {
    let placed = false;
    for (const segment of index.segments) {
      const node = segment.node;
      if (this.removed.has(node)) continue;
      const current = this.textOf(node);
      const segmentEnd = segment.start + current.length;
      if (segmentEnd <= start || segment.start >= end) continue;
      const from = Math.max(start, segment.start) - segment.start;
      const to = Math.min(end, segmentEnd) - segment.start;
      const next = current.slice(0, from) + (placed ? '' : replacement) + current.slice(to);
      placed = true;
      this.touch(node);
      if (next === '') {
        this.removed.add(node);
        this.removeIfEmptyRun(node.parentNode);
      } else {
        this.texts.set(node, next);
      }
    }
  }

  /** The run that holds the text at this offset (for copying its formatting), if any. */
  runAt(index: ParagraphText, offset: number): XmlElement | undefined {
    const segment = index.segments.findLast((s) => s.start <= offset);
    if (!segment || this.removed.has(segment.node)) return undefined;
    const run = segment.node.parentNode;
    return isW(run, 'r') ? run : undefined;
  }

  /** All the text left, text boxes included. */
  remainingText(): string {
    let text = '';
    for (const t of this.allText) {
      if (!this.removed.has(t)) text += this.textOf(t);
    }
    return text;
  }

  write(nodes: NodeWriter): string {
    return this.writeNode(this.paragraph, nodes);
  }

  private writeNode(node: XmlNode, nodes: NodeWriter): string {
    if (this.removed.has(node)) return '';
    if (!isElement(node)) return nodes.write(node);
    const text = this.texts.get(node);
    if (text !== undefined) return this.writeText(node, text);
    if (!this.touched.has(node)) return nodes.write(node);
    let inner = '';
    for (let child = node.firstChild; child; child = child.nextSibling)
      inner += this.writeNode(child, nodes);
    return inner === '' ? `${startTag(node)}/>` : `${startTag(node)}>${inner}</${node.nodeName}>`;
  }

  /** A w:t with new text, marked to keep its spaces: Word drops leading and trailing ones
   * otherwise, and a replacement may well have them. */
  private writeText(t: XmlElement, text: string): string {
    const space = t.getAttributeNodeNS(NS.xml, 'space');
    const tag = space
      ? startTag(t, '', (attribute) => (attribute === space ? 'preserve' : attribute.value))
      : startTag(t, ' xml:space="preserve"');
    return `${tag}>${escapeText(text)}</${t.nodeName}>`;
  }
}
