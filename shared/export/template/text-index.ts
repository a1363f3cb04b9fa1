import { NS, isElement, isW, type XmlElement, type XmlNode } from './xml';

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
