import type { SearchHit } from '../../../shared/search';

/** The hit's snippet, the words the search found in <mark>. */
export function SearchHitText({ hit }: { hit: SearchHit }) {
  return (
    <span className="search-hit-snippet">
      {hit.snippet.map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </span>
  );
}
