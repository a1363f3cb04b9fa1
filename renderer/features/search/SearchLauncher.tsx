import { lazy, Suspense, useEffect, useState } from 'react';
import { useSearchIndexing } from '../../data/search/useSearch';

// The dialog brings the search code (and Yjs's model) with it: the sidebar is on the first
// screen, which must not wait for either.
const SearchDialog = lazy(() =>
  import('./SearchDialog').then((m) => ({ default: m.SearchDialog })),
);

/**
 * Search's way in: a button in the sidebar and Ctrl+K (⌘K on a Mac) anywhere. Mounted once,
 * in the sidebar, which also keeps the index running for the open workspace.
 */
export function SearchLauncher() {
  useSearchIndexing();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        // Browsers give Ctrl+K to their own search bar: here it is the app's.
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="sidebar-search"
        aria-keyshortcuts="Control+K"
        onClick={() => setOpen(true)}
      >
        Search <span className="sidebar-search-keys">Ctrl+K</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
