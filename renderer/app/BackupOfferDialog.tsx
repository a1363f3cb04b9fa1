import { useState } from 'react';
import { formatFileSize } from '../../shared/format/file-size';
import { formatDateAndTime } from '../../shared/format/date-time';
import { errorText } from '../data/progress';
import { useWorkspaceStart } from '../data/WorkspaceProvider';
import { Dialog } from '../ui/Dialog';

/**
 * Start-up's question when the workspace's storage is empty but the desktop app kept a
 * backup (data/backups/restore-offer.ts): restore it, or start with an empty workspace.
 */
export function BackupOfferDialog() {
  const { backupOffer: offer } = useWorkspaceStart();
  const [stage, setStage] = useState<'asking' | 'restoring' | { failed: string }>('asking');
  if (!offer || stage === 'restoring') return null;
  const when = formatDateAndTime(new Date(offer.backup.takenAt));
  const restore = () => {
    setStage('restoring');
    offer.restore().catch((error: unknown) => setStage({ failed: errorText(error) }));
  };
  return (
    <Dialog
      title="Restore your workspace from a backup?"
      submitLabel="Restore"
      onClose={(confirmed) => (confirmed ? restore() : offer.startAfresh())}
    >
      <p>
        Quorum has no workspace stored in the app on this computer, but it kept a backup of one on{' '}
        {when} ({formatFileSize(offer.backup.bytes)}).
      </p>
      <p>
        Restore it to carry on where you left off. Cancel starts with an empty workspace; the backup
        stays on this computer.
      </p>
      {typeof stage === 'object' && (
        <p role="alert" className="field-error">
          The backup was not restored. {stage.failed}
        </p>
      )}
    </Dialog>
  );
}
