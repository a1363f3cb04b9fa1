import { useState } from 'react';
import { useWorkspaceTransfer } from '../../data/useWorkspaceTransfer';

/**
 * First run: a look around before typing anything. The sample is a real steering group's
 * meetings (from the seeds); it opens as its own workspace, so it never mixes with yours.
 */
export function SampleOffer() {
  const { openSample } = useWorkspaceTransfer();
  const [state, setState] = useState<'idle' | 'working' | { error: string }>('idle');
  return (
    <div className="sample-offer">
      <p>
        Or explore first: the sample workspace holds two real steering group meetings with their
        agendas, minutes and actions.
      </p>
      <button
        type="button"
        className="button"
        disabled={state === 'working'}
        onClick={() => {
          setState('working');
          openSample().catch((error: unknown) =>
            setState({ error: error instanceof Error ? error.message : String(error) }),
          );
        }}
      >
        {state === 'working' ? 'Opening the sample workspace…' : 'Open the sample workspace'}
      </button>
      {typeof state === 'object' && (
        <p role="alert" className="field-error">
          The sample workspace could not be opened: {state.error}
        </p>
      )}
    </div>
  );
}
