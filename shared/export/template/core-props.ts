import type { WordPackage } from './package';
import { REL, addRelationship, relatedParts, setOverride } from './relationships';
import { parseXml, rootOf, xmlText, type XmlDocument } from './xml';

/**
 * The document's own properties (File > Info, and what a screen reader, a search index or a
 * records system shows): its title, subject, creator (the group's organisation), language,
 * and created and modified dates, whatever the council's template carried ("python-docx",
 * 2013). The dates are the caller's today; left out, none is written (no clock is read).
 */
const CP = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';
const DC = 'http://purl.org/dc/elements/1.1/';
const DCTERMS = 'http://purl.org/dc/terms/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const CORE_TYPE = 'application/vnd.openxmlformats-package.core-properties+xml';

async function coreDoc(pkg: WordPackage): Promise<{ path: string; doc: XmlDocument }> {
  const [path] = (await relatedParts(pkg, '', REL.coreProperties)).filter((p) => pkg.has(p));
  const existing = path ? await pkg.xml(path) : undefined;
  if (path && existing) {
    pkg.touch(path);
    return { path, doc: existing };
  }
  const created = 'docProps/core.xml';
  const doc = parseXml(
    `<cp:coreProperties xmlns:cp="${CP}" xmlns:dc="${DC}" xmlns:dcterms="${DCTERMS}" xmlns:xsi="${XSI}"/>`,
  );
  pkg.put(created, doc);
  await addRelationship(pkg, '', { type: REL.coreProperties, target: created, external: false });
  await setOverride(pkg, created, CORE_TYPE);
  return { path: created, doc };
}

function setProperty(doc: XmlDocument, namespace: string, qualifiedName: string, text: string) {
  const root = rootOf(doc);
  const localName = qualifiedName.slice(qualifiedName.indexOf(':') + 1);
  let element = Array.from(root.getElementsByTagNameNS(namespace, localName))[0];
  if (!element) {
    element = doc.createElementNS(namespace, qualifiedName);
    root.appendChild(element);
  }
  while (element.firstChild) element.removeChild(element.firstChild);
  element.appendChild(doc.createTextNode(xmlText(text)));
  return element;
}

export interface CoreProperties {
  title: string;
  subject: string;
  /** The group's organisation: the council, not whoever made the template. */
  creator: string;
  language: string;
  /** 'YYYY-MM-DD'. */
  today?: string;
}

export async function writeCoreProperties(pkg: WordPackage, props: CoreProperties): Promise<void> {
  const { doc } = await coreDoc(pkg);
  setProperty(doc, DC, 'dc:title', props.title);
  setProperty(doc, DC, 'dc:subject', props.subject);
  setProperty(doc, DC, 'dc:description', props.subject);
  setProperty(doc, DC, 'dc:creator', props.creator);
  setProperty(doc, CP, 'cp:lastModifiedBy', props.creator);
  setProperty(doc, DC, 'dc:language', props.language);
  if (props.today && /^\d{4}-\d{2}-\d{2}$/.test(props.today)) {
    for (const name of ['dcterms:created', 'dcterms:modified']) {
      const stamp = setProperty(doc, DCTERMS, name, `${props.today}T00:00:00Z`);
      stamp.setAttributeNS(XSI, 'xsi:type', 'dcterms:W3CDTF');
    }
  }
}
