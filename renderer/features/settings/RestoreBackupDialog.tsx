import { formatDateAndTime } from '../../../shared/format/date-time';
import type { RestorePlan } from '../../data/backups/useBackups';
import { Dialog } from '../../ui/Dialog';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const counts = ({ meetings, actions }: { meetings: number; actions: number }) =>
  `${plural(meetings, 'meeting', 'meetings')} and ${plural(actions, 'action', 'actions')}`;

/** Says what restoring a backup will change before anything is stored. */
export function RestoreBackupDialog({
  restore,
  onConfirm,
  onCancel,
}: {
  restore: RestorePlan;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { now, inBackup, afterRestore } = restore;
  return (
    <Dialog
      title="Restore this backup?"
      submitLabel="Restore"
      initialFocus="cancel"
      onClose={(confirmed) => (confirmed ? onConfirm() : onCancel())}
    >
      <p>
        The backup of {formatDateAndTime(new Date(restore.backup.takenAt))} holds{' '}
        <strong>{restore.plan.summary.groupName}</strong>: {counts(inBackup)}.
      </p>
      <dl className="details">
        <dt>The workspace now</dt>
        <dd>{counts(now)}</dd>
        <dt>After restoring</dt>
        <dd>{counts(afterRestore)}</dd>
      </dl>
      <p>
        Restoring brings back anything this computer has lost since the backup, such as after the
        app&rsquo;s storage was cleared. It merges, as opening a workspace file does: nothing added
        since is removed, and anything deleted on purpose since stays deleted. Quorum first keeps a
        backup of the workspace as it is now.
      </p>
    </Dialog>
  );
}
