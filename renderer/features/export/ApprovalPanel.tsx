import { useState } from 'react';
import type * as Y from 'yjs';
import { formatLongDate } from '../../../shared/format/dates';
import { localIsoDate } from '../../../shared/format/local-date';
import { setMinutesApproval } from '../../../shared/model';
import { useMeetingHeader } from '../../data/useMeetingData';
import { Field } from '../../ui/Field';

/**
 * Minutes stay "DRAFT – subject to approval" until the next meeting agrees them as a correct
 * record; the chair marks that here, and every export then drops the draft marking.
 */
export function ApprovalPanel({ doc }: { doc: Y.Doc }) {
  const header = useMeetingHeader(doc);
  const [date, setDate] = useState(localIsoDate());
  const [error, setError] = useState<string | undefined>();
  if (!header) return null;
  if (header.minutesStatus === 'approved' && header.approvedOn) {
    return (
      <div className="panel approval approval--approved">
        <p>
          Minutes approved as a correct record on{' '}
          <strong>{formatLongDate(header.approvedOn)}</strong>.
        </p>
        <button type="button" className="button" onClick={() => setMinutesApproval(doc, null)}>
          Return to draft
        </button>
      </div>
    );
  }
  return (
    <form
      className="panel approval"
      onSubmit={(event) => {
        event.preventDefault();
        try {
          setMinutesApproval(doc, date);
          setError(undefined);
        } catch (caught) {
          setError(caught instanceof Error ? caught.message : String(caught));
        }
      }}
    >
      <p>
        These minutes are a draft: exports are marked “DRAFT – subject to approval” on every page.
      </p>
      <div className="approval-row">
        <Field
          label="Approved on"
          type="date"
          value={date}
          error={error}
          onChange={(e) => setDate(e.target.value)}
        />
        <button type="submit" className="button">
          Mark minutes approved
        </button>
      </div>
    </form>
  );
}
