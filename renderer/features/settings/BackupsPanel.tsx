import { useState } from 'react';
import { formatFileSize } from '../../../shared/format/file-size';
import { formatDateAndTime } from '../../../shared/format/date-time';
import type { BackupEntry } from '../../../shared/ipc';
import { useBackups, type RestorePlan } from '../../data/backups/useBackups';
import { errorText, IDLE, type Progress } from '../../data/progress';
import { StatusMessage } from '../../ui/StatusMessage';
import { RestoreBackupDialog } from './RestoreBackupDialog';

/** The backups the desktop app keeps by itself (electron/backups), and restoring one. */
export function BackupsPanel() {
  const backups = useBackups();
  const [progress, setProgress] = useState<Progress>(IDLE);
  const [pending, setPending] = useState<RestorePlan | null>(null);

  const choose = async (backup: BackupEntry) => {
    setProgress({ stage: 'working', text: 'Reading the backup…' });
    try {
      setPending(await backups.plan(backup));
      setProgress(IDLE);
    } catch (error) {
      setProgress({ stage: 'failed', text: `Nothing was restored. ${errorText(error)}` });
    }
  };

  const restore = async (plan: RestorePlan) => {
    setPending(null);
    setProgress({ stage: 'working', text: 'Restoring the backup…' });
    try {
      await backups.restore(plan);
      const when = formatDateAndTime(new Date(plan.backup.takenAt));
      setProgress({ stage: 'done', text: `The backup of ${when} has been restored.` });
    } catch (error) {
      setProgress({ stage: 'failed', text: `Nothing was restored. ${errorText(error)}` });
    }
  };

  return (
    <section className="panel" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      {!backups.desktop ? (
        <p>
          Automatic backups need the Quorum desktop app, which keeps a copy of the workspace on this
          computer every ten minutes while it changes. In a browser, save a workspace file under
          Workspace file now and then instead.
        </p>
      ) : (
        <>
          <p>
            Quorum keeps a backup of this workspace on this computer every ten minutes while it
            changes, and when it closes: the last ten, and one a day for thirty days.
          </p>
          {backups.problem && (
            <p role="alert" className="field-error">
              {backups.problem}
            </p>
          )}
          <BackupList list={backups.list} onRestore={(backup) => void choose(backup)} />
        </>
      )}
      <StatusMessage progress={progress} />
      {pending && (
        <RestoreBackupDialog
          restore={pending}
          onConfirm={() => void restore(pending)}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}

function BackupList({
  list,
  onRestore,
}: {
  list: ReturnType<typeof useBackups>['list'];
  onRestore: (backup: BackupEntry) => void;
}) {
  if (list.status === 'loading') return <p>Loading the backups…</p>;
  if (list.status === 'failed') return <p role="alert">{list.message}</p>;
  if (list.backups.length === 0) {
    return <p>No backups yet: the first is kept a few seconds after the workspace changes.</p>;
  }
  return (
    <ul className="known-workspaces backup-list" aria-label="Backups">
      {list.backups.map((backup) => {
        const when = formatDateAndTime(new Date(backup.takenAt));
        return (
          <li key={backup.name}>
            <span>
              {when} <span className="backup-size">({formatFileSize(backup.bytes)})</span>
            </span>
            <button
              type="button"
              className="button button--small"
              onClick={() => onRestore(backup)}
            >
              Restore<span className="visually-hidden"> the backup of {when}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
