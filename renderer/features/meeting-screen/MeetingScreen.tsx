import type * as Y from 'yjs';
import { Suspense, useMemo } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { describeMeetingWhenWhere } from '../../../shared/format/meeting';
import { PERF_MARKS, usePerfMark } from '../../lib/perf-marks';
import { ScreenHeading } from '../../app/ScreenHeading';
import { useMeetingDoc } from '../../data/useMeetingDoc';
import { useMeetingHeader } from '../../data/useMeetingData';
import { useMeetingSummary } from '../../data/useMeetings';
import { usePresenceLocation } from '../sync/useSync';
import { AddToCalendar } from './AddToCalendar';
import { MeetingCorrections } from './MeetingCorrections';
import { meetingSections } from './meeting-sections';
import { FrozenSection } from '../approval/FrozenSection';
import { FrozenNotice } from '../approval/FrozenNotice';
import { useFrozenRecord } from '../../data/useApproval';
import { LoadingStatus } from '../../ui/LoadingStatus';

/**
 * One meeting: its header and a tab for each job done with it (agenda, attendance, minutes,
 * actions, and the chair's running view). Routes are /meetings/:id/<section>.
 */
export function MeetingScreen({ meetingId }: { meetingId: string }) {
  const summary = useMeetingSummary(meetingId);
  const state = useMeetingDoc(meetingId);

  if (!summary) {
    return (
      <section className="screen">
        <ScreenHeading>Meeting not found</ScreenHeading>
        <p>
          This meeting is not in the workspace. <Link href="/meetings">Back to meetings</Link>
        </p>
      </section>
    );
  }
  if (state.status === 'failed') {
    return (
      <section className="screen">
        <ScreenHeading>{summary.title}</ScreenHeading>
        <p role="alert">This meeting could not be opened: {state.message}</p>
      </section>
    );
  }
  if (state.status === 'loading') {
    return (
      <section className="screen" aria-busy="true">
        <ScreenHeading>{summary.title}</ScreenHeading>
        <p role="status">Opening the meeting…</p>
      </section>
    );
  }
  return <LoadedMeeting meetingId={meetingId} doc={state.doc} />;
}

function LoadedMeeting({ meetingId, doc }: { meetingId: string; doc: Y.Doc }) {
  const header = useMeetingHeader(doc);
  // Approved minutes are read-only here and on every device (features/approval).
  const record = useFrozenRecord(doc);
  const title = header?.title;
  usePresenceLocation(useMemo(() => ({ meetingId, meetingTitle: title }), [meetingId, title]));
  usePerfMark(PERF_MARKS.meetingReady);
  const [location] = useLocation();
  const base = `/meetings/${meetingId}`;
  if (!header) return <p role="status">Opening the meeting…</p>;
  return (
    <section className="screen meeting-screen">
      <header className="meeting-header">
        <p className="meeting-header-back">
          <Link href="/meetings">Meetings</Link>
        </p>
        <ScreenHeading>{header.title}</ScreenHeading>
        <div className="meeting-header-row">
          <p className="meeting-header-when">
            {describeMeetingWhenWhere(header)}
            <span className={`status-tag status-tag--${header.minutesStatus}`}>
              {header.minutesStatus === 'approved' ? 'Minutes approved' : 'Draft minutes'}
            </span>
          </p>
          <div className="meeting-header-actions">
            <AddToCalendar doc={doc} />
            {/* Approved minutes are a frozen record: their details are corrected only by
                reopening them (features/approval), never edited or deleted in place. */}
            {header.minutesStatus !== 'approved' && (
              <MeetingCorrections meetingId={meetingId} doc={doc} header={header} />
            )}
          </div>
        </div>
      </header>
      <FrozenNotice doc={doc} record={record} />
      <nav className="tabs" aria-label="Meeting sections">
        <ul>
          {meetingSections.map((section) => {
            const href = `${base}/${section.path}`;
            return (
              <li key={section.path}>
                <Link href={href} aria-current={location === href ? 'page' : undefined}>
                  {section.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {/* Inside the meeting, so switching tabs keeps the header while a tab's code loads. */}
      <Suspense fallback={<LoadingStatus />}>
        <Switch>
          {meetingSections.map(({ path, Component, frozenWhenApproved }) => (
            <Route key={path} path={`${base}/${path}`}>
              <FrozenSection frozen={record.frozen && frozenWhenApproved}>
                <Component meetingId={meetingId} doc={doc} />
              </FrozenSection>
            </Route>
          ))}
          <Route>
            <Redirect to={`${base}/agenda`} replace />
          </Route>
        </Switch>
      </Suspense>
    </section>
  );
}
