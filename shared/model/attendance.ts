import type * as Y from 'yjs';
import { attendanceMap, headerMap } from './meeting-doc';
import { LOCAL_EDIT } from './origins';

/**
 * Who was there. "In attendance" is for officers and guests who attend without being members,
 * as UK minutes list them separately from those present.
 */
export const attendanceStatuses = ['present', 'apologies', 'absent', 'in-attendance'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  'in-attendance': 'In attendance',
};

export interface Attendance {
  /** person id → status, for everyone marked. */
  statuses: Map<string, AttendanceStatus>;
  chairId: string | null;
  minuteTakerId: string | null;
}

function isStatus(value: unknown): value is AttendanceStatus {
  return (attendanceStatuses as readonly unknown[]).includes(value);
}

/** Marks a person; `null` takes them off the list. */
export function setAttendance(
  meetingDoc: Y.Doc,
  personId: string,
  status: AttendanceStatus | null,
): void {
  meetingDoc.transact(() => {
    if (status === null) attendanceMap(meetingDoc).delete(personId);
    else attendanceMap(meetingDoc).set(personId, status);
  }, LOCAL_EDIT);
}

export function setMeetingRole(
  meetingDoc: Y.Doc,
  role: 'chairId' | 'minuteTakerId',
  personId: string | null,
): void {
  meetingDoc.transact(() => headerMap(meetingDoc).set(role, personId), LOCAL_EDIT);
}

export function readAttendance(meetingDoc: Y.Doc): Attendance {
  const statuses = new Map<string, AttendanceStatus>();
  attendanceMap(meetingDoc).forEach((status, personId) => {
    if (isStatus(status)) statuses.set(personId, status);
  });
  const header = headerMap(meetingDoc);
  const chairId = header.get('chairId');
  const minuteTakerId = header.get('minuteTakerId');
  return {
    statuses,
    chairId: typeof chairId === 'string' ? chairId : null,
    minuteTakerId: typeof minuteTakerId === 'string' ? minuteTakerId : null,
  };
}
