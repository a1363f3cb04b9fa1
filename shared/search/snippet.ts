import { termOf } from './terms';

/** A piece of a snippet: `match` parts are the words the search found (shown in <mark>). */
export interface SnippetPart {
  text: string;
  match: boolean;
}

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const BEFORE = 60;
const LENGTH = 200;

/**
 * A short stretch of `text` around its first matching word, split into parts so a screen
 * can mark the matches without handling HTML. `terms` are the index terms the search matched
 * (terms.ts), so "schools" in the text is marked for a search for "school".
 */
export function makeSnippet(text: string, terms: ReadonlySet<string>): SnippetPart[] {
  const matches: [number, number][] = [];
  for (const word of text.matchAll(WORDS)) {
    const term = termOf(word[0]);
    if (term !== null && terms.has(term)) matches.push([word.index, word.index + word[0].length]);
  }
  let start = 0;
  let end = Math.min(text.length, LENGTH);
  const first = matches[0];
  if (first && first[1] > LENGTH - 40) {
    start = wordStart(text, first[0] - BEFORE);
    end = Math.min(text.length, start + LENGTH);
  }
  if (end < text.length) end = wordEnd(text, end);
  const parts: SnippetPart[] = [];
  const push = (from: number, to: number, match: boolean) => {
    if (to > from) parts.push({ text: text.slice(from, to), match });
  };
  let at = start;
  for (const [from, to] of matches) {
    if (from < start || to > end) continue;
    push(at, from, false);
    push(from, to, true);
    at = to;
  }
  push(at, end, false);
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}

function wordStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(' ', at);
  return space === -1 ? at : space + 1;
}

function wordEnd(text: string, at: number): number {
  const space = text.lastIndexOf(' ', at);
  return space <= 0 ? at : space;
}

/** Text as a quoted phrase is compared: lower case, words only, single spaces. */
export function normaliseForPhrase(text: string): string {
  return (text.toLowerCase().match(WORDS) ?? []).join(' ');
}

/** A snippet as plain text, matches in «», for the command line. */
export function snippetText(parts: readonly SnippetPart[], mark = (t: string) => `«${t}»`): string {
  return parts.map((p) => (p.match ? mark(p.text) : p.text)).join('');
}
