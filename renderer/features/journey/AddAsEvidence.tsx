import { useState } from 'react';
import { EVIDENCE_STRAND_LABELS, type Evidence } from '../../../shared/model';
import { useJourney, useJourneyEdits } from '../../data/useJourney';
import { useMeetings } from '../../data/useMeetings';
import { EvidenceDialog } from './EvidenceDialog';
import { inputFromEvidenceDraft, type EvidenceDraft } from './evidence-form';

interface AddAsEvidenceProps {
  /** The evidence as it would start: title, date and links from the decision or action. */
  draft: () => EvidenceDraft;
  /** Says which entry already records this, so it is not added twice. */
  recordedBy: (entry: Evidence) => boolean;
  /** What the button acts on, for a screen reader ("the decision …"). */
  subject: string;
}

/**
 * "Add as evidence" beside a decision or an action: records it as journey evidence where it
 * happened. Once recorded it says under which strand; with no journey it shows nothing.
 */
export function AddAsEvidence({ draft, recordedBy, subject }: AddAsEvidenceProps) {
  const view = useJourney();
  const edits = useJourneyEdits();
  const meetings = useMeetings();
  const [initial, setInitial] = useState<EvidenceDraft | null>(null);
  if (!view) return null;
  const recorded = view.evidence.find(recordedBy);
  if (recorded) return <span>Evidence: {EVIDENCE_STRAND_LABELS[recorded.strand]}</span>;
  return (
    <>
      <button type="button" className="button button--small" onClick={() => setInitial(draft())}>
        Add as evidence<span className="visually-hidden"> {subject}</span>
      </button>
      {initial && (
        <EvidenceDialog
          initial={initial}
          criteria={view.criteria}
          meetings={meetings}
          onSubmit={(done) => edits.addEvidence(view.journey.id, inputFromEvidenceDraft(done))}
          onClose={() => setInitial(null)}
        />
      )}
    </>
  );
}
