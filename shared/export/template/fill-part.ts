import type { GenContext } from './context';
import { BLOCK_PLACEHOLDERS, type BlockPlaceholder, type InlinePlaceholder } from './placeholders';
import { renderPart, type RenderContext } from './render';
import type { ContentGenerator, Scope } from './scope';
import { analysePart } from './structure';
import { parseXml, rootOf, type XmlDocument, type XmlElement } from './xml';
import { NodeWriter } from './xml-write';

/**
 * Fills one part with given values, for tests of the placeholder mechanics on hand-written
 * XML: the same renderer the export uses, with a scope made of these values alone.
 */
export interface PartFiller {
  inline: Record<InlinePlaceholder, string>;
  /** Generates a block placeholder's content, formatted like the given paragraph and run. */
  block: (name: BlockPlaceholder, base: Pick<GenContext, 'basePPr' | 'baseRPr'>) => XmlElement[];
}

/** Fills the part's document in place (its root is replaced); returns true if it changed. */
export function fillPart(doc: XmlDocument, filler: PartFiller): boolean {
  if (!(doc.documentElement?.textContent ?? '').includes('{{')) return false;
  const nodes = new NodeWriter();
  const content: Record<string, ContentGenerator> = {};
  for (const name of BLOCK_PLACEHOLDERS) {
    content[name] = (ctx) =>
      filler
        .block(name, { basePPr: ctx.basePPr, baseRPr: ctx.baseRPr })
        .map((element) => nodes.write(element));
  }
  const scope: Scope = { parent: null, inline: filler.inline, content, lists: {} };
  const structure = analysePart(doc);
  if (structure.problems.length > 0) throw new Error(structure.problems[0]);
  const ctx: RenderContext = {
    doc,
    structure,
    // The filler makes every block itself, so the part's other writers are never reached.
    gen: { nodes } as RenderContext['gen'],
    written: 0,
  };
  const filled = rootOf(parseXml(renderPart(ctx, scope)));
  doc.replaceChild(doc.importNode(filled, true), rootOf(doc));
  return ctx.changed === true;
}
