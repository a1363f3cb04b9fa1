import {
  DOMParser,
  XMLSerializer,
  onErrorStopParsing,
  type Document,
  type Element,
  type Node,
} from '@xmldom/xmldom';
import { corrupt } from './errors';

export type { Document as XmlDocument, Element as XmlElement, Node as XmlNode };

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

const ELEMENT_NODE = 1;

/** Parses a part; any XML error (even a recoverable one) means the file is damaged. */
export function parseXml(text: string): Document {
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml');
    if (!doc.documentElement) throw corrupt();
    return doc;
  } catch {
    throw corrupt();
  }
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export function serializeXml(doc: Document): string {
  const xml = new XMLSerializer().serializeToString(doc);
  return xml.startsWith('<?xml') ? xml : `${XML_DECLARATION}\n${xml}`;
}

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

/** True for a WordprocessingML element with this local name (w:p, w:r …). */
export function isW(node: Node | null | undefined, localName: string): node is Element {
  return isElement(node) && node.namespaceURI === NS.w && node.localName === localName;
}

export function childElements(parent: Node, namespace?: string, localName?: string): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (!isElement(child)) continue;
    if (namespace && child.namespaceURI !== namespace) continue;
    if (localName && child.localName !== localName) continue;
    found.push(child);
  }
  return found;
}

export function wChild(parent: Node, localName: string): Element | undefined {
  return childElements(parent, NS.w, localName)[0];
}

export function wAttr(element: Element, localName: string): string | null {
  return element.getAttributeNS(NS.w, localName) || element.getAttribute(`w:${localName}`);
}

export function descendantsW(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(NS.w, localName));
}

export type Child = Node | string | null | undefined | false;

/**
 * Builds a w: element. Attribute names are WordprocessingML's own ('val' → w:val), except
 * prefixed ones ('r:id', 'xml:space'), which go in their own namespace. Text children are
 * cleaned of characters XML cannot hold.
 */
export function w(
  doc: Document,
  name: string,
  attributes: Record<string, string | number> = {},
  children: readonly Child[] = [],
): Element {
  const element = doc.createElementNS(NS.w, `w:${name}`);
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith('r:')) element.setAttributeNS(NS.r, key, String(value));
    else if (key.startsWith('xml:')) element.setAttributeNS(NS.xml, key, String(value));
    else element.setAttributeNS(NS.w, `w:${key}`, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.appendChild(typeof child === 'string' ? doc.createTextNode(xmlText(child)) : child);
  }
  return element;
}

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 up, except
// surrogate halves on their own and U+FFFE/U+FFFF. Emoji (surrogate pairs) are kept.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to put in an XML text node (escaping &, < and > is the serialiser's job). */
export function xmlText(text: string): string {
  return text.replace(INVALID_XML, '');
}

/** The document a node belongs to (xmldom types it as nullable, for Document itself). */
export function docOf(node: Node): Document {
  const doc = node.ownerDocument;
  if (!doc) throw new Error('Node has no owner document');
  return doc;
}

/** The root element; parseXml has already refused documents without one. */
export function rootOf(doc: Document): Element {
  const root = doc.documentElement;
  if (!root) throw corrupt();
  return root;
}
