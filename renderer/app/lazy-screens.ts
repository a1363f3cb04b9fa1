import { afterNextPaint } from '../lib/perf-marks';
import { preloadable } from './preloadable';

// The meetings list is what opens first; every other screen (and the editor, drag and drop
// and date parsing they bring) loads when it is first visited, so start-up parses less.
export const MeetingScreen = preloadable(() =>
  import('../features/meeting-screen/MeetingScreen').then((m) => m.MeetingScreen),
);

/** The meetings screen's dialog and first-run offer: both need the model, which start-up does not. */
export const NewMeetingDialog = preloadable(() =>
  import('../features/meetings/NewMeetingDialog').then((m) => m.NewMeetingDialog),
);
export const SampleOffer = preloadable(() =>
  import('../features/meetings/SampleOffer').then((m) => m.SampleOffer),
);

/**
 * Once the list is on screen, fetch the code for what a person does next (open a meeting,
 * start a new one), so neither waits for it. Not left for an idle moment: the workspace
 * document loads next and holds the main thread for as long as it takes (seconds, for years
 * of meetings), so the fetch is started before that and the code is ready when the person
 * clicks. Later screens load on first visit.
 */
export function prefetchFromMeetingsList(): void {
  void afterNextPaint().then(() =>
    Promise.all([MeetingScreen.preload(), NewMeetingDialog.preload()]),
  );
}
export const ActionsScreen = preloadable(() =>
  import('../features/actions/ActionsScreen').then((m) => m.ActionsScreen),
);
/** The directory, a person's page and the attendance table (features/people/PeopleRoutes). */
export const PeopleScreen = preloadable(() =>
  import('../features/people/PeopleRoutes').then((m) => m.PeopleRoutes),
);
export const SettingsScreen = preloadable(() =>
  import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen),
);
export const DecisionsScreen = preloadable(() =>
  import('../features/decisions/DecisionsScreen').then((m) => m.DecisionsScreen),
);
export const JourneyScreen = preloadable(() =>
  import('../features/journey/JourneyScreen').then((m) => m.JourneyScreen),
);
