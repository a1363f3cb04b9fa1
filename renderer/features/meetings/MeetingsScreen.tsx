import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { NewMeetingDialog, prefetchFromMeetingsList, SampleOffer } from '../../app/lazy-screens';
import { PERF_MARKS, usePerfMark } from '../../lib/perf-marks';
import { ScreenHeading } from '../../app/ScreenHeading';
import { useMeetingList } from '../../data/useMeetingList';
import { useWorkspaceStart, WorkspaceDocGate } from '../../data/WorkspaceProvider';
import { EmptyState } from '../../ui/EmptyState';
import { MeetingList } from './MeetingList';
import { DeletedMeetingNotice } from '../meeting-screen/DeletedMeetingNotice';
import { LoadingStatus } from '../../ui/LoadingStatus';

// It reads the workspace document, so its code (and the model's) loads after the list.
const MeetingsHomeSummary = lazy(() =>
  import('./MeetingsHomeSummary').then((m) => ({ default: m.MeetingsHomeSummary })),
);

export function MeetingsScreen() {
  const { docLoaded } = useWorkspaceStart();
  const list = useMeetingList();
  usePerfMark(PERF_MARKS.meetingsReady, list !== null);
  useEffect(prefetchFromMeetingsList, []);
  const [creating, setCreating] = useState(false);

  const [, navigate] = useLocation();

  // Cancelled, the dialog hands focus back to New meeting itself (WCAG 2.4.3).
  const closeDialog = (created?: { id: string; title: string }) => {
    setCreating(false);
    // Straight to the new meeting's agenda: building it is what the chair does next.
    if (created) navigate(`/meetings/${created.id}/agenda`);
  };

  return (
    <section className="screen" aria-labelledby="meetings-heading">
      <header className="screen-header">
        <ScreenHeading id="meetings-heading">Meetings</ScreenHeading>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          New meeting
        </button>
      </header>
      <DeletedMeetingNotice />
      {list === null ? (
        <LoadingStatus>Opening your workspace…</LoadingStatus>
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
        <>
          {docLoaded && (
            <Suspense fallback={null}>
              <MeetingsHomeSummary />
            </Suspense>
          )}
          <MeetingList meetings={list.meetings} total={list.total} />
        </>
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
