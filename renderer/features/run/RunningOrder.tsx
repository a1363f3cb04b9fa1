import type * as Y from 'yjs';
import type { AgendaItem, RunState } from '../../../shared/model';
import { RunningOrderItem } from './RunningOrderItem';

interface RunningOrderProps {
  doc: Y.Doc;
  items: readonly AgendaItem[];
  run: RunState;
  now: number;
  onGoTo: (item: AgendaItem) => void;
}

/** Every item in order, the current one marked, any other one a button press away. */
export function RunningOrder({ doc, items, run, now, onGoTo }: RunningOrderProps) {
  return (
    <section className="panel run-order" aria-labelledby="run-order-heading">
      <h3 id="run-order-heading">Running order</h3>
      <ol className="run-order-list">
        {items.map((item) => (
          <RunningOrderItem
            key={item.id}
            doc={doc}
            item={item}
            run={run}
            now={now}
            current={item.id === run.currentItemId && run.startedAt !== null}
            onGoTo={onGoTo}
          />
        ))}
      </ol>
    </section>
  );
}
