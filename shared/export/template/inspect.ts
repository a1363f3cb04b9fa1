import type { Result } from '../../ipc/result';
import { ok } from '../../ipc/result';
import { TemplateProblem, type TemplateError } from './errors';
import { KNOWN_PLACEHOLDERS, type PlaceholderName } from './placeholders';
import { scanPart, type FoundPlaceholder } from './scan';
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
}

export async function inspectTemplate(
  bytes: Uint8Array,
): Promise<Result<TemplateInfo, TemplateError>> {
  try {
    const word = await openWordDocument(bytes);
    const found = word.parts.flatMap(scanPart);
    const placeholders = found.filter((p) => p.kind !== undefined);
    const present = new Set(placeholders.map((p) => p.name));
    return ok({
      kind: word.kind,
      placeholders,
      unknown: found.filter((p) => p.kind === undefined),
      missing: KNOWN_PLACEHOLDERS.filter((name) => !present.has(name)),
    });
  } catch (error) {
    if (error instanceof TemplateProblem) return error.toResult();
    throw error;
  }
}
