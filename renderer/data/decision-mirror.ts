import * as Y from 'yjs';
import { agendaMap, mirrorMeetingDecisions } from '../../shared/model';

/**
 * Keeps the workspace's decision index (shared/model/decision-index.ts) in step with one open
 * meeting document, for as long as it is open: once on opening (which fills the index for a
 * meeting recorded before the index existed, with no migration) and again after any change to
 * its decisions or agenda, whether typed here or arriving by sync. Returns the stop function.
 */
const QUIET_MS = 250;

export function mirrorDecisionsWhileOpen(
  workspace: Y.Doc,
  meetingDoc: Y.Doc,
  meetingId: string,
): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const mirror = () => {
    pending = undefined;
    try {
      mirrorMeetingDecisions(workspace, meetingDoc, meetingId);
    } catch (error) {
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
    if (touched && pending === undefined) pending = setTimeout(mirror, QUIET_MS);
  };
  mirror();
  meetingDoc.on('afterTransaction', onTransaction);
  return () => {
    meetingDoc.off('afterTransaction', onTransaction);
    if (pending !== undefined) mirror();
    clearTimeout(pending);
  };
}
