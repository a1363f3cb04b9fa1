import type { Result } from '../../ipc/result';
import { ok } from '../../ipc/result';
import type { RepeatingBlock } from './block-fields';
import { TemplateProblem, type TemplateError } from './errors';
import { imagesWithoutAltText } from './images';
import { KNOWN_PLACEHOLDERS, type PlaceholderName } from './placeholders';
import { scanPart, type FoundPlaceholder } from './scan';
import { analysePart } from './structure';
import { openWordDocument } from './word-document';

/** What a council's template holds, for the import screen to show before any export. */
export interface TemplateInfo {
  /** 'template' for a .dotx; the filled file is always a document. */
  kind: 'document' | 'template';
  /** Known placeholders, every occurrence, body first, then headers, then footers. */
  placeholders: FoundPlaceholder[];
  /** {{…}} the app does not know; they are left as typed when the template is filled. */
  unknown: FoundPlaceholder[];
  /** Known placeholders that appear nowhere in the template. */
  missing: PlaceholderName[];
  /** Repeating blocks used ('items', 'actions'), so the import screen can say so. */
  blocks: RepeatingBlock[];
  /** One line each, to show with the unknown placeholders: macros left out, pictures
   * without alt text. */
  warnings: string[];
}

export async function inspectTemplate(
  bytes: Uint8Array,
): Promise<Result<TemplateInfo, TemplateError>> {
  try {
    const word = await openWordDocument(bytes);
    // A block typed wrongly fails the import, as it would fail every export.
    const structures = word.parts.map((part) => analysePart(part.doc));
    const problem = structures.flatMap((s) => s.problems)[0];
    if (problem) throw new TemplateProblem('template-mistake', problem);
    const blocks = new Set(structures.flatMap((s) => [...s.blocks.values()].map((b) => b.name)));
    const found = word.parts.flatMap(scanPart);
    const placeholders = found.filter((p) => p.kind !== undefined);
    const present = new Set(placeholders.map((p) => p.name));
    // {{minutes}} inside {{#items}} is the item's, not the meeting's: the meeting's is not
    // missing when items repeat.
    if (blocks.has('items')) ['minutes', 'agenda'].forEach((name) => present.add(name));
    if (blocks.has('attendees')) present.add('attendees');
    for (const name of ['apologies', 'actions', 'decisions'] as const)
      if (blocks.has(name)) present.add(name);
    return ok({
      kind: word.kind,
      placeholders,
      unknown: found.filter((p) => p.kind === undefined),
      missing: KNOWN_PLACEHOLDERS.filter((name) => name !== 'document' && !present.has(name)),
      blocks: [...blocks],
      warnings: [...word.pkg.warnings, ...imagesWithoutAltText(word.parts)],
    });
  } catch (error) {
    if (error instanceof TemplateProblem) return error.toResult();
    throw error;
  }
}
