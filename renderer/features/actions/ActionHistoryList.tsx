import { formatLongDate } from '../../../shared/format/dates';
import { localIsoDate } from '../../../shared/format/local-date';
import { useActionHistory } from '../../data/useActionRegister';
import { statusLabels } from './action-labels';

/** An action's history under its register row: each status change and note, who and when. */
export function ActionHistoryList({
  actionId,
  reference,
}: {
  actionId: string;
  reference: string;
}) {
  const history = useActionHistory(actionId);
  if (history.length === 0) {
    return <p className="register-history">No updates recorded on {reference} yet.</p>;
  }
  return (
    <div className="register-history">
      <h3 className="register-history-heading">History of {reference}</h3>
      <ol>
        {history.map((entry, index) => (
          // A timestamp read on this laptop's calendar, as the person recording it saw the day.
          <li key={`${entry.at}-${index}`}>
            <span className="register-nowrap">
              {formatLongDate(localIsoDate(new Date(entry.at)))}
            </span>
            {entry.by ? `, by ${entry.by}` : ''}
            {entry.status ? `: marked ${statusLabels[entry.status].toLowerCase()}` : ''}
            {entry.note ? `${entry.status ? '. ' : ': '}${entry.note}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}
