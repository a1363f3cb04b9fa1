import { Suspense, useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { NewMeetingDialog, prefetchFromMeetingsList, SampleOffer } from '../../app/lazy-screens';
import { PERF_MARKS, usePerfMark } from '../../lib/perf-marks';
import { ScreenHeading } from '../../app/ScreenHeading';
import { useMeetingList } from '../../data/useMeetingList';
import { WorkspaceDocGate } from '../../data/WorkspaceProvider';
import { EmptyState } from '../../ui/EmptyState';
import { MeetingList } from './MeetingList';

export function MeetingsScreen() {
  const list = useMeetingList();
  usePerfMark(PERF_MARKS.meetingsReady, list !== null);
  useEffect(prefetchFromMeetingsList, []);
  const [creating, setCreating] = useState(false);
  const newMeetingButton = useRef<HTMLButtonElement>(null);

  const [, navigate] = useLocation();

  const closeDialog = (created?: { id: string; title: string }) => {
    setCreating(false);
    if (created) {
      // Straight to the new meeting's agenda: building it is what the chair does next.
      navigate(`/meetings/${created.id}/agenda`);
      return;
    }
    // Return focus to the control that opened the dialog (WCAG 2.4.3).
    newMeetingButton.current?.focus();
  };

  return (
    <section className="screen" aria-labelledby="meetings-heading">
      <header className="screen-header">
        <ScreenHeading id="meetings-heading">Meetings</ScreenHeading>
        <button
          ref={newMeetingButton}
          type="button"
          className="button button--primary"
          onClick={() => setCreating(true)}
        >
          New meeting
        </button>
      </header>
      {list === null ? (
        <p className="app-status" role="status">
          Opening your workspace…
        </p>
      ) : list.total === 0 ? (
        <EmptyState title="No meetings yet">
          <p>Create your group’s first meeting to start an agenda and take minutes.</p>
          <WorkspaceDocGate>
            {/* Its own boundary: the screen stays while the code arrives. */}
            <Suspense fallback={null}>
              <SampleOffer />
            </Suspense>
          </WorkspaceDocGate>
        </EmptyState>
      ) : (
        <MeetingList meetings={list.meetings} total={list.total} />
      )}
      {creating && (
        <WorkspaceDocGate>
          <Suspense fallback={null}>
            <NewMeetingDialog onClose={closeDialog} />
          </Suspense>
        </WorkspaceDocGate>
      )}
    </section>
  );
}
