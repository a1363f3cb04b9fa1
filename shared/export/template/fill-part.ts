import type { GenContext } from './context';
import { BLOCK_PLACEHOLDERS, type BlockPlaceholder, type InlinePlaceholder } from './placeholders';
import { renderPart, type RenderContext } from './render';
import type { ContentGenerator, Scope } from './scope';
import { analysePart } from './structure';
import type { XmlDocument, XmlElement } from './xml';

/**
 * Fills one part with given values, for tests of the placeholder mechanics on hand-written
 * XML: the same renderer the export uses, with a scope made of these values alone.
 */
export interface PartFiller {
  inline: Record<InlinePlaceholder, string>;
  /** Generates a block placeholder's content, formatted like the given paragraph and run. */
  block: (name: BlockPlaceholder, base: Pick<GenContext, 'basePPr' | 'baseRPr'>) => XmlElement[];
}

/** Returns true if the part changed. */
export function fillPart(doc: XmlDocument, filler: PartFiller): boolean {
  if (!(doc.documentElement?.textContent ?? '').includes('{{')) return false;
  const content: Record<string, ContentGenerator> = {};
  for (const name of BLOCK_PLACEHOLDERS) {
    content[name] = (ctx) => filler.block(name, { basePPr: ctx.basePPr, baseRPr: ctx.baseRPr });
  }
  const scope: Scope = { parent: null, inline: filler.inline, content, lists: {} };
  const structure = analysePart(doc);
  if (structure.problems.length > 0) throw new Error(structure.problems[0]);
  const ctx: RenderContext = {
    doc,
    structure,
    // The filler makes every block itself, so the part's writers are never reached.
    gen: { doc } as RenderContext['gen'],
    written: 0,
  };
  renderPart(ctx, scope);
  return ctx.changed === true;
}
