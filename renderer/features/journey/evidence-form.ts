import type { EvidenceInput, EvidenceStrand } from '../../../shared/model';

/** The evidence form while typed in: choices of "none" are '' until saved as null. */
export interface EvidenceDraft {
  title: string;
  date: string;
  strand: EvidenceStrand | '';
  criterionId: string;
  description: string;
  meetingId: string;
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
    url: draft.url,
  };
}
