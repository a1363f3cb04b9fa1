import { matchPlaceholders, type PlaceholderMatch } from './placeholders';
import { indexParagraph, type ParagraphText } from './text-index';
import { NS, descendantsW, wChild, type XmlElement } from './xml';

/**
 * A template paragraph with placeholders, read once however many times a block repeats it:
 * the template is not changed while it is filled, so what is found in it stays true.
 */
export interface ReadParagraph {
  index: ParagraphText;
  /** Last first, the order they are rewritten in. */
  matches: PlaceholderMatch[];
  drawingOrBreak: boolean;
  /** Paragraphs in text boxes inside it. */
  nested: XmlElement[];
  /** Every w:t, text boxes included. */
  allText: XmlElement[];
}

function hasDrawingOrBreak(paragraph: XmlElement): boolean {
  const pPr = wChild(paragraph, 'pPr');
  if (pPr && wChild(pPr, 'sectPr')) return true;
  return ['drawing', 'pict', 'object'].some(
    (name) => paragraph.getElementsByTagNameNS(NS.w, name).length > 0,
  );
}

/** Paragraphs read so far in one fill of one part; null for those without a placeholder. */
export class ParagraphReader {
  private readonly read = new Map<XmlElement, ReadParagraph | null>();

  paragraph(paragraph: XmlElement): ReadParagraph | null {
    let found = this.read.get(paragraph);
    if (found === undefined) {
      found = null;
      if ((paragraph.textContent ?? '').includes('{{')) {
        const index = indexParagraph(paragraph);
        found = {
          index,
          matches: matchPlaceholders(index.text).reverse(),
          drawingOrBreak: hasDrawingOrBreak(paragraph),
          nested: descendantsW(paragraph, 'p'),
          allText: descendantsW(paragraph, 't'),
        };
      }
      this.read.set(paragraph, found);
    }
    return found;
  }
}
