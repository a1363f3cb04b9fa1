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
  /**
   * Read-only once the minutes are approved. Actions stay editable (they live in the action
   * log and roll forward to later meetings), and the export is how the record is read.
   */
  frozenWhenApproved: boolean;
}[] = [
  { path: 'agenda', label: 'Agenda', Component: AgendaSection, frozenWhenApproved: true },
  {
    path: 'attendance',
    label: 'Attendance',
    Component: AttendanceSection,
    frozenWhenApproved: true,
  },
  { path: 'minutes', label: 'Minutes', Component: MinutesSection, frozenWhenApproved: true },
  {
    path: 'actions',
    label: 'Actions',
    Component: MeetingActionsSection,
    frozenWhenApproved: false,
  },
  { path: 'run', label: 'Chair view', Component: RunSection, frozenWhenApproved: true },
  { path: 'export', label: 'Export', Component: ExportSection, frozenWhenApproved: false },
];
