import { XMLSerializer, type Attr } from '@xmldom/xmldom';
import { XML_DECLARATION, xmlText, type XmlDocument, type XmlElement, type XmlNode } from './xml';

/**
 * The filled parts are written as XML text, not built as xmldom trees: creating, cloning and
 * serialising xmldom nodes made a 100-item fill three times slower than the `docx` library
 * writing the same paragraphs. The template is still parsed and read with xmldom; its nodes
 * are written out here as they stand, and generated content is written as text directly.
 */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text as element content: characters XML cannot hold removed, markup characters escaped. */
export function escapeText(text: string): string {
  return xmlText(text).replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Text as an attribute value in double quotes (whitespace kept as character references). */
export function escapeAttribute(value: string): string {
  return xmlText(value).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** Attribute names as w() takes them: 'val' is w:val; 'r:id' and 'xml:space' keep their prefix. */
function attributeName(key: string): string {
  return key.includes(':') ? key : `w:${key}`;
}

/**
 * A w: element as text, like w() in xml.ts: attributes are WordprocessingML's own unless
 * prefixed, children are XML text already written (falsy ones are left out). An element
 * without children closes itself, as the serialiser writes it.
 */
export function wx(
  name: string,
  attributes: Record<string, string | number> = {},
  children: readonly (string | null | undefined | false)[] = [],
): string {
  let open = `<w:${name}`;
  for (const key in attributes) {
    open += ` ${attributeName(key)}="${escapeAttribute(String(attributes[key]))}"`;
  }
  let inner = '';
  for (const child of children) if (child) inner += child;
  return inner === '' ? `${open}/>` : `${open}>${inner}</w:${name}>`;
}

/** The local name of a generated w: element ('p', 'tbl'), read from its start tag. */
export function generatedName(xml: string): string {
  return /^<w:([A-Za-z]+)/.exec(xml)?.[1] ?? '';
}

const ELEMENT = 1;
const isElementNode = (node: XmlNode | null): node is XmlElement => node?.nodeType === ELEMENT;
const TEXT = 3;
const CDATA = 4;
const PROCESSING_INSTRUCTION = 7;
const COMMENT = 8;

/**
 * An element's start tag, unclosed, as the template has it: its own name, prefixes and
 * attributes (a value may be given anew), then `extra` attributes.
 */
export function startTag(
  element: XmlElement,
  extra = '',
  value: (attribute: Attr) => string = (attribute) => attribute.value,
): string {
  let tag = `<${element.nodeName}`;
  const attributes = element.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes.item(i);
    if (attribute) tag += ` ${attribute.nodeName}="${escapeAttribute(value(attribute))}"`;
  }
  return tag + extra;
}

/** Writes a template node as it stands, in place (its prefixes are declared where it came from). */
export function writeNode(node: XmlNode): string {
  switch (node.nodeType) {
    case ELEMENT: {
      const element = node as XmlElement;
      if (!element.firstChild) return `${startTag(element)}/>`;
      let inner = '';
      for (let child: XmlNode | null = element.firstChild; child; child = child.nextSibling)
        inner += writeNode(child);
      return `${startTag(element)}>${inner}</${element.nodeName}>`;
    }
    case TEXT:
      return escapeText((node as unknown as { data: string }).data);
    case CDATA:
      return `<![CDATA[${(node as unknown as { data: string }).data}]]>`;
    case COMMENT:
      return `<!--${(node as unknown as { data: string }).data}-->`;
    case PROCESSING_INSTRUCTION: {
      const pi = node as unknown as { target: string; data: string };
      return `<?${pi.target}${pi.data ? ` ${pi.data}` : ''}?>`;
    }
    default:
      return new XMLSerializer().serializeToString(node);
  }
}

/**
 * writeNode with a memory: a repeated block writes the same template paragraphs and the same
 * base formatting once per entry, and a template is not changed while it is being filled.
 */
export class NodeWriter {
  private readonly written = new Map<XmlNode, string>();
  private readonly declared = new Map<XmlElement, string>();

  /**
   * The namespace declarations an element relies on from its paragraph and the elements
   * between (a w:p or w:r may declare a prefix its w:pPr or w:rPr uses), for writing a copy
   * of it into a generated paragraph. Word declares everything on the root, which stays.
   */
  inherited(element: XmlElement): string {
    let xml = this.declared.get(element);
    if (xml !== undefined) return xml;
    const seen = new Set<string>();
    for (let i = 0; i < element.attributes.length; i++)
      seen.add(element.attributes.item(i)?.nodeName ?? '');
    xml = '';
    for (let at = element.parentNode; isElementNode(at); at = at.parentNode) {
      for (let i = 0; i < at.attributes.length; i++) {
        const attribute = at.attributes.item(i);
        const name = attribute?.nodeName ?? '';
        if (!attribute || !/^xmlns(:|$)/.test(name) || seen.has(name)) continue;
        seen.add(name);
        xml += ` ${name}="${escapeAttribute(attribute.value)}"`;
      }
      if (at.localName === 'p') break;
    }
    this.declared.set(element, xml);
    return xml;
  }

  write(node: XmlNode): string {
    let xml = this.written.get(node);
    if (xml === undefined) {
      xml = writeNode(node);
      this.written.set(node, xml);
    }
    return xml;
  }
}

/** A whole part: the template's prolog (declaration, comments) around a newly written root. */
export function writeDocument(doc: XmlDocument, rootXml: string): string {
  let xml = '';
  for (let child = doc.firstChild; child; child = child.nextSibling)
    xml += child === doc.documentElement ? rootXml : writeNode(child);
  return xml.startsWith('<?xml') ? xml : `${XML_DECLARATION}\n${xml}`;
}
