import type { WordPackage } from './package';
import { REL, relatedParts } from './relationships';
import { showsNumber } from './style-numbering';
import { NS, childElements, wAttr, wChild, type XmlElement } from './xml';

/**
 * The template's own styles, looked up by name. Word writes built-in style names in English
 * and lower case whatever the language of Word ("heading 2"), while the styleId is localised
 * ("Heading2" in English, "berschrift2" in German); LibreOffice writes "Heading 2" with styleId
 * "Heading2" or "Heading 2". So names are compared case- and space-insensitively, and the ids
 * found are what generated paragraphs use.
 */
export interface StyleRef {
  id: string;
  /** The style puts a number before its paragraphs (a w:numPr whose level shows a label). */
  numbered: boolean;
}

type StyleType = 'paragraph' | 'character' | 'table';

export interface HeadingStyle extends StyleRef {
  level: number;
}

const key = (name: string) => name.toLowerCase().replace(/\s+/g, '');

export class TemplateStyles {
  private readonly byName = new Map<string, StyleRef>();
  private readonly byId = new Map<string, StyleRef>();

  constructor(entries: readonly { type: string; id: string; name: string; numbered: boolean }[]) {
    for (const { type, id, name, numbered } of entries) {
      const ref = { id, numbered };
      // The first definition wins, as in Word.
      if (!this.byName.has(`${type}:${key(name)}`)) this.byName.set(`${type}:${key(name)}`, ref);
      if (!this.byId.has(`${type}:${key(id)}`)) this.byId.set(`${type}:${key(id)}`, ref);
    }
  }

  /** A style by its name ('Table Grid', 'heading 2'), falling back to an id of that spelling. */
  find(type: StyleType, name: string): StyleRef | undefined {
    return this.byName.get(`${type}:${key(name)}`) ?? this.byId.get(`${type}:${key(name)}`);
  }

  /** The first heading style at this level or below it (Heading 4 for 3 if 3 is missing). */
  heading(level: number): HeadingStyle | undefined {
    for (let n = Math.max(1, level); n <= 9; n += 1) {
      const ref = this.find('paragraph', `heading ${n}`);
      if (ref) return { ...ref, level: n };
    }
    return undefined;
  }

  /** The list style for a depth: 'List Number 2' at depth 1 if defined, else 'List Number'. */
  list(ordered: boolean, depth: number): StyleRef | undefined {
    const base = ordered ? 'List Number' : 'List Bullet';
    const nested =
      depth > 0 ? this.find('paragraph', `${base} ${Math.min(depth + 1, 5)}`) : undefined;
    return nested ?? this.find('paragraph', base) ?? this.find('paragraph', 'List Paragraph');
  }
}

export async function readStyles(pkg: WordPackage, mainPart: string): Promise<TemplateStyles> {
  const [path] = await relatedParts(pkg, mainPart, REL.styles);
  const doc = path ? await pkg.xml(path) : undefined;
  const [numberingPath] = await relatedParts(pkg, mainPart, REL.numbering);
  const numbering = numberingPath ? await pkg.xml(numberingPath) : undefined;
  if (!doc?.documentElement) return new TemplateStyles([]);
  const entries = childElements(doc.documentElement, NS.w, 'style').map((style) => {
    const id = wAttr(style, 'styleId') ?? '';
    const nameElement = wChild(style, 'name');
    const numPr = wChild(style, 'pPr') && wChild(wChild(style, 'pPr') as XmlElement, 'numPr');
    return {
      type: wAttr(style, 'type') ?? 'paragraph',
      id,
      name: (nameElement && wAttr(nameElement, 'val')) || id,
      numbered: numPr !== undefined && showsNumber(numPr, numbering),
    };
  });
  return new TemplateStyles(entries.filter((entry) => entry.id !== ''));
}
