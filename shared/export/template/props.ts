import { NS, childElements, docOf, isElement, w, wChild, type XmlElement } from './xml';
import { startTag, wx, type NodeWriter } from './xml-write';

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

export function setRunProp(rPr: XmlElement, name: string, attributes?: Record<string, string>) {
  return setOrdered(rPr, RUN_ORDER, name, attributes);
}

interface Entry {
  /** The local name of an element (any namespace, as the schema order reads it); null for text. */
  local: string | null;
  isW: boolean;
  xml: string;
}

/**
 * A w:pPr or w:rPr written as text: a copy of the template's (the placeholder's own
 * formatting) with properties set and removed in schema order, as setOrdered does on a tree.
 */
export class PropList {
  private readonly entries: Entry[] = [];
  /** The source's start tag, with any prefixes its paragraph declared. */
  private sourceTag = '';

  private constructor(
    private readonly tag: 'pPr' | 'rPr',
    private readonly source: XmlElement | undefined,
  ) {}

  /** A copy of `source`'s properties, or an empty list. */
  static from(tag: 'pPr' | 'rPr', source: XmlElement | undefined, nodes: NodeWriter): PropList {
    const list = new PropList(tag, source);
    if (source) list.sourceTag = startTag(source, nodes.inherited(source));
    for (let child = source?.firstChild; child; child = child.nextSibling) {
      list.entries.push(
        isElement(child)
          ? { local: child.localName, isW: child.namespaceURI === NS.w, xml: nodes.write(child) }
          : { local: null, isW: false, xml: nodes.write(child) },
      );
    }
    return list;
  }

  private get order(): readonly string[] {
    return this.tag === 'pPr' ? PARAGRAPH_ORDER : RUN_ORDER;
  }

  /** Sets one property, replacing the first of that name, before the first that comes later. */
  set(name: string, attributes: Record<string, string | number> = {}, children: string[] = []) {
    const existing = this.entries.findIndex((entry) => entry.isW && entry.local === name);
    if (existing >= 0) this.entries.splice(existing, 1);
    const rank = this.order.indexOf(name);
    const before = this.entries.findIndex(
      (entry) => entry.local !== null && this.order.indexOf(entry.local) > rank,
    );
    const entry = { local: name, isW: true, xml: wx(name, attributes, children) };
    if (before < 0) this.entries.push(entry);
    else this.entries.splice(before, 0, entry);
    return this;
  }

  /** Removes every property of these names. */
  remove(...names: string[]): this {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const local = this.entries[i]?.local;
      if (local && names.includes(local)) this.entries.splice(i, 1);
    }
    return this;
  }

  /** The element, or '' when it would be empty (an empty w:pPr is left out). */
  toXml(): string {
    if (this.entries.length === 0) return '';
    const inner = this.entries.map((entry) => entry.xml).join('');
    if (!this.source) return `<w:${this.tag}>${inner}</w:${this.tag}>`;
    return `${this.sourceTag}>${inner}</${this.source.nodeName}>`;
  }
}
