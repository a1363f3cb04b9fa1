import type { WordPackage } from './package';
import { relsPath, resolveTarget } from './relationships';
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
  const contentType = await contentTypes(pkg);
  const kept = new Set<string>([CONTENT_TYPES]);
  const queue = [''];
  let macros = false;
  for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
    const rels = relsPath(part);
    const root = pkg.exists(rels) ? (await pkg.xml(rels))?.documentElement : undefined;
    if (!root) continue;
    kept.add(rels);
    // One pass over the elements: a .rels of 100,000 relationships costs 100,000 steps.
    for (const rel of childElements(root, NS.rels, 'Relationship')) {
      if (rel.getAttribute('TargetMode') === 'External') continue;
      const target = resolveTarget(part, rel.getAttribute('Target') ?? '');
      const type = rel.getAttribute('Type') ?? '';
      if (MACRO_RELATIONSHIPS.has(type) || MACRO_CONTENT_TYPES.has(contentType(target) ?? '')) {
        macros = true;
        root.removeChild(rel);
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

const CONTENT_TYPES = '[Content_Types].xml';

/** A part's content type (its Override, else its extension's Default), read once. */
async function contentTypes(pkg: WordPackage): Promise<(part: string) => string | undefined> {
  const root = (await pkg.xml(CONTENT_TYPES))?.documentElement;
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const el of root ? childElements(root, NS.types) : []) {
    const type = el.getAttribute('ContentType') ?? '';
    if (el.localName === 'Override')
      overrides.set((el.getAttribute('PartName') ?? '').replace(/^\//, '').toLowerCase(), type);
    if (el.localName === 'Default')
      defaults.set((el.getAttribute('Extension') ?? '').toLowerCase(), type);
  }
  return (part) =>
    overrides.get(part.toLowerCase()) ??
    defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase());
}

/** Content-type overrides name parts; one for a part left behind would be a dangling name. */
async function dropOverridesOutside(pkg: WordPackage, kept: ReadonlySet<string>) {
  const root = (await pkg.xml(CONTENT_TYPES))?.documentElement;
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
  if (changed) pkg.touch(CONTENT_TYPES);
}
