import { formatLongDate } from '../../../shared/format/dates';
import { localIsoDate } from '../../../shared/format/local-date';
import type { WorkspaceImport } from '../../../shared/workspace-file';
import { Dialog } from '../../ui/Dialog';

interface ImportConfirmDialogProps {
  plan: WorkspaceImport;
  sameWorkspace: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says what a workspace file holds before anything is stored. */
export function ImportConfirmDialog({
  plan,
  sameWorkspace,
  onConfirm,
  onCancel,
}: ImportConfirmDialogProps) {
  const { summary } = plan;
  return (
    <Dialog
      title={sameWorkspace ? 'Merge this file into the workspace?' : 'Open this workspace?'}
      submitLabel={sameWorkspace ? 'Merge' : 'Open workspace'}
      onClose={(confirmed) => (confirmed ? onConfirm() : onCancel())}
    >
      <p>
        <strong>{summary.groupName}</strong>: {summary.meetings.length} meetings, {summary.people}{' '}
        people and {summary.actions} actions, saved on{' '}
        {formatLongDate(localIsoDate(new Date(plan.exportedAt)))}.
      </p>
      {summary.meetings.length > 0 && (
        <ul className="import-meetings">
          {summary.meetings.slice(-5).map((meeting) => (
            <li key={meeting.id}>
              {formatLongDate(meeting.date)}: {meeting.title}
            </li>
          ))}
        </ul>
      )}
      <p>
        {sameWorkspace
          ? 'This is a copy of the workspace open now. Its changes are merged in; nothing here is lost.'
          : 'Quorum will open this workspace instead of the current one. The current workspace stays on this computer, listed under Settings.'}
      </p>
    </Dialog>
  );
}
