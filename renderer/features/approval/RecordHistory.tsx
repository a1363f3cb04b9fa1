import type * as Y from 'yjs';
import type { DiffSection, HistoryEntry } from '../../../shared/model';
import { useRecordHistory } from '../../data/useApproval';
import { ChangesView } from './ChangesView';

const WHAT: Record<HistoryEntry['kind'], string> = {
  approved: 'Approved',
  reopened: 'Reopened for correction',
  'kept-approved': 'Approved version kept; later changes set aside',
};

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

function setAside(entry: HistoryEntry): DiffSection[] {
  if (entry.kind !== 'kept-approved') return [];
  try {
    return JSON.parse(entry.detail) as DiffSection[];
  } catch {
    return [];
  }
}

/** Who did what to the record, when and why; changes set aside stay readable here. */
export function RecordHistory({ doc }: { doc: Y.Doc }) {
  const history = useRecordHistory(doc);
  if (history.length === 0) return null;
  return (
    <details className="record-history">
      <summary>History of these minutes ({history.length})</summary>
      <ol>
        {history.map((entry) => (
          <li key={entry.id}>
            <p>
              <strong>{WHAT[entry.kind]}</strong>, {WHEN.format(new Date(entry.at))}
              {entry.by ? ` by ${entry.by}` : ''}.
              {entry.kind === 'reopened' && ` Reason: ${entry.reason}`}
              {entry.kind === 'approved' && entry.reason && ` Amendments: ${entry.reason}`}
            </p>
            {setAside(entry).length > 0 && <ChangesView sections={setAside(entry)} level={2} />}
          </li>
        ))}
      </ol>
    </details>
  );
}
