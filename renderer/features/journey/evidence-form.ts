import type { EvidenceInput, EvidenceStrand } from '../../../shared/model';

/** The evidence form while typed in: choices of "none" are '' until saved as null. */
export interface EvidenceDraft {
  title: string;
  date: string;
  strand: EvidenceStrand | '';
  criterionId: string;
  description: string;
  meetingId: string;
  /** Set when made from where it happened ("Add as evidence"); not typed in the form. */
  itemId: string | null;
  decisionId: string | null;
  actionId: string | null;
  url: string;
}

export function newEvidenceDraft(today: string): EvidenceDraft {
  return {
    title: '',
    date: today,
    strand: '',
    criterionId: '',
    description: '',
    meetingId: '',
    itemId: null,
    decisionId: null,
    actionId: null,
    url: '',
  };
}

export function inputFromEvidenceDraft(draft: EvidenceDraft): EvidenceInput {
  return {
    title: draft.title,
    date: draft.date,
    // An unchosen strand goes to the model as it is, which names the field in its error.
    strand: draft.strand as EvidenceStrand,
    criterionId: draft.criterionId || null,
    description: draft.description,
    meetingId: draft.meetingId || null,
    // A link into a meeting goes with the meeting: changing the meeting in the form drops it.
    itemId: draft.meetingId ? draft.itemId : null,
    decisionId: draft.meetingId ? draft.decisionId : null,
    actionId: draft.actionId,
    url: draft.url,
  };
}

/** Longest title the model accepts: a long decision is cut at a word, with an ellipsis. */
const TITLE_MAX = 200;

export function shortTitle(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= TITLE_MAX) return trimmed;
  const cut = trimmed.slice(0, TITLE_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** A decision as evidence: dated by its meeting and linked to it, its item and itself. */
export function draftFromDecision(decision: {
  text: string;
  meetingId: string;
  itemId: string;
  decisionId: string;
  meeting: { date: string };
}): EvidenceDraft {
  return {
    ...newEvidenceDraft(decision.meeting.date),
    title: shortTitle(decision.text),
    meetingId: decision.meetingId,
    itemId: decision.itemId,
    decisionId: decision.decisionId,
  };
}

/** An action as evidence: dated by its meeting, linked to the action and where it was taken. */
export function draftFromAction(
  action: { id: string; description: string; meetingId: string; itemId: string | null },
  meetingDate: string,
): EvidenceDraft {
  return {
    ...newEvidenceDraft(meetingDate),
    title: shortTitle(action.description),
    meetingId: action.meetingId,
    itemId: action.itemId,
    actionId: action.id,
  };
}
