import type { WordPackage } from './package';
import { setRunProp } from './props';
import { REL, relatedParts } from './relationships';
import {
  NS,
  childElements,
  descendantsW,
  w,
  wChild,
  type XmlDocument,
  type XmlElement,
} from './xml';

/**
 * British English throughout: the document default and every style that names a language
 * say en-GB, so Word's spelling checker and a screen reader's voice read the minutes as
 * British (a template saved on an American install says en-US). A language's East Asian and
 * right-to-left settings stay as the template has them.
 */
export const LANGUAGE = 'en-GB';

function setLang(lang: XmlElement): void {
  lang.setAttributeNS(NS.w, 'w:val', LANGUAGE);
}

function defaultRunProps(doc: XmlDocument, root: XmlElement): XmlElement {
  let defaults = wChild(root, 'docDefaults');
  if (!defaults) {
    defaults = w(doc, 'docDefaults');
    root.insertBefore(defaults, childElements(root)[0] ?? null);
  }
  let rPrDefault = wChild(defaults, 'rPrDefault');
  if (!rPrDefault) {
    rPrDefault = w(doc, 'rPrDefault');
    defaults.insertBefore(rPrDefault, defaults.firstChild);
  }
  let rPr = wChild(rPrDefault, 'rPr');
  if (!rPr) {
    rPr = w(doc, 'rPr');
    rPrDefault.appendChild(rPr);
  }
  return rPr;
}

/** Sets en-GB in the styles part; returns false when the template has none to set it in. */
export async function setDocumentLanguage(pkg: WordPackage, mainPath: string): Promise<boolean> {
  const [path] = await relatedParts(pkg, mainPath, REL.styles);
  const doc = path ? await pkg.xml(path) : undefined;
  const root = doc?.documentElement;
  if (!path || !doc || !root) return false;
  const rPr = defaultRunProps(doc, root);
  const lang = wChild(rPr, 'lang');
  if (lang) setLang(lang);
  else setRunProp(rPr, 'lang', { val: LANGUAGE });
  for (const style of descendantsW(root, 'lang')) setLang(style);
  pkg.touch(path);
  return true;
}

/** Runs in the filled parts that name a language of their own; true if any changed. */
export function setPartLanguage(doc: XmlDocument): boolean {
  let changed = false;
  for (const lang of descendantsW(doc, 'lang')) {
    const value = lang.getAttributeNS(NS.w, 'val');
    if (value && value !== LANGUAGE) {
      setLang(lang);
      changed = true;
    }
  }
  return changed;
}
