import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireTestTools } from '../setup/require-tools';
import { MAX_DIFFERENT_PIXELS, comparePages } from './compare-pages';
import { buildLayoutDocuments, layoutDocumentNames } from './layout-documents';
import { readReference, referencePages } from './references';
import { renderPages } from './render-pages';

/**
 * Layout regression: every document kind rendered through LibreOffice and compared, page by
 * page, with the reference images in test/fixtures/layout/. After a layout change that is
 * meant, `npm run test:update-references` regenerates them (docs/testing.md).
 */
const RESULTS = join(import.meta.dirname, '../../test-results/layout');
const REGENERATE =
  'if the change is intended, run npm run test:update-references and look at the new pages';

describe('layout images', () => {
  requireTestTools(['soffice', 'pdftoppm']);
  let rendered: Map<string, Buffer[]>;

  beforeAll(async () => {
    rendered = await renderPages(await buildLayoutDocuments());
  }, 300_000);

  it('has reference pages for exactly the documents rendered', () => {
    expect([...referencePages().keys()].sort(), REGENERATE).toEqual(layoutDocumentNames().sort());
  });

  it.each(layoutDocumentNames())('%s matches its reference pages', (name) => {
    const pages = rendered.get(name) ?? [];
    const references = referencePages().get(name) ?? [];
    expect(pages.length, `${name}: page count; ${REGENERATE}`).toBe(references.length);
    const differences: string[] = [];
    pages.forEach((png, index) => {
      const page = index + 1;
      const { different, diff } = comparePages(png, readReference(name, page));
      if (different <= MAX_DIFFERENT_PIXELS) return;
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(join(RESULTS, `${name}-${page}.actual.png`), png);
      if (diff) writeFileSync(join(RESULTS, `${name}-${page}.diff.png`), diff);
      differences.push(
        `${name} page ${page}: ${different} pixels differ (see test-results/layout/${name}-${page}.diff.png)`,
      );
    });
    expect(differences, REGENERATE).toEqual([]);
  });
});
