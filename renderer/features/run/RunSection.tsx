import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { meetingLengthMinutes } from '../../../shared/format/durations';
import {
  endMeeting,
  goToItem,
  MATTERS_ARISING_ITEM_ID,
  PREVIOUS_MINUTES_ITEM_ID,
  type AgendaItem,
} from '../../../shared/model';
import { usePrepareNextMeeting } from '../../data/usePrepareNextMeeting';
import { useAgenda, useMeetingHeader, useRunState } from '../../data/useMeetingData';
import type { MeetingSectionProps } from '../meeting-screen/meeting-sections';
import { MattersArising } from '../minutes/MattersArising';
import { PreviousMinutesPanel } from '../approval/PreviousMinutesPanel';
import { useMinuteReferences } from '../../data/useMinuteRecord';
import { QuorumStatus } from '../attendance/QuorumStatus';
import { CurrentItemPanel } from './CurrentItemPanel';
import { DecisionsPanel } from './DecisionsPanel';
import { EndMeetingDialog } from './EndMeetingDialog';
import { NextMeetingPanel } from './NextMeetingPanel';
import { RunningOrder } from './RunningOrder';
import { RunStartPanel } from './RunStartPanel';
import { useNow } from './useNow';
import { useRunShortcuts } from './useRunShortcuts';
import { useFrozen } from '../approval/frozen-context';
import './run.css';

/**
 * The chair's view while the meeting runs: the current item and its clocks, the decisions
 * taken on it, the running order, and the date of the next meeting. The current item lives in
 * the meeting's document, so every device in the room follows the chair.
 */
export function RunSection({ meetingId, doc }: MeetingSectionProps) {
  const items = useAgenda(doc);
  const header = useMeetingHeader(doc);
  const run = useRunState(doc);
  const references = useMinuteReferences(doc, meetingId);
  const started = run.startedAt !== null;
  const running = started && run.endedAt === null;
  const now = useNow(running);
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const { progress, prepare } = usePrepareNextMeeting();
  const [, navigate] = useLocation();

  const index = items.findIndex((item) => item.id === run.currentItemId);
  const current = started ? (items[index] ?? null) : null;
  // A removed current item leaves index -1: Next then goes to item 1.
  const previousItem = index > 0 ? items[index - 1] : undefined;
  const nextItem = items[index + 1];

  // Focus follows the chair to the panel's heading when the panel itself changes, so it is
  // never left on a button that has just disappeared.
  const focusHeading = () => requestAnimationFrame(() => heading.current?.focus());
  const goTo = (item: AgendaItem | undefined, moveFocus = false) => {
    if (!item) return;
    goToItem(doc, item.id);
    if (moveFocus) focusHeading();
  };
  // Approved minutes are read-only (features/approval): the buttons are disabled, and so are
  // their shortcuts, for a meeting nobody ended.
  const frozen = useFrozen();
  useRunShortcuts(
    running && !frozen,
    () => goTo(nextItem),
    () => goTo(previousItem),
  );

  const end = () => {
    endMeeting(doc);
    focusHeading();
  };
  // Straight to the new meeting's agenda: checking it is what the chair does next.
  const prepareNext = async () => {
    const nextId = await prepare(meetingId);
    if (nextId) navigate(`/meetings/${nextId}/agenda`);
  };

  const status = !started ? 'Not started' : running ? 'In progress' : 'Ended';
  const announcement = !started
    ? ''
    : !running
      ? 'The meeting has ended.'
      : current
        ? `Now on item ${current.number} of ${items.length}: ${current.title}`
        : 'The current item has been removed from the agenda.';

  return (
    <section className="run" aria-labelledby="run-heading">
      <div className="run-header">
        <h2 id="run-heading">Chair view</h2>
        <p className={`run-status run-status--${status === 'In progress' ? 'running' : 'idle'}`}>
          {status}
        </p>
      </div>
      <QuorumStatus doc={doc} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {/* Read in this order on a narrow window; side by side, the running order has a column. */}
      <div className="run-layout">
        {started ? (
          <CurrentItemPanel
            item={current}
            reference={current ? references.get(current.id) : undefined}
            itemCount={items.length}
            run={run}
            now={now}
            meetingMinutes={header ? meetingLengthMinutes(header.startTime, header.endTime) : 0}
            headingRef={heading}
            hasPrevious={previousItem !== undefined}
            hasNext={nextItem !== undefined}
            onPrevious={() => goTo(previousItem)}
            onNext={() => goTo(nextItem)}
            onEnd={() => setConfirmingEnd(true)}
            onResume={() => goTo(current ?? items[0], true)}
            onPrepareNext={() => void prepareNext()}
            prepareProgress={progress}
            doc={doc}
          >
            {current?.id === MATTERS_ARISING_ITEM_ID && (
              <MattersArising meetingId={meetingId} headingLevel="h4" />
            )}
            {current?.id === PREVIOUS_MINUTES_ITEM_ID && (
              <PreviousMinutesPanel meetingId={meetingId} doc={doc} />
            )}
          </CurrentItemPanel>
        ) : (
          <RunStartPanel
            items={items}
            agendaHref={`/meetings/${meetingId}/agenda`}
            headingRef={heading}
            onStart={() => goTo(items[0], true)}
          />
        )}
        {current && <DecisionsPanel key={current.id} doc={doc} item={current} />}
        <RunningOrder
          doc={doc}
          items={items}
          run={run}
          now={now}
          onGoTo={(item) => goTo(item, true)}
        />
        {header && <NextMeetingPanel doc={doc} header={header} />}
      </div>
      {confirmingEnd && (
        <EndMeetingDialog
          onEnd={end}
          onEndAndPrepare={() => {
            end();
            void prepareNext();
          }}
          onClose={() => setConfirmingEnd(false)}
        />
      )}
    </section>
  );
}
