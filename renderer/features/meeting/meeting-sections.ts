import type { ComponentType } from 'react';
import type * as Y from 'yjs';
import { AgendaSection } from '../agenda/AgendaSection';
import { AttendanceSection } from '../attendance/AttendanceSection';
import { MeetingActionsSection } from '../actions/MeetingActionsSection';
import { MinutesSection } from '../minutes/MinutesSection';
import { RunSection } from '../run/RunSection';
import { ExportSection } from '../export/ExportSection';

/** What every meeting tab receives: the meeting's id and its (loaded) document. */
export interface MeetingSectionProps {
  meetingId: string;
  doc: Y.Doc;
}

export const meetingSections: readonly {
  path: string;
  label: string;
  Component: ComponentType<MeetingSectionProps>;
}[] = [
  { path: 'agenda', label: 'Agenda', Component: AgendaSection },
  { path: 'attendance', label: 'Attendance', Component: AttendanceSection },
  { path: 'minutes', label: 'Minutes', Component: MinutesSection },
  { path: 'actions', label: 'Actions', Component: MeetingActionsSection },
  { path: 'run', label: 'Chair view', Component: RunSection },
  { path: 'export', label: 'Export', Component: ExportSection },
];
