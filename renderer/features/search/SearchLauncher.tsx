import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { useSearchIndexing } from '../../data/search/useSearch';
import './search-launcher.css';

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
  // Open: everywhere, or (Ctrl+F on a meeting's screen) within one meeting.
  const [open, setOpen] = useState<false | { within?: string }>(false);
  const [location] = useLocation();
  const meetingId = /^\/meetings\/([^/]+)/.exec(location)?.[1];
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      // Taken already: in the minutes editor Ctrl+K adds a link.
      if (event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key === 'k') {
        // Browsers give Ctrl+K to their own search bar: here it is the app's.
        event.preventDefault();
        setOpen({});
      } else if (key === 'f' && meetingId) {
        // Within a meeting, find searches its record (the page may show one tab of it).
        event.preventDefault();
        setOpen({ within: meetingId });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [meetingId]);
  return (
    <>
      <button
        type="button"
        className="sidebar-search"
        aria-keyshortcuts="Control+K"
        onClick={() => setOpen({})}
      >
        Search <span className="sidebar-search-keys">Ctrl+K</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} withinMeeting={open.within} />
        </Suspense>
      )}
    </>
  );
}
