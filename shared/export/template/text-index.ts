import {
  NS,
  docOf,
  isElement,
  isW,
  w,
  xmlText,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
} from './xml';

/**
 * A paragraph's visible text as one string, indexed back to the w:t nodes that hold it.
 *
 * Word splits what a person typed as "{{title}}" over several runs: spell-check marks
 * (w:proofErr), bookmarks, revision ids, a formatting change half-way, w:lastRenderedPageBreak.
 * None of those hold text, so reading only w:t nodes in document order gives back the text as
 * typed, and a placeholder can be found and rewritten whatever lies between its runs.
 */
export interface TextSegment {
  node: XmlElement;
  /** Offset of this node's first character in the paragraph's text. */
  start: number;
}

export interface ParagraphText {
  paragraph: XmlElement;
  text: string;
  segments: TextSegment[];
}

// Text boxes and drawings inside a run hold paragraphs of their own: they are indexed as those
// paragraphs, never as part of this one.
const OWN_PARAGRAPHS = new Set(['p', 'txbxContent']);

function collectTextNodes(node: XmlNode, found: XmlElement[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (!isElement(child)) continue;
    if (child.namespaceURI === NS.w && OWN_PARAGRAPHS.has(child.localName ?? '')) continue;
    if (isW(child, 't')) found.push(child);
    else collectTextNodes(child, found);
  }
}

export function indexParagraph(paragraph: XmlElement): ParagraphText {
  const nodes: XmlElement[] = [];
  collectTextNodes(paragraph, nodes);
  const segments: TextSegment[] = [];
  let text = '';
  for (const node of nodes) {
    segments.push({ node, start: text.length });
    text += node.textContent ?? '';
  }
  return { paragraph, text, segments };
}

export function setText(node: XmlElement, text: string): void {
  while (node.firstChild) node.removeChild(node.firstChild);
  node.appendChild(docOf(node).createTextNode(xmlText(text)));
  // Without this Word drops leading and trailing spaces, and a replacement may well have them.
  node.setAttributeNS(NS.xml, 'xml:space', 'preserve');
}

/** A run left with nothing but its properties (or a stale page-break mark) is noise. */
function removeIfEmptyRun(run: XmlNode | null): void {
  if (!isW(run, 'r')) return;
  for (let child = run.firstChild; child; child = child.nextSibling) {
    if (isElement(child) && !isW(child, 'rPr') && !isW(child, 'lastRenderedPageBreak')) return;
  }
  run.parentNode?.removeChild(run);
}

/** The run that holds the text at this offset (for copying its formatting), if any. */
export function runAt(index: ParagraphText, offset: number): XmlElement | undefined {
  const segment = index.segments.findLast((s) => s.start <= offset);
  const run = segment?.node.parentNode;
  return isW(run, 'r') ? run : undefined;
}

/**
 * Replaces text [start, end) with `replacement`: the replacement goes into the first w:t the
 * span touches (so it keeps that run's formatting), the span's text leaves the later w:t
 * nodes, and runs left empty are removed. Offsets before `start` stay valid, so several spans
 * in one paragraph are rewritten from the last to the first with one index.
 */
export function replaceText(index: ParagraphText, start: number, end: number, replacement: string) {
  let placed = false;
  for (const segment of index.segments) {
    const current = segment.node.textContent ?? '';
    const segmentEnd = segment.start + current.length;
    if (segmentEnd <= start || segment.start >= end || !segment.node.parentNode) continue;
    const from = Math.max(start, segment.start) - segment.start;
    const to = Math.min(end, segmentEnd) - segment.start;
    const next = current.slice(0, from) + (placed ? '' : replacement) + current.slice(to);
    placed = true;
    if (next === '') {
      const run = segment.node.parentNode;
      run.removeChild(segment.node);
      removeIfEmptyRun(run);
    } else {
      setText(segment.node, next);
    }
  }
}

/** A fresh w:t for generated runs. */
export function textNode(doc: XmlDocument, text: string): XmlElement {
  return w(doc, 't', { 'xml:space': 'preserve' }, [text]);
}
