import { TEMPLATE_MESSAGES, TemplateProblem, corrupt } from './errors';
import { MAIN_CONTENT_TYPES, WordPackage, notWordMessage } from './package';
import { REL, contentTypeOf, relatedParts } from './relationships';
import { NS, type XmlDocument } from './xml';

/**
 * A Word document or template, checked: its main part found through the package's
 * relationships, its kind read from the content type, every part we may fill parsed once.
 */
export type PartKind = 'body' | 'header' | 'footer';

export interface TemplatePart {
  path: string;
  kind: PartKind;
  doc: XmlDocument;
}

export interface WordDocument {
  pkg: WordPackage;
  /** A .dotx is a 'template'; filling it produces a 'document'. */
  kind: 'document' | 'template';
  mainPath: string;
  parts: TemplatePart[];
}

async function parts(pkg: WordPackage, mainPath: string, kind: PartKind, type: string) {
  const paths = kind === 'body' ? [mainPath] : await relatedParts(pkg, mainPath, type);
  const found: TemplatePart[] = [];
  // A header used by two sections is one part; fill it once.
  for (const path of new Set(paths)) {
    const doc = await pkg.xml(path);
    if (!doc) throw corrupt(); // The document names a header or footer the zip lacks.
    found.push({ path, kind, doc });
  }
  return found;
}

export async function openWordDocument(bytes: Uint8Array): Promise<WordDocument> {
  const pkg = await WordPackage.open(bytes);
  const notWord = () => new TemplateProblem('not-a-word-document', notWordMessage(pkg));
  if (!pkg.has('[Content_Types].xml')) throw notWord();
  const mainPath = (await relatedParts(pkg, '', REL.officeDocument))[0] ?? 'word/document.xml';
  if (!pkg.has(mainPath)) throw notWord();

  let kind: WordDocument['kind'];
  switch (await contentTypeOf(pkg, mainPath)) {
    case MAIN_CONTENT_TYPES.document:
      kind = 'document';
      break;
    case MAIN_CONTENT_TYPES.template:
      kind = 'template';
      break;
    case MAIN_CONTENT_TYPES.macroDocument:
    case MAIN_CONTENT_TYPES.macroTemplate:
      throw new TemplateProblem('unsupported', TEMPLATE_MESSAGES.macros);
    default:
      throw notWord();
  }
  const body = await parts(pkg, mainPath, 'body', '');
  const root = body[0]?.doc.documentElement;
  if (root?.namespaceURI !== NS.w || root.localName !== 'document') throw corrupt();
  return {
    pkg,
    kind,
    mainPath,
    parts: [
      ...body,
      ...(await parts(pkg, mainPath, 'header', REL.header)),
      ...(await parts(pkg, mainPath, 'footer', REL.footer)),
    ],
  };
}
