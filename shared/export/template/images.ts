import type { TemplatePart } from './word-document';
import type { XmlElement } from './xml';

/**
 * Pictures without alt text, reported with the template's other warnings: a screen reader
 * announces such a logo as "image" and nothing more. One marked decorative in Word needs none.
 */
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';

const WHERE = { body: 'the page', header: 'a header', footer: 'a footer' } as const;

function isDecorative(docPr: XmlElement): boolean {
  return Array.from(docPr.getElementsByTagNameNS('*', 'decorative')).some(
    (flag) => flag.getAttribute('val') === '1' || flag.getAttribute('val') === 'true',
  );
}

export function imagesWithoutAltText(parts: readonly TemplatePart[]): string[] {
  return parts.flatMap((part) =>
    Array.from(part.doc.getElementsByTagNameNS(WP, 'docPr'))
      .filter((docPr) => !(docPr.getAttribute('descr') ?? '').trim() && !isDecorative(docPr))
      .map((docPr) => {
        const name = (docPr.getAttribute('name') ?? '').trim();
        return `The picture${name ? ` "${name}"` : ''} in ${WHERE[part.kind]} has no alt text; add it in Word (right-click the picture, then View Alt Text) so a screen reader can describe it.`;
      }),
  );
}
