import { afterNextPaint } from './perf-marks';
import { preloadable } from './preloadable';

// The meetings list is what opens first; every other screen (and the editor, drag and drop
// and date parsing they bring) loads when it is first visited, so start-up parses less.
export const MeetingScreen = preloadable(() =>
  import('../features/meeting/MeetingScreen').then((m) => m.MeetingScreen),
);

/**
 * Once the list is on screen, fetch the meeting screen's code, so opening the first meeting
 * does not wait for it. Not left for an idle moment: the workspace document loads next and
 * holds the main thread for as long as it takes (seconds, for years of meetings), so the
 * fetch is started before that and the code is ready when the person clicks. Later screens
 * load on first visit.
 */
export function prefetchMeetingScreen(): void {
  void afterNextPaint().then(() => MeetingScreen.preload());
}
export const ActionsScreen = preloadable(() =>
  import('../features/actions/ActionsScreen').then((m) => m.ActionsScreen),
);
export const PeopleScreen = preloadable(() =>
  import('../features/people/PeopleScreen').then((m) => m.PeopleScreen),
);
export const SettingsScreen = preloadable(() =>
  import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen),
);
