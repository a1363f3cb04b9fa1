import type { GenContext } from './context';
import { placeholderKind, type BlockPlaceholder, type InlinePlaceholder } from './placeholders';
import { paragraphsWithPlaceholders } from './scan';
import { replaceText, runAt } from './text-index';
import { childElements, docOf, isW, w, wChild, type XmlDocument, type XmlElement } from './xml';

/**
 * Fills one part. Inline placeholders become text in place, keeping the run's formatting.
 * A block placeholder is cut from its paragraph and its content goes there instead: the
 * paragraph itself goes too, unless it still holds other text ("Present: {{attendees}}" keeps
 * "Present:" and the list follows it), a drawing, or a section break.
 */
export interface PartFiller {
  inline: Record<InlinePlaceholder, string>;
  /** Generates a block placeholder's content, formatted like the given paragraph and run. */
  block: (name: BlockPlaceholder, base: Pick<GenContext, 'basePPr' | 'baseRPr'>) => XmlElement[];
}

// A cell, a header, a footer, a text box and the body must end with a paragraph: a table as
// the last thing in a cell makes Word call the file corrupt.
const MUST_END_WITH_PARAGRAPH = new Set(['tc', 'hdr', 'ftr', 'txbxContent', 'body']);

function endWithParagraph(container: XmlElement): void {
  if (!MUST_END_WITH_PARAGRAPH.has(container.localName ?? '')) return;
  const children = childElements(container).filter((child) => !isW(child, 'sectPr'));
  const last = children[children.length - 1];
  if (isW(last, 'p')) return;
  const sectPr = isW(container.lastChild, 'sectPr') ? container.lastChild : null;
  container.insertBefore(w(docOf(container), 'p'), sectPr);
}

function keepsParagraph(paragraph: XmlElement, remainingText: string): boolean {
  if (remainingText.trim() !== '') return true;
  const pPr = wChild(paragraph, 'pPr');
  if (pPr && wChild(pPr, 'sectPr')) return true;
  return ['drawing', 'pict', 'object'].some(
    (name) => paragraph.getElementsByTagNameNS(paragraph.namespaceURI, name).length > 0,
  );
}

/** Returns true if the part changed. */
export function fillPart(doc: XmlDocument, filler: PartFiller): boolean {
  let changed = false;
  for (const { index, matches } of paragraphsWithPlaceholders(doc)) {
    const paragraph = index.paragraph;
    const blocks: { name: BlockPlaceholder; baseRPr?: XmlElement }[] = [];
    // From the last to the first, so earlier offsets stay valid.
    for (const match of [...matches].reverse()) {
      const kind = placeholderKind(match.name);
      if (kind === 'inline') {
        const value = filler.inline[match.name as InlinePlaceholder].replace(
          /\s*[\r\n]+\s*/g,
          ', ',
        );
        replaceText(index, match.start, match.end, value);
      } else if (kind === 'block') {
        const rPr = runAt(index, match.start);
        const baseRPr = rPr && wChild(rPr, 'rPr');
        blocks.unshift({
          name: match.name as BlockPlaceholder,
          baseRPr: baseRPr?.cloneNode(true) as XmlElement | undefined,
        });
        replaceText(index, match.start, match.end, '');
      } else continue;
      changed = true;
    }
    if (blocks.length === 0) continue;

    const basePPr = wChild(paragraph, 'pPr');
    const generated = blocks.flatMap(({ name, baseRPr }) =>
      filler.block(name, { basePPr, baseRPr }),
    );
    const container = paragraph.parentNode as XmlElement;
    const remaining = Array.from(paragraph.getElementsByTagNameNS(paragraph.namespaceURI, 't'))
      .map((t) => t.textContent ?? '')
      .join('');
    if (keepsParagraph(paragraph, remaining)) {
      // Lead-in text stays before the content; an empty paragraph that only carries the
      // section break stays after it, so the break still ends the section.
      const before = remaining.trim() === '' ? paragraph : paragraph.nextSibling;
      for (const node of generated) container.insertBefore(node, before);
    } else {
      for (const node of generated) container.insertBefore(node, paragraph);
      container.removeChild(paragraph);
    }
    endWithParagraph(container);
  }
  return changed;
}
