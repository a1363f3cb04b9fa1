import { useState } from 'react';
import {
  ATTENDANCE_LABELS,
  attendanceStatuses,
  setMeetingRole,
  setResolvedAttendance,
  type AttendanceStatus,
} from '../../../shared/model';
import { useResolvedAttendance } from '../../data/useResolvedAttendance';
import { usePeople, useWorkspaceDoc } from '../../data/useWorkspaceData';
import type { MeetingSectionProps } from '../meeting-screen/meeting-sections';
import { PersonDialog } from '../people/PersonDialog';
import { useExpectedAttendance } from '../../data/useExpectedAttendance';
import { AttendanceRow } from './AttendanceRow';
import { ExpectedAttendees } from './ExpectedAttendees';
import { QuorumStatus } from './QuorumStatus';
import { RoleSelect } from './RoleSelect';
import './attendance.css';

/**
 * Ticking attendance quickly: for a prepared meeting, the people it expects who are not marked
 * yet, with Present and Apologies each; then one row per person in the directory, four
 * choices each. A newcomer is added without leaving the meeting and marked present at once.
 */
export function AttendanceSection({ doc }: MeetingSectionProps) {
  const people = usePeople();
  const workspace = useWorkspaceDoc();
  // Resolved, so a mark left under a merged duplicate shows against the person kept; a new
  // mark clears the duplicate's (setResolvedAttendance).
  const attendance = useResolvedAttendance(doc);
  const setAttendance = (personId: string, status: AttendanceStatus | null) =>
    setResolvedAttendance(doc, workspace, personId, status);
  const expectation = useExpectedAttendance(doc);
  const expectedIds = new Set(expectation.expected.map((person) => person.id));
  const [adding, setAdding] = useState(false);

  const counts = attendanceStatuses
    .map(
      (status) =>
        [status, [...attendance.statuses.values()].filter((s) => s === status).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${ATTENDANCE_LABELS[status]}: ${count}`);

  return (
    <section aria-labelledby="attendance-heading">
      <div className="section-header">
        <h2 id="attendance-heading">Attendance</h2>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add a person
        </button>
      </div>
      <p className="attendance-summary" role="status">
        {counts.length > 0 ? counts.join(', ') : 'Nobody marked yet'}
      </p>
      <QuorumStatus doc={doc} />
      <div className="field-row">
        <RoleSelect
          label="Chair"
          people={people}
          value={attendance.chairId}
          onChange={(id) => setMeetingRole(doc, 'chairId', id)}
        />
        <RoleSelect
          label="Minute-taker"
          people={people}
          value={attendance.minuteTakerId}
          onChange={(id) => setMeetingRole(doc, 'minuteTakerId', id)}
        />
      </div>
      <ExpectedAttendees doc={doc} {...expectation} />
      {people.length === 0 ? (
        <p>
          Nobody is in the group’s directory yet. Add the people at this meeting with “Add a
          person”.
        </p>
      ) : (
        <ul className="attendance-list" aria-label="People">
          {people.map((person) => (
            <AttendanceRow
              key={person.id}
              person={person}
              status={attendance.statuses.get(person.id) ?? null}
              expected={expectedIds.has(person.id)}
              onChange={(status: AttendanceStatus | null) => setAttendance(person.id, status)}
            />
          ))}
        </ul>
      )}
      {adding && (
        <PersonDialog
          onClose={(savedId) => {
            setAdding(false);
            if (savedId) setAttendance(savedId, 'present');
          }}
        />
      )}
    </section>
  );
}
