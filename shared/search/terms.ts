/**
 * How words become index terms, the same for the text indexed and the words searched for,
 * so that British and American spellings and the common English endings meet: "organisations",
 * "organization" and "organised" are all "organiz". Deliberately light (no dictionary): a
 * search for a word always finds that word, and fuzzy matching (engine.ts) covers typos.
 */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The index term for one word, or null for a word not worth indexing. */
export function termOf(word: string): string | null {
  const term = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s$/, '');
  if (!term) return null;
  if (STOP_WORDS.has(term)) return null;
  if (/^\d/.test(term)) return term;
  return stem(britishToOne(term));
}

/** Plural, then verb endings, then a final e off, keeping at least three letters. */
function stem(word: string): string {
  const strip = (from: string, suffix: string, replacement = '') =>
    from.length - suffix.length >= 3 && from.endsWith(suffix)
      ? from.slice(0, from.length - suffix.length) + replacement
      : null;
  const single =
    strip(word, 'ies', 'y') ??
    strip(word, 'sses', 'ss') ??
    (/(ss|us|is)$/.test(word) ? word : null) ??
    strip(word, 'es', /(s|x|z|ch|sh)es$/.test(word) ? '' : 'e') ??
    strip(word, 's') ??
    word;
  const base = strip(single, 'ing') ?? strip(single, 'ed') ?? single;
  return strip(base, 'e') ?? base;
}

/** One spelling for the pairs British and American English spell apart. */
function britishToOne(word: string): string {
  return (
    word
      // organise, organised, organisation → organiz…; not "analysis" or "promise"d alone
      .replace(/(?<=\w{3})is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
      // colour, behaviours, neighbour; not "hour" or "four"
      .replace(/(?<=\w{3})our(s|ed|ing)?$/, 'or$1')
      // centre, theatres
      .replace(/(?<=\w{3})tre(s)?$/, 'ter$1')
      .replace(/^programme(s)?$/, 'program$1')
  );
}

const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were will with'.split(
    ' ',
  ),
);
