import type { WordPackage } from './package';
import { contentTypeOf, relationships, relsPath, resolveTarget } from './relationships';
import { NS, childElements } from './xml';

/**
 * Which parts of a template go into the filled document: those the package reaches through
 * its relationships, starting from the package itself, with their .rels files and
 * [Content_Types].xml. Anything else in the zip (a stray file, a 1 GiB entry, an entry named
 * '../x') is left behind unread. Macro parts are reached but dropped, with the relationships
 * and content-type overrides that named them, so Word finds nothing missing.
 */
const MS_REL = 'http://schemas.microsoft.com/office/2006/relationships';
const MACRO_RELATIONSHIPS = new Set([
  `${MS_REL}/vbaProject`,
  `${MS_REL}/wordVbaData`,
  `${MS_REL}/keyMapCustomizations`,
]);
const MACRO_CONTENT_TYPES = new Set([
  'application/vnd.ms-office.vbaProject',
  'application/vnd.ms-word.vbaData+xml',
  'application/vnd.ms-word.keyMapCustomizations+xml',
]);

export interface KeptParts {
  /** In the order they were reached. */
  parts: string[];
  /** True if macro parts were dropped: the caller warns. */
  macros: boolean;
}

export async function keptParts(pkg: WordPackage): Promise<KeptParts> {
  const kept = new Set<string>(['[Content_Types].xml']);
  const queue = [''];
  let macros = false;
  for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
    const rels = relsPath(part);
    if (!pkg.exists(rels)) continue;
    kept.add(rels);
    const root = (await pkg.xml(rels))?.documentElement;
    if (!root) continue;
    for (const rel of await relationships(pkg, part)) {
      if (rel.external) continue;
      const target = resolveTarget(part, rel.target);
      const type = pkg.exists(target) ? await contentTypeOf(pkg, target) : undefined;
      if (MACRO_RELATIONSHIPS.has(rel.type) || (type && MACRO_CONTENT_TYPES.has(type))) {
        macros = true;
        const element = childElements(root, NS.rels, 'Relationship').find(
          (el) => el.getAttribute('Id') === rel.id,
        );
        if (element) root.removeChild(element);
        pkg.touch(rels);
        continue;
      }
      if (kept.has(target) || !pkg.exists(target)) continue;
      kept.add(target);
      queue.push(target);
    }
  }
  await dropOverridesOutside(pkg, kept);
  return { parts: [...kept], macros };
}

/** Content-type overrides name parts; one for a part left behind would be a dangling name. */
async function dropOverridesOutside(pkg: WordPackage, kept: ReadonlySet<string>) {
  const root = (await pkg.xml('[Content_Types].xml'))?.documentElement;
  if (!root) return;
  // Part names compare without regard to case (OPC, ECMA-376 part 2).
  const names = new Set([...kept].map((part) => part.toLowerCase()));
  let changed = false;
  for (const override of childElements(root, NS.types, 'Override')) {
    const name = (override.getAttribute('PartName') ?? '').replace(/^\//, '');
    if (names.has(name.toLowerCase())) continue;
    root.removeChild(override);
    changed = true;
  }
  if (changed) pkg.touch('[Content_Types].xml');
}
