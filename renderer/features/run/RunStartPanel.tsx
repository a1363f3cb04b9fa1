import type { RefObject } from 'react';
import { Link } from 'wouter';
import { formatMinutes } from '../../../shared/format/durations';
import { totalAllottedMinutes, type AgendaItem } from '../../../shared/model';

interface RunStartPanelProps {
  items: readonly AgendaItem[];
  agendaHref: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onStart: () => void;
}

/** Before the meeting: what starting will do, and the button that does it. */
export function RunStartPanel({ items, agendaHref, headingRef, onStart }: RunStartPanelProps) {
  const first = items[0];
  return (
    <section className="panel run-current" aria-labelledby="run-current-heading">
      <h3 id="run-current-heading" ref={headingRef} tabIndex={-1} className="run-panel-heading">
        The meeting has not started
      </h3>
      {first ? (
        <>
          <p>
            {items.length} items, {formatMinutes(totalAllottedMinutes(items))} in all. Starting
            opens item 1, {first.title}, and starts the clocks.
          </p>
          <button type="button" className="button button--primary run-start" onClick={onStart}>
            Start meeting
          </button>
        </>
      ) : (
        <p>
          There are no items to run through yet.{' '}
          <Link href={agendaHref}>Add them to the agenda</Link>.
        </p>
      )}
    </section>
  );
}
