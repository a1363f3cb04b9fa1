import { useEffect, useState } from 'react';
import { useSearchIndexing } from '../../data/search/useSearch';
import { SearchDialog } from './SearchDialog';

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
      {open && <SearchDialog onClose={() => setOpen(false)} />}
    </>
  );
}
