import type { ReactNode, RefObject } from 'react';
import type * as Y from 'yjs';
import { formatStopwatch } from '../../../shared/format/durations';
import {
  AGENDA_PURPOSE_LABELS,
  itemElapsedMs,
  meetingElapsedMs,
  type AgendaItem,
  type MinuteReference,
  type RunState,
} from '../../../shared/model';
import type { Progress } from '../../data/progress';
import { StatusMessage } from '../../ui/StatusMessage';
import { CarryForwardSelect } from './CarryForwardSelect';
import { MinuteReferenceText } from '../decisions/MinuteReferenceTag';
import { RunControls } from './RunControls';
import { RunTimer } from './RunTimer';

interface CurrentItemPanelProps {
  doc: Y.Doc;
  item: AgendaItem | null;
  /** The item's minute reference, shown with its facts. */
  reference?: MinuteReference | undefined;
  itemCount: number;
  run: RunState;
  now: number;
  meetingMinutes: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onEnd: () => void;
  onResume: () => void;
  onPrepareNext: () => void;
  prepareProgress: Progress;
  /** What the current item brings with it: the matters-arising list. */
  children?: ReactNode;
}

/** The item under discussion, big enough to read across a room, with its clocks. */
export function CurrentItemPanel(props: CurrentItemPanelProps) {
  const { item, itemCount, run, now, meetingMinutes, headingRef } = props;
  const ended = run.endedAt !== null;
  const meetingMs = meetingElapsedMs(run, now);
  return (
    <section className="panel run-current" aria-labelledby="run-current-heading">
      <p className="run-kicker">
        {ended ? 'Last item discussed' : 'Now discussing'}
        {item && `, item ${item.number} of ${itemCount}`}
      </p>
      <h3 id="run-current-heading" ref={headingRef} tabIndex={-1} className="run-current-title">
        {item ? (
          <>
            <span className="run-current-number">
              <span className="visually-hidden">Item </span>
              {item.number}
              <span className="visually-hidden">:</span>
            </span>{' '}
            {item.title}
          </>
        ) : (
          'The current item has been removed from the agenda'
        )}
      </h3>
      {item && (
        <p className="run-facts">
          <span>{item.presenter ? `Presenter: ${item.presenter}` : 'No presenter'}</span>
          <span className="run-purpose">{AGENDA_PURPOSE_LABELS[item.purpose]}</span>
          <MinuteReferenceText reference={props.reference} />
        </p>
      )}
      {item?.notes && <p className="run-notes">{item.notes}</p>}
      {item && !item.standardSection && <CarryForwardSelect doc={props.doc} item={item} />}
      <div className="run-timers">
        {item && (
          <RunTimer
            label="This item"
            elapsedMs={itemElapsedMs(run, item.id, now)}
            allottedMs={item.allottedMinutes * 60_000}
          />
        )}
        <RunTimer
          label="Whole meeting"
          elapsedMs={meetingMs}
          allottedMs={meetingMinutes * 60_000}
        />
      </div>
      {ended ? (
        <div className="run-ended">
          <p>
            <strong>The meeting has ended.</strong> It ran for {formatStopwatch(meetingMs)}.
          </p>
          <div className="run-ended-actions">
            <button type="button" className="button button--primary" onClick={props.onPrepareNext}>
              Prepare next meeting
            </button>
            <button type="button" className="button" onClick={props.onResume}>
              Resume meeting
            </button>
          </div>
          <StatusMessage
            progress={props.prepareProgress}
            failedPrefix="The next meeting was not prepared."
          />
        </div>
      ) : (
        <RunControls
          hasPrevious={props.hasPrevious}
          hasNext={props.hasNext}
          onPrevious={props.onPrevious}
          onNext={props.onNext}
          onEnd={props.onEnd}
        />
      )}
      {props.children}
    </section>
  );
}
