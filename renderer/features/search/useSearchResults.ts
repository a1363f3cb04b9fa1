import { useEffect, useState } from 'react';
import { useSearch } from '../../data/search/useSearch';
import type { SearchAnswer } from '../../../shared/search';

/**
 * The answer for what is typed, newest only: a slow answer to an earlier keystroke never
 * replaces a later one. Asked again when the index catches up with an edit.
 */
export function useSearchResults(
  text: string,
  within?: string,
): {
  answer: SearchAnswer | null;
  indexed: number | null;
} {
  const { search, indexed, available } = useSearch();
  const [latest, setLatest] = useState<{ text: string; answer: SearchAnswer } | null>(null);
  useEffect(() => {
    let current = true;
    if (!text.trim()) return;
    void search(text, within).then((answer) => {
      if (current) setLatest({ text, answer });
    });
    return () => {
      current = false;
    };
  }, [text, within, search, indexed, available]);
  // Until the answer for this text arrives, there is none (not the last text's).
  return { answer: latest?.text === text && text.trim() ? latest.answer : null, indexed };
}
