import { lazy } from 'react';

// The meetings list is what opens first; every other screen (and the editor, drag and drop
// and date parsing they bring) loads when it is first visited, so start-up parses less.
const loadMeetingScreen = () => import('../features/meeting/MeetingScreen');
export const MeetingScreen = lazy(() =>
  loadMeetingScreen().then((m) => ({ default: m.MeetingScreen })),
);

/**
 * Once the list is up and the browser is idle, fetch the meeting screen's code, so opening
 * the first meeting does not wait for it. Later screens load on first visit.
 */
export function prefetchMeetingScreen(): void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => void loadMeetingScreen());
}
export const ActionsScreen = lazy(() =>
  import('../features/actions/ActionsScreen').then((m) => ({ default: m.ActionsScreen })),
);
export const PeopleScreen = lazy(() =>
  import('../features/people/PeopleScreen').then((m) => ({ default: m.PeopleScreen })),
);
export const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
