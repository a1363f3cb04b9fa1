import { NS, childElements, wAttr, wChild, type XmlDocument, type XmlElement } from './xml';

/**
 * Whether a style's w:numPr really puts a number in front of its paragraphs. LibreOffice gives
 * every heading style its outline numbering with numFmt "none", and Word writes numId 0 to
 * switch numbering off: neither shows a label, so the item number must still be written.
 */
function byAttr(parent: XmlElement, name: string, attr: string, value: string) {
  return childElements(parent, NS.w, name).find((el) => wAttr(el, attr) === value);
}

export function showsNumber(numPr: XmlElement, numbering: XmlDocument | undefined): boolean {
  const numId = wAttr(wChild(numPr, 'numId') ?? numPr, 'val');
  const ilvl = wAttr(wChild(numPr, 'ilvl') ?? numPr, 'val') ?? '0';
  const root = numbering?.documentElement;
  if (!numId || numId === '0' || !root) return false;
  const num = byAttr(root, 'num', 'numId', numId);
  const override = num && byAttr(num, 'lvlOverride', 'ilvl', ilvl);
  const abstractId = num && wAttr(wChild(num, 'abstractNumId') ?? num, 'val');
  const abstract = abstractId
    ? byAttr(root, 'abstractNum', 'abstractNumId', abstractId)
    : undefined;
  const level =
    (override && wChild(override, 'lvl')) ?? (abstract && byAttr(abstract, 'lvl', 'ilvl', ilvl));
  if (!level) return false;
  const format = wAttr(wChild(level, 'numFmt') ?? level, 'val');
  const text = wAttr(wChild(level, 'lvlText') ?? level, 'val');
  return format !== 'none' && text !== '';
}
