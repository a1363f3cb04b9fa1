import type { WordPackage } from './package';
import { corrupt } from './errors';
import { NS, childElements, docOf, parseXml, rootOf, type XmlDocument } from './xml';

/** Relationships and content types: how the parts of a package find one another. */
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const REL = {
  officeDocument: `${OFFICE_REL}/officeDocument`,
  header: `${OFFICE_REL}/header`,
  footer: `${OFFICE_REL}/footer`,
  styles: `${OFFICE_REL}/styles`,
  numbering: `${OFFICE_REL}/numbering`,
  hyperlink: `${OFFICE_REL}/hyperlink`,
  coreProperties:
    'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** 'word/document.xml' → 'word/_rels/document.xml.rels'; the package itself ('') → '_rels/.rels'. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to the part that holds it, as a path in the zip. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const path = part.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') path.pop();
    else if (segment !== '.' && segment !== '') path.push(segment);
  }
  return path.join('/');
}

async function relsDoc(pkg: WordPackage, part: string, create: boolean) {
  const path = relsPath(part);
  const existing = await pkg.xml(path);
  if (existing || !create) return existing;
  const doc = parseXml(`<Relationships xmlns="${NS.rels}"/>`);
  pkg.put(path, doc);
  await ensureDefault(pkg, 'rels', 'application/vnd.openxmlformats-package.relationships+xml');
  return doc;
}

export async function relationships(pkg: WordPackage, part: string): Promise<Relationship[]> {
  const doc = await relsDoc(pkg, part, false);
  if (!doc?.documentElement) return [];
  return childElements(doc.documentElement, NS.rels, 'Relationship').map((rel) => ({
    id: rel.getAttribute('Id') ?? '',
    type: rel.getAttribute('Type') ?? '',
    target: rel.getAttribute('Target') ?? '',
    external: rel.getAttribute('TargetMode') === 'External',
  }));
}

/** Paths of the parts this part points to with relationships of this type, in rels order. */
export async function relatedParts(pkg: WordPackage, part: string, type: string) {
  return (await relationships(pkg, part))
    .filter((rel) => rel.type === type && !rel.external)
    .map((rel) => resolveTarget(part, rel.target));
}

/** The part's relationships document, created (and added to the package) if it has none. */
export async function openRels(pkg: WordPackage, part: string): Promise<XmlDocument> {
  const doc = await relsDoc(pkg, part, true);
  if (!doc) throw new Error(`No relationships for ${part}`); // relsDoc creates one.
  return doc;
}

/** Adds a relationship with an id no other relationship of the part uses, and returns the id. */
export async function addRelationship(
  pkg: WordPackage,
  part: string,
  rel: Omit<Relationship, 'id'>,
): Promise<string> {
  const id = appendRelationship(await openRels(pkg, part), rel);
  pkg.touch(relsPath(part));
  return id;
}

/** The synchronous half of addRelationship, for generators that already hold the document. */
export function appendRelationship(doc: XmlDocument, rel: Omit<Relationship, 'id'>): string {
  const root = rootOf(doc);
  const taken = new Set(childElements(root, NS.rels).map((el) => el.getAttribute('Id')));
  let n = taken.size + 1;
  while (taken.has(`rIdQ${n}`)) n += 1;
  const element = doc.createElementNS(NS.rels, 'Relationship');
  element.setAttribute('Id', `rIdQ${n}`);
  element.setAttribute('Type', rel.type);
  element.setAttribute('Target', rel.target);
  if (rel.external) element.setAttribute('TargetMode', 'External');
  root.appendChild(element);
  return `rIdQ${n}`;
}

const CONTENT_TYPES = '[Content_Types].xml';

async function typesRoot(pkg: WordPackage) {
  return (await pkg.xml(CONTENT_TYPES))?.documentElement ?? undefined;
}

/** The content type of a part: its Override, or else the Default for its extension. */
export async function contentTypeOf(pkg: WordPackage, part: string): Promise<string | undefined> {
  const root = await typesRoot(pkg);
  if (!root) return undefined;
  const override = childElements(root, NS.types, 'Override').find(
    (el) => el.getAttribute('PartName')?.toLowerCase() === `/${part}`.toLowerCase(),
  );
  if (override) return override.getAttribute('ContentType') ?? undefined;
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  return (
    childElements(root, NS.types, 'Default')
      .find((el) => el.getAttribute('Extension')?.toLowerCase() === extension)
      ?.getAttribute('ContentType') ?? undefined
  );
}

export async function setOverride(pkg: WordPackage, part: string, contentType: string) {
  const root = await typesRoot(pkg);
  if (!root) throw corrupt(); // openWordDocument has checked [Content_Types].xml is there.
  let override = childElements(root, NS.types, 'Override').find(
    (el) => el.getAttribute('PartName')?.toLowerCase() === `/${part}`.toLowerCase(),
  );
  if (!override) {
    override = docOf(root).createElementNS(NS.types, 'Override');
    override.setAttribute('PartName', `/${part}`);
    root.appendChild(override);
  }
  override.setAttribute('ContentType', contentType);
  pkg.touch(CONTENT_TYPES);
}

async function ensureDefault(pkg: WordPackage, extension: string, contentType: string) {
  const root = await typesRoot(pkg);
  if (!root) return;
  const defaults = childElements(root, NS.types, 'Default');
  if (defaults.some((el) => el.getAttribute('Extension')?.toLowerCase() === extension)) return;
  const element = docOf(root).createElementNS(NS.types, 'Default');
  element.setAttribute('Extension', extension);
  element.setAttribute('ContentType', contentType);
  root.insertBefore(element, root.firstChild);
  pkg.touch(CONTENT_TYPES);
}
