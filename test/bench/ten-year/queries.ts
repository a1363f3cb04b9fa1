import { MEETING_SERIES, PLACES, TOPICS } from './council-text';
import { seededRandom, type Random } from '../sync/random';

/**
 * The 200 searches the benchmark times: what an officer types, mixed as issue 16 lists them
 * (single words, "quoted phrases", typos, plurals, before:/after: and in: filters). Drawn
 * from the generated workspace's own words, so most find something, and from the same seed
 * in every run.
 */
export const QUERY_KINDS = ['word', 'phrase', 'typo', 'plural', 'date', 'in'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface BenchQuery {
  kind: QueryKind;
  text: string;
}

/** Out of 20: single words are commonest, as in a real search box. */
const MIX: Record<QueryKind, number> = { word: 6, phrase: 3, typo: 3, plural: 3, date: 3, in: 2 };

export function benchQueries(
  peopleNames: readonly string[],
  count = 200,
  seed = 2016,
): BenchQuery[] {
  if (peopleNames.length === 0) throw new Error('Queries need at least one person’s name');
  const random = seededRandom(seed);
  const kinds = QUERY_KINDS.flatMap((kind) => Array<QueryKind>(MIX[kind]).fill(kind));
  const words = vocabulary(peopleNames);
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    return { kind, text: queryOf(kind, random, words, peopleNames) };
  });
}

function vocabulary(peopleNames: readonly string[]): string[] {
  const all = [...TOPICS, ...PLACES, ...peopleNames].join(' ').match(/[A-Za-z]{4,}/g) ?? [];
  const skip = new Set(['with', 'from', 'Anne']);
  return [...new Set(all.filter((w) => !skip.has(w)))];
}

function queryOf(
  kind: QueryKind,
  random: Random,
  words: readonly string[],
  names: readonly string[],
): string {
  const word = () => random.pick(words).toLowerCase();
  switch (kind) {
    case 'word':
      return random.next() < 0.2 ? random.pick(names).split(' ')[1]! : word();
    case 'phrase':
      return `"${random.next() < 0.3 ? random.pick(names) : random.pick(PHRASES)}"`;
    case 'typo':
      return typo(random, longWord(random, words));
    case 'plural':
      return plural(longWord(random, words));
    case 'date': {
      const year = 2018 + random.below(9);
      return `${word()} ${random.next() < 0.5 ? 'before' : 'after'}:${year}`;
    }
    case 'in': {
      const series = random.pick(MEETING_SERIES);
      const filter =
        series.includes(' ') && random.next() < 0.5 ? `"${series}"` : series.split(' ')[0];
      return `in:${filter} ${word()}`;
    }
  }
}

const PHRASES = [
  'press release',
  'site visit',
  'bus services',
  'council tax',
  'climate emergency',
  'next meeting',
  'briefing note',
  'local plan',
  'revised figures',
  'food bank',
] as const;

function longWord(random: Random, words: readonly string[]): string {
  const long = words.filter((w) => w.length >= 6);
  return random.pick(long).toLowerCase();
}

/** One slip of the keyboard: a letter dropped, doubled or two swapped (never the first). */
export function typo(random: Random, word: string): string {
  if (word.length < 4) throw new Error(`"${word}" is too short to misspell believably`);
  const at = 1 + random.below(word.length - 2);
  const slip = random.below(3);
  if (slip === 0) return word.slice(0, at) + word.slice(at + 1);
  if (slip === 1) return word.slice(0, at) + word[at] + word.slice(at);
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

export function plural(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
