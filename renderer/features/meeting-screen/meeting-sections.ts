import { lazy, type ComponentType } from 'react';
import type * as Y from 'yjs';
import { AgendaSection } from '../agenda/AgendaSection';
import { AttendanceSection } from '../attendance/AttendanceSection';

// A meeting opens on its agenda, so only the agenda and attendance come with it; the editor
// (minutes), date parsing (actions), the clocks and the Word builders load with their tab.
const MinutesSection = lazy(() =>
  import('../minutes/MinutesSection').then((m) => ({ default: m.MinutesSection })),
);
const MeetingActionsSection = lazy(() =>
  import('../actions/MeetingActionsSection').then((m) => ({ default: m.MeetingActionsSection })),
);
const RunSection = lazy(() => import('../run/RunSection').then((m) => ({ default: m.RunSection })));
const ExportSection = lazy(() =>
  import('../export/ExportSection').then((m) => ({ default: m.ExportSection })),
);

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
