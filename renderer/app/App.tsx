import { Suspense } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useRouteLocation } from '../lib/location-fragment';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen';
import { WorkspaceDocGate } from '../data/WorkspaceProvider';
import {
  ActionsScreen,
  DecisionsScreen,
  JourneyScreen,
  MeetingScreen,
  PeopleScreen,
  SettingsScreen,
} from './lazy-screens';
import { Sidebar } from './Sidebar';
import { BackupOfferDialog } from './BackupOfferDialog';
import { LoadingStatus } from '../ui/LoadingStatus';
import { useActionReminders } from '../data/reminders/useActionReminders';

/**
 * The window: a sidebar of sections and the current screen. Hash routes (#/meetings) work the
 * same under app://quorum/ in Electron and http://127.0.0.1 in a browser, with no server help;
 * a place within a screen follows the route as a second fragment (lib/location-fragment.ts).
 */
export function App() {
  // The desktop app's reminders run for the whole window, whichever screen is open.
  useActionReminders();
  return (
    <Router hook={useRouteLocation}>
      <a className="skip-link" href="#main" onClick={focusMain}>
        Skip to main content
      </a>
      <div className="app-shell">
        <Sidebar />
        <main id="main" tabIndex={-1} className="app-main">
          <Suspense fallback={<LoadingStatus />}>
            <Switch>
              <Route path="/meetings" component={MeetingsScreen} />
              <Route<{ id: string }> path="/meetings/:id/*?">
                {(params) => (
                  <WorkspaceDocGate>
                    <MeetingScreen meetingId={params.id} />
                  </WorkspaceDocGate>
                )}
              </Route>
              <Route path="/actions">
                <WorkspaceDocGate>
                  <ActionsScreen />
                </WorkspaceDocGate>
              </Route>
              <Route path="/decisions">
                <WorkspaceDocGate>
                  <DecisionsScreen />
                </WorkspaceDocGate>
              </Route>
              <Route path="/journey">
                <WorkspaceDocGate>
                  <JourneyScreen />
                </WorkspaceDocGate>
              </Route>
              <Route path="/people/*?">
                <WorkspaceDocGate>
                  <PeopleScreen />
                </WorkspaceDocGate>
              </Route>
              <Route path="/settings">
                <WorkspaceDocGate>
                  <SettingsScreen />
                </WorkspaceDocGate>
              </Route>
              <Route>
                <Redirect to="/meetings" replace />
              </Route>
            </Switch>
          </Suspense>
        </main>
      </div>
      <BackupOfferDialog />
    </Router>
  );
}

/** The skip link must not change the hash route, so it moves focus itself. */
function focusMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
