import { useState } from 'react';
import { Link } from 'wouter';
import type * as Y from 'yjs';
import { formatLongDate } from '../../../shared/format/dates';
import { errorText, IDLE, type Progress } from '../../data/progress';
import { useApprovalChanges, type FrozenRecord } from '../../data/useApproval';
import { StatusMessage } from '../../ui/StatusMessage';
import { ChangesView } from './ChangesView';
import { RecordHistory } from './RecordHistory';
import { ReopenDialog } from './ReopenDialog';
import './approval.css';

/**
 * Above an approved meeting's tabs: why it is read-only, what reached it after approval, and
 * the chair's two ways out (keep the approved version, or reopen for correction).
 */
export function FrozenNotice({ doc, record }: { doc: Y.Doc; record: FrozenRecord }) {
  const { keepApproved, userName } = useApprovalChanges();
  const [reopening, setReopening] = useState(false);
  const [progress, setProgress] = useState<Progress>(IDLE);
  const history = <RecordHistory doc={doc} />;
  if (!record.frozen) return history;

  const keep = () => {
    try {
      keepApproved(doc, userName || 'Not recorded');
      setProgress({
        stage: 'done',
        text: 'The approved version is back. The later changes are kept in the history below.',
      });
    } catch (caught) {
      setProgress({ stage: 'failed', text: errorText(caught) });
    }
  };

  const when = record.approvedOn ? formatLongDate(record.approvedOn) : null;
  return (
    <div className="frozen-notice" id="frozen-notice">
      <p>
        {when && record.approvedAt ? (
          <>
            These minutes were approved at the{' '}
            <Link href={`/meetings/${record.approvedAt}/minutes`}>meeting on {when}</Link>
          </>
        ) : (
          `These minutes were approved${when ? ` on ${when}` : ''}`
        )}
        , so they, the decisions, attendance and meeting details are read-only.
        {record.amendments && ` Agreed subject to amendments: ${record.amendments}`}
      </p>
      {record.changes.length > 0 && (
        <section className="changed-after-approval" aria-labelledby="changed-after-approval">
          <h2 id="changed-after-approval">Changed after approval</h2>
          <p>
            Someone changed these minutes after they were approved, probably on a device that was
            offline. Here is the difference against the approved text.
          </p>
          <ChangesView sections={record.changes} level={3} />
          <div className="button-row">
            <button type="button" className="button" onClick={keep}>
              Keep the approved version
            </button>
          </div>
        </section>
      )}
      <StatusMessage progress={progress} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => setReopening(true)}>
          Reopen for correction
        </button>
      </div>
      {history}
      {reopening && <ReopenDialog doc={doc} onClose={() => setReopening(false)} />}
    </div>
  );
}
