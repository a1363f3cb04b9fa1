import { useState } from 'react';
import { errorText, IDLE, type Progress } from '../../data/progress';
import { useWorkspaceTransfer } from '../../data/useWorkspaceTransfer';
import { StatusMessage } from '../../ui/StatusMessage';

/**
 * First run: a look around before typing anything. The sample is a real steering group's
 * meetings (from the seeds); it opens as its own workspace, so it never mixes with yours.
 */
export function SampleOffer() {
  const { openSample } = useWorkspaceTransfer();
  const [progress, setProgress] = useState<Progress>(IDLE);
  const working = progress.stage === 'working';
  return (
    <div className="sample-offer">
      <p>
        Or explore first: the sample workspace holds two real steering group meetings with their
        agendas, minutes and actions.
      </p>
      <button
        type="button"
        className="button"
        disabled={working}
        onClick={() => {
          setProgress({ stage: 'working', text: 'Opening the sample workspace…' });
          // Success reloads the app into the sample; only a failure comes back here.
          openSample().catch((error: unknown) =>
            setProgress({ stage: 'failed', text: errorText(error) }),
          );
        }}
      >
        {working ? 'Opening the sample workspace…' : 'Open the sample workspace'}
      </button>
      <StatusMessage progress={progress} failedPrefix="The sample workspace could not be opened:" />
    </div>
  );
}
