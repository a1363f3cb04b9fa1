import { useState } from 'react';
import type * as Y from 'yjs';
import {
  checkResolution,
  RESOLUTION_LABELS,
  resolutionKinds,
  type ResolutionKind,
} from '../../../shared/model';
import { errorText, IDLE, type Progress } from '../../data/progress';
import { useApprovalChanges } from '../../data/useApproval';
import { useAttendance } from '../../data/useMeetingData';
import { usePeople } from '../../data/useWorkspaceData';
import { RadioField } from '../../ui/RadioField';
import { StatusMessage } from '../../ui/StatusMessage';
import { TextAreaField } from '../../ui/TextAreaField';

const OPTIONS = resolutionKinds.map((value) => ({ value, label: RESOLUTION_LABELS[value] }));

/** The chair's choice for the previous minutes; recording it approves them. */
export function ResolutionForm({
  doc,
  previousDoc,
  when,
}: {
  doc: Y.Doc;
  previousDoc: Y.Doc;
  when: string;
}) {
  const { approvePrevious, userName } = useApprovalChanges();
  const people = usePeople();
  const [resolution, setResolution] = useState<ResolutionKind>('agreed');
  const [amendments, setAmendments] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [progress, setProgress] = useState<Progress>(IDLE);

  // The history's "who": this meeting's chair, else the name this device goes by.
  const { chairId } = useAttendance(doc);
  const by = people.find((p) => p.id === chairId)?.name ?? (userName || 'Not recorded');

  const record = () => {
    const problem = checkResolution(resolution, amendments);
    setError(problem ?? undefined);
    if (problem) return;
    try {
      approvePrevious(doc, previousDoc, { resolution, amendments, by });
      setProgress(IDLE);
    } catch (caught) {
      setProgress({ stage: 'failed', text: errorText(caught) });
    }
  };

  return (
    <form
      className="resolution-form"
      aria-label={`Approve the minutes of ${when}`}
      onSubmit={(event) => {
        event.preventDefault();
        record();
      }}
    >
      <RadioField
        legend={`The minutes of ${when} were`}
        options={OPTIONS}
        value={resolution}
        onChange={setResolution}
      />
      {resolution === 'agreed-with-amendments' && (
        <TextAreaField
          label="Amendments"
          hint="One amendment a line, as the minutes should record it."
          rows={3}
          value={amendments}
          error={error}
          onChange={(event) => setAmendments(event.target.value)}
        />
      )}
      <button type="submit" className="button">
        Record the resolution
      </button>
      <StatusMessage progress={progress} failedPrefix="The minutes were not approved." />
    </form>
  );
}
