import type { RepeatingBlock } from './block-fields';
import type { GenContext } from './context';

/**
 * What the placeholders of one place in the template stand for: the meeting at the top, an
 * item inside {{#items}}, an action inside {{#actions}}. A name is looked up from the
 * innermost scope outwards, so an item's {{title}} hides the meeting's.
 */
/** Generated content is WordprocessingML written as text: one string per paragraph or table. */
export type ContentGenerator = (ctx: GenContext) => string[];

export interface Scope {
  parent: Scope | null;
  inline: Readonly<Record<string, string>>;
  content: Readonly<Record<string, ContentGenerator>>;
  lists: Partial<Record<RepeatingBlock, () => Scope[]>>;
}

export type Lookup =
  { kind: 'inline'; value: string } | { kind: 'content'; generate: ContentGenerator };

export function lookup(scope: Scope, name: string): Lookup | undefined {
  for (let at: Scope | null = scope; at; at = at.parent) {
    const value = at.inline[name];
    if (value !== undefined) return { kind: 'inline', value };
    const generate = at.content[name];
    if (generate) return { kind: 'content', generate };
  }
  return undefined;
}

/** The entries a block repeats for, from the innermost scope that has that list. */
export function entries(scope: Scope, block: RepeatingBlock): Scope[] {
  for (let at: Scope | null = scope; at; at = at.parent) {
    const list = at.lists[block];
    if (list) return list();
  }
  return [];
}

export function childScope(
  parent: Scope,
  inline: Record<string, string>,
  content: Record<string, ContentGenerator> = {},
  lists: Scope['lists'] = {},
): Scope {
  return { parent, inline, content, lists };
}
