import { useRef } from 'react';
import { formatLongDate } from '../../../shared/format/dates';
import type { WorkspaceImport } from '../../../shared/workspace-file';
import { TitledDialog } from '../../ui/TitledDialog';
import { useModalDialog } from '../../ui/useModalDialog';

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
  const confirmed = useRef(false);
  const { ref, close } = useModalDialog(() => (confirmed.current ? onConfirm() : onCancel()));
  return (
    <TitledDialog
      title={sameWorkspace ? 'Merge this file into the workspace?' : 'Open this workspace?'}
      dialogRef={ref}
      onCancel={close}
    >
      <p>
        <strong>{summary.groupName}</strong>: {summary.meetings.length} meetings, {summary.people}{' '}
        people and {summary.actions} actions, saved on{' '}
        {formatLongDate(plan.exportedAt.slice(0, 10))}.
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
      <div className="dialog-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            confirmed.current = true;
            close();
          }}
        >
          {sameWorkspace ? 'Merge' : 'Open workspace'}
        </button>
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
      </div>
    </TitledDialog>
  );
}
