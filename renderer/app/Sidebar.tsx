import { Link, useLocation } from 'wouter';
import { useWorkspaceStart } from '../data/WorkspaceProvider';
import { SearchLauncher } from '../features/search/SearchLauncher';
import { SyncStatus } from '../features/sync/SyncStatus';

const sections = [
  { path: '/meetings', label: 'Meetings' },
  { path: '/actions', label: 'Actions' },
  { path: '/decisions', label: 'Decisions' },
  { path: '/journey', label: 'Journey' },
  { path: '/people', label: 'People' },
  { path: '/settings', label: 'Settings' },
] as const;

export function Sidebar() {
  const [location] = useLocation();
  // Whether this workspace syncs is known once the local database has answered.
  const syncKnown = useWorkspaceStart().start !== null;
  return (
    <nav className="sidebar" aria-label="Sections">
      {/* Sticks to the window while the page scrolls; the nav's column stays full length. */}
      <div className="sidebar-inner">
        <p className="sidebar-brand">Quorum</p>
        <SearchLauncher />
        <ul>
          {sections.map(({ path, label }) => {
            const current = location === path || location.startsWith(`${path}/`);
            return (
              <li key={path}>
                <Link href={path} aria-current={current ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
        {syncKnown && <SyncStatus />}
      </div>
    </nav>
  );
}
