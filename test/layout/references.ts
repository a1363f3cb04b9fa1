import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The reference pages, committed in test/fixtures/layout/ as <document>-<page>.png. They are
 * written only by `npm run test:update-references`, never by the test itself, so a change in
 * layout fails until someone regenerates them on purpose and looks at them.
 */
export const REFERENCE_DIR = fileURLToPath(new URL('../fixtures/layout', import.meta.url));

const PAGE_FILE = /^(.+)-(\d+)\.png$/;

export const referenceFile = (name: string, page: number) =>
  join(REFERENCE_DIR, `${name}-${page}.png`);

/** Page numbers with a reference image, by document name. */
export function referencePages(): Map<string, number[]> {
  const pages = new Map<string, number[]>();
  if (!existsSync(REFERENCE_DIR)) return pages;
  for (const file of readdirSync(REFERENCE_DIR)) {
    const match = PAGE_FILE.exec(file);
    if (!match) continue;
    const [, name, page] = match as unknown as [string, string, string];
    pages.set(
      name,
      [...(pages.get(name) ?? []), Number(page)].sort((a, b) => a - b),
    );
  }
  return pages;
}

export const readReference = (name: string, page: number) =>
  readFileSync(referenceFile(name, page));

/** Replaces every reference image with these pages. */
export function writeReferences(rendered: ReadonlyMap<string, Buffer[]>): string[] {
  mkdirSync(REFERENCE_DIR, { recursive: true });
  for (const file of readdirSync(REFERENCE_DIR))
    if (PAGE_FILE.test(file)) rmSync(join(REFERENCE_DIR, file));
  const written: string[] = [];
  for (const [name, pages] of rendered) {
    pages.forEach((png, index) => {
      writeFileSync(referenceFile(name, index + 1), png);
      written.push(`${name}-${index + 1}.png`);
    });
  }
  return written;
}
