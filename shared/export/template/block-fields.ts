import { BLOCK_PLACEHOLDERS, INLINE_PLACEHOLDERS } from './placeholders';

/**
 * The repeating blocks a council writes in its template ({{#items}} … {{/items}}) and the
 * fields each one fills inside it. docs/export.md ("Council templates") is the page officers
 * read; this is the list the checks and the fill both follow, so the two cannot drift.
 *
 * A field is looked for in the innermost block first, then outwards to the meeting's own
 * placeholders: inside {{#items}}, {{title}} is the item's title and {{date}} still the
 * meeting's date. A field that belongs to another block ({{owner}} inside {{#items}} but not
 * inside {{#actions}}) is a mistake reported before anything is written.
 */
export const REPEATING_BLOCKS = [
  'items',
  'attendees',
  'apologies',
  'actions',
  'decisions',
  'declarations',
] as const;

export type RepeatingBlock = (typeof REPEATING_BLOCKS)[number];

interface BlockShape {
  /** Fields that become text where they are typed. */
  inline: readonly string[];
  /** Fields that become paragraphs of their own (the item's minutes). */
  content: readonly string[];
  /** Blocks that may repeat inside each entry of this one (an item's decisions). */
  nested: readonly RepeatingBlock[];
}

export const BLOCK_SHAPES: Record<RepeatingBlock, BlockShape> = {
  items: {
    inline: ['number', 'title', 'presenter', 'start', 'duration', 'purpose', 'reference'],
    content: ['minutes', 'decisions', 'actions'],
    nested: ['decisions', 'actions'],
  },
  attendees: { inline: ['name', 'role', 'organisation', 'attendance'], content: [], nested: [] },
  apologies: { inline: ['name', 'role', 'organisation'], content: [], nested: [] },
  actions: {
    inline: ['ref', 'action', 'owner', 'due', 'status', 'item', 'meeting'],
    content: [],
    nested: [],
  },
  decisions: { inline: ['decision', 'item', 'item_title'], content: [], nested: [] },
  declarations: { inline: ['declaration'], content: [], nested: [] },
};

/** What may be written at the top of the document, outside every block. */
export const TOP_LEVEL: BlockShape = {
  inline: INLINE_PLACEHOLDERS,
  content: BLOCK_PLACEHOLDERS,
  nested: REPEATING_BLOCKS,
};

export function isRepeatingBlock(name: string): name is RepeatingBlock {
  return (REPEATING_BLOCKS as readonly string[]).includes(name);
}

/** The blocks whose fields include this name (for "{{owner}} belongs inside {{#actions}}"). */
export function blocksWithField(name: string): RepeatingBlock[] {
  return REPEATING_BLOCKS.filter((block) => {
    const shape = BLOCK_SHAPES[block];
    return shape.inline.includes(name) || shape.content.includes(name);
  });
}

export function shapeOf(block: RepeatingBlock | null): BlockShape {
  return block ? BLOCK_SHAPES[block] : TOP_LEVEL;
}

/** Is this field known in this chain of blocks (innermost last)? */
export function fieldInScope(name: string, chain: readonly (RepeatingBlock | null)[]): boolean {
  return chain.some((block) => {
    const shape = shapeOf(block);
    return shape.inline.includes(name) || shape.content.includes(name);
  });
}
