import {
  childElements,
  docOf,
  isElement,
  w,
  wChild,
  type XmlDocument,
  type XmlElement,
} from './xml';

/**
 * Paragraph and run properties set in the order the schema lays down: Word refuses a file
 * whose w:pPr or w:rPr children are out of order, and a copied template property list can
 * hold anything.
 */
const PARAGRAPH_ORDER = (
  'pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers ' +
  'pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct ' +
  'autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing ' +
  'mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl ' +
  'divId cnfStyle rPr sectPr pPrChange'
).split(' ');

const RUN_ORDER = (
  'rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint ' +
  'noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u ' +
  'effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath ' +
  'rPrChange'
).split(' ');

function setOrdered(
  container: XmlElement,
  order: readonly string[],
  name: string,
  attributes: Record<string, string | number> = {},
  children: XmlElement[] = [],
): XmlElement {
  const existing = wChild(container, name);
  if (existing) container.removeChild(existing);
  const element = w(docOf(container), name, attributes, children);
  const rank = order.indexOf(name);
  const before = childElements(container).find(
    (child) => order.indexOf(child.localName ?? '') > rank,
  );
  container.insertBefore(element, before ?? null);
  return element;
}

export function setParagraphProp(
  pPr: XmlElement,
  name: string,
  attributes?: Record<string, string | number>,
  children?: XmlElement[],
): XmlElement {
  return setOrdered(pPr, PARAGRAPH_ORDER, name, attributes, children);
}

export function setRunProp(rPr: XmlElement, name: string, attributes?: Record<string, string>) {
  return setOrdered(rPr, RUN_ORDER, name, attributes);
}

export function removeProps(container: XmlElement, ...names: string[]): void {
  for (const child of childElements(container)) {
    if (isElement(child) && names.includes(child.localName ?? '')) container.removeChild(child);
  }
}

/** A deep copy of a property element, or a fresh empty one. */
export function copyProps(
  doc: XmlDocument,
  name: 'pPr' | 'rPr',
  source: XmlElement | undefined,
): XmlElement {
  return source ? (source.cloneNode(true) as XmlElement) : w(doc, name);
}
