import { buildLayoutDocuments } from '../test/layout/layout-documents';
import { REFERENCE_DIR, writeReferences } from '../test/layout/references';
import { renderPages } from '../test/layout/render-pages';
import { stopUnlessInstalled } from './test-tools';

/**
 * `npm run test:update-references`: renders every document the layout test checks and
 * replaces the reference pages in test/fixtures/layout/ with them. Run it only when a change
 * in layout is meant, then look at the pages (git shows which changed) before committing.
 */
stopUnlessInstalled(['soffice', 'pdftoppm']);
const written = writeReferences(await renderPages(await buildLayoutDocuments()));
process.stdout.write(
  `Wrote ${written.length} reference pages to ${REFERENCE_DIR}:\n${written.map((f) => `  ${f}`).join('\n')}\n` +
    'Look at each before committing: they are the pages an officer will see.\n',
);
