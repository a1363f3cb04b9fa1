/**
 * The placeholders a council may put in its template, and how what they typed is read.
 *
 * Matching rule: the text between {{ and }} is trimmed, lower-cased, and each run of spaces,
 * non-breaking spaces or hyphens becomes one underscore. So {{ title }}, {{Title}},
 * {{NEXT MEETING}} and {{next-meeting}} all work, and are reported as `normalised` so the
 * officer can be told the tidy spelling. No two known names differ only in case or spacing,
 * so leniency costs nothing. Anything else ({{venue_name}}, {{}}) is unknown: reported by
 * inspectTemplate and left in the filled document exactly as typed, never silently deleted.
 * A placeholder must sit inside one paragraph; it may be split across runs.
 */
export const INLINE_PLACEHOLDERS = [
  'group',
  'organisation',
  'title',
  'date',
  'time',
  'venue',
  'chair',
  'status',
  'next_meeting',
  'document',
] as const;

export const BLOCK_PLACEHOLDERS = [
  'attendees',
  'apologies',
  'agenda',
  'minutes',
  'decisions',
  'actions',
] as const;

export type InlinePlaceholder = (typeof INLINE_PLACEHOLDERS)[number];
export type BlockPlaceholder = (typeof BLOCK_PLACEHOLDERS)[number];
export type PlaceholderName = InlinePlaceholder | BlockPlaceholder;

export const KNOWN_PLACEHOLDERS: readonly PlaceholderName[] = [
  ...INLINE_PLACEHOLDERS,
  ...BLOCK_PLACEHOLDERS,
];

export type PlaceholderKind = 'inline' | 'block';

export function normalisePlaceholderName(inner: string): string {
  return inner
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function placeholderKind(name: string): PlaceholderKind | undefined {
  if ((INLINE_PLACEHOLDERS as readonly string[]).includes(name)) return 'inline';
  if ((BLOCK_PLACEHOLDERS as readonly string[]).includes(name)) return 'block';
  return undefined;
}

export function isKnownPlaceholder(name: string): name is PlaceholderName {
  return placeholderKind(name) !== undefined;
}

export interface PlaceholderMatch {
  /** Offsets into the paragraph's text, end exclusive. */
  start: number;
  end: number;
  /** As typed, braces included: '{{ Title }}'. */
  raw: string;
  /** After the matching rule: 'title'; for a block marker, the block's name ('items'). */
  name: string;
  /** {{#items}} opens a repeating block, {{/items}} closes it (block-fields.ts). */
  marker?: 'open' | 'close';
}

/** Every {{…}} in a paragraph's text; braces cannot nest, so '{{a{{b}}' matches '{{b}}'. */
export function matchPlaceholders(text: string): PlaceholderMatch[] {
  // Cheap test first: most paragraphs of a template hold no placeholder at all.
  if (!text.includes('{{')) return [];
  return Array.from(text.matchAll(/\{\{([^{}]*)\}\}/g), (match) => {
    const inner = (match[1] ?? '').trim();
    const marker = inner.startsWith('#') ? 'open' : inner.startsWith('/') ? 'close' : undefined;
    return {
      start: match.index,
      end: match.index + match[0].length,
      raw: match[0],
      name: normalisePlaceholderName(marker ? inner.slice(1) : inner),
      ...(marker ? { marker } : {}),
    };
  });
}
