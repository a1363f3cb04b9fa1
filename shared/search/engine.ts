import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchDocument, SearchKind } from './documents';
import { hasFilters, meetingMatches, parseQuery, type ParsedQuery } from './query';
import { makeSnippet, normaliseForPhrase, type SnippetPart } from './snippet';
import { termOf, tokenize } from './terms';

/**
 * The search index: MiniSearch over SearchDocuments, with our terms (terms.ts) on both sides,
 * fuzzy matching for typos and prefix matching on the word being typed. Pure TypeScript, so
 * the app's worker and `quorum search` run exactly this.
 */
const STORED: (keyof SearchDocument)[] = [
  'kind',
  'source',
  'title',
  'text',
  'meetingId',
  'meetingDate',
  'meetingTitle',
  'itemId',
  'personId',
];

const OPTIONS = {
  fields: ['title', 'text'],
  storeFields: STORED,
  tokenize,
  processTerm: termOf,
  searchOptions: {
    boost: { title: 2 },
    // A typo in a word of five letters or more: about one letter in five may be wrong.
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
    // The last word is often still being typed.
    prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
    combineWith: 'AND' as const,
  },
};

/** Bumped when what is indexed or how changes, so an older stored index is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

export interface SearchHit extends Omit<SearchDocument, 'text'> {
  score: number;
  snippet: SnippetPart[];
}

export class SearchIndex {
  private readonly mini: MiniSearch<SearchDocument>;
  /** Source (a meeting id or 'workspace') → its documents' ids and the stamp they were made at. */
  private readonly sources: Map<string, { ids: string[]; stamp: string }>;

  private constructor(mini: MiniSearch<SearchDocument>, sources: SearchIndex['sources']) {
    this.mini = mini;
    this.sources = sources;
  }

  static empty(): SearchIndex {
    return new SearchIndex(new MiniSearch<SearchDocument>(OPTIONS), new Map());
  }

  /** An index saved by serialise(), or null if it is from another version or unreadable. */
  static restore(saved: string): SearchIndex | null {
    try {
      const { version, index, sources } = JSON.parse(saved) as {
        version: number;
        index: unknown;
        sources: [string, { ids: string[]; stamp: string }][];
      };
      if (version !== SEARCH_INDEX_VERSION) return null;
      const mini = MiniSearch.loadJS<SearchDocument>(index as never, OPTIONS);
      return new SearchIndex(mini, new Map(sources));
    } catch {
      return null;
    }
  }

  serialise(): string {
    return JSON.stringify({
      version: SEARCH_INDEX_VERSION,
      index: this.mini.toJSON(),
      sources: [...this.sources],
    });
  }

  /** The stamp a source was last indexed at (see replaceSource), or null if never. */
  stampOf(source: string): string | null {
    return this.sources.get(source)?.stamp ?? null;
  }

  indexedSources(): string[] {
    return [...this.sources.keys()];
  }

  /**
   * Replaces everything indexed from one source with `documents`. `stamp` says which
   * version of the source they were read from (the caller's choice: a hash of its state).
   * Returns how many documents were added, replaced or removed.
   */
  replaceSource(source: string, documents: SearchDocument[], stamp = ''): number {
    // Only what changed is touched: an edit to one action re-reads the whole workspace
    // document, but changes one entry of the index, not eight thousand.
    const kept = new Set(documents.map((d) => d.id));
    let written = 0;
    for (const id of this.sources.get(source)?.ids ?? []) {
      if (kept.has(id)) continue;
      this.mini.discard(id);
      written++;
    }
    for (const document of documents) {
      if (!this.mini.has(document.id)) this.mini.add(document);
      else if (!sameStored(this.mini.getStoredFields(document.id), document))
        this.mini.replace(document);
      else continue;
      written++;
    }
    this.sources.set(source, { ids: [...kept], stamp });
    this.written += written;
    return written;
  }

  /** Removes a source's documents; returns how many. */
  removeSource(source: string): number {
    const ids = this.sources.get(source)?.ids ?? [];
    for (const id of ids) this.mini.discard(id);
    this.sources.delete(source);
    this.written += ids.length;
    return ids.length;
  }

  /**
   * Documents added, replaced or removed since this index was made or restored: how much
   * indexing work was really done (a source re-read whose documents are unchanged adds 0).
   */
  written = 0;

  get documentCount(): number {
    return this.mini.documentCount;
  }

  /** Hits for a parsed query, best first; `within` a meeting's id keeps only that meeting's. */
  search(query: ParsedQuery, limit = 50, within?: string): SearchHit[] {
    const words = [...query.words, ...query.phrases];
    const phrases = query.phrases.map(normaliseForPhrase);
    const filter = (result: SearchResult) =>
      (within === undefined || result.meetingId === within) &&
      meetingMatches(query, String(result.meetingDate), String(result.meetingTitle));
    let results: SearchResult[];
    if (words.length > 0) results = this.mini.search(words.join(' '), { filter });
    else if (hasFilters(query) || within !== undefined)
      results = this.mini.search(MiniSearch.wildcard, { filter });
    else return [];
    // Phrases are checked on the best results first, and only until `limit` are found: the
    // words of a common phrase ("next meeting") are in thousands of paragraphs, and checking
    // every one of them was most of a search's time. Scores do not depend on what is kept.
    const hits: SearchHit[] = [];
    for (const result of results) {
      if (hits.length >= limit) break;
      if (phrases.length > 0) {
        const normalised = normaliseForPhrase(`${String(result.title)} ${String(result.text)}`);
        if (!phrases.every((phrase) => normalised.includes(phrase))) continue;
      }
      hits.push(toHit(result));
    }
    return hits;
  }
}

function sameStored(stored: Record<string, unknown> | undefined, document: SearchDocument) {
  return stored !== undefined && STORED.every((key) => stored[key] === document[key]);
}

function toHit(result: SearchResult): SearchHit {
  const stored = result as unknown as SearchDocument & SearchResult;
  const shown =
    stored.kind === 'minutes' || stored.kind === 'decision' || stored.kind === 'question'
      ? stored.text
      : [stored.title, stored.text].filter(Boolean).join(' · ');
  return {
    id: String(result.id),
    kind: stored.kind as SearchKind,
    source: stored.source,
    title: stored.title,
    meetingId: stored.meetingId,
    meetingDate: stored.meetingDate,
    meetingTitle: stored.meetingTitle,
    itemId: stored.itemId,
    personId: stored.personId,
    score: result.score,
    snippet: makeSnippet(shown, new Set(result.terms)),
  };
}

export type SearchAnswer = { ok: true; hits: SearchHit[] } | { ok: false; message: string };

/** Parses `text` and searches: what the search box and the command line both call. */
export function searchIndex(
  index: SearchIndex,
  text: string,
  limit?: number,
  within?: string,
): SearchAnswer {
  const parsed = parseQuery(text);
  if (!parsed.ok) return parsed;
  return { ok: true, hits: index.search(parsed.query, limit, within) };
}
