import type * as Y from 'yjs';
import { formatMinutes, formatStopwatch } from '../../../shared/format/durations';
import { itemElapsedMs, type AgendaItem, type RunState } from '../../../shared/model';
import { useItemNotes } from '../../data/useMeetingData';

interface RunningOrderItemProps {
  doc: Y.Doc;
  item: AgendaItem;
  run: RunState;
  now: number;
  current: boolean;
  onGoTo: (item: AgendaItem) => void;
}

/** One line of the running order: time spent so far and the decisions taken on it. */
export function RunningOrderItem({ doc, item, run, now, current, onGoTo }: RunningOrderItemProps) {
  const decisions = useItemNotes(doc, item.id, 'decisions');
  const spent = itemElapsedMs(run, item.id, now);
  const allotted = formatMinutes(item.allottedMinutes);
  return (
    <li
      className={current ? 'run-order-item run-order-item--current' : 'run-order-item'}
      aria-current={current ? 'step' : undefined}
    >
      <span className="run-order-number">{item.number}</span>
      <div className="run-order-body">
        <p className="run-order-title">{item.title}</p>
        <p className="run-order-time">
          {spent > 0 ? `${formatStopwatch(spent)} spent of ${allotted}` : allotted}
        </p>
        {decisions.length > 0 && (
          <ul className="run-order-decisions" aria-label={`Decisions on item ${item.number}`}>
            {decisions.map((decision) => (
              <li key={decision.id}>{decision.text}</li>
            ))}
          </ul>
        )}
      </div>
      {current ? (
        <span className="run-order-now">{run.endedAt === null ? 'Current' : 'Last'}</span>
      ) : (
        <button type="button" className="button run-order-go" onClick={() => onGoTo(item)}>
          Go to
          <span className="visually-hidden">
            {' '}
            item {item.number}, {item.title}
          </span>
        </button>
      )}
    </li>
  );
}
