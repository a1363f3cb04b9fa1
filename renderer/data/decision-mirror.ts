import * as Y from 'yjs';
import { agendaMap, mirrorMeetingDecisions } from '../../shared/model';

const QUIET_MS = 250;

/** Stops mirroring (saying whether the index then matches); `inStep` asks without stopping. */
export type MirrorWhileOpen = (() => boolean) & { inStep(): boolean };

/**
 * Keeps the workspace's decision index (shared/model/decision-index.ts) in step with one open
 * meeting document, for as long as it is open: once on opening (which fills the index for a
 * meeting recorded before the index existed, with no migration) and again after any change to
 * its decisions or agenda, whether typed here or arriving by sync. Returns the stop function,
 * which mirrors any change still waiting and says whether the index now matches the document.
 */
export function mirrorDecisionsWhileOpen(
  workspace: Y.Doc,
  meetingDoc: Y.Doc,
  meetingId: string,
): MirrorWhileOpen {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let inStep = false;
  const mirror = () => {
    pending = undefined;
    try {
      mirrorMeetingDecisions(workspace, meetingDoc, meetingId);
      inStep = true;
    } catch (error) {
      inStep = false;
      // The index is a copy: failing to update it must not stop the meeting being used, and
      // the next change or opening tries again. Reported so that it is not silent.
      console.error('Could not update the decision log', error);
    }
  };
  const onTransaction = (transaction: Y.Transaction) => {
    // Decisions and questions are the document's only top-level arrays; minutes typing (the
    // XML fragments) does not touch the index, so it schedules nothing.
    const agenda: unknown = agendaMap(meetingDoc);
    const touched = [...transaction.changedParentTypes.keys()].some(
      (type) => type === agenda || (type instanceof Y.Array && !type._item),
    );
    if (touched && pending === undefined) {
      inStep = false;
      pending = setTimeout(mirror, QUIET_MS);
    }
  };
  mirror();
  meetingDoc.on('afterTransaction', onTransaction);
  const stop = () => {
    meetingDoc.off('afterTransaction', onTransaction);
    // Cleared first: mirror() forgets the timer, which would then fire on a closed document.
    clearTimeout(pending);
    if (pending !== undefined) mirror();
    return inStep;
  };
  return Object.assign(stop, { inStep: () => inStep });
}
