import { useState } from 'react';
import { safeFileName } from '../../../shared/format/file-name';
import { quorumApi } from '../../platform/quorum-api';
import { useGroupProfile } from '../../data/useWorkspaceData';
import { useWorkspaceTransfer, type ReadWorkspaceFile } from '../../data/useWorkspaceTransfer';
import { ImportConfirmDialog } from './ImportConfirmDialog';
import { localIsoDate } from '../../../shared/format/local-date';

const QUORUM_FILTER = [{ name: 'Quorum workspace', extensions: ['quorum'] }];

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/** Backing up the whole workspace to one `.quorum` file, and opening one. */
export function WorkspaceFilePanel() {
  const transfer = useWorkspaceTransfer();
  const group = useGroupProfile();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pending, setPending] = useState<Extract<ReadWorkspaceFile, { ok: true }> | null>(null);

  const exportFile = async () => {
    setStatus({ kind: 'working', text: 'Preparing the workspace file…' });
    try {
      const data = await transfer.exportFile();
      const suggestedName = safeFileName(`${localIsoDate()} ${group.name}`, 'quorum');
      const saved = await quorumApi.saveFile({ suggestedName, data, filters: QUORUM_FILTER });
      if (saved.ok)
        setStatus({ kind: 'done', text: `Workspace saved as ${saved.value.location}.` });
      else if (saved.error === 'cancelled') setStatus({ kind: 'idle' });
      else setStatus({ kind: 'error', text: saved.message });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  const openFile = async () => {
    const opened = await quorumApi.openFile({
      title: 'Open a Quorum workspace',
      filters: QUORUM_FILTER,
    });
    if (!opened.ok) {
      setStatus(
        opened.error === 'cancelled' ? { kind: 'idle' } : { kind: 'error', text: opened.message },
      );
      return;
    }
    const read = transfer.readFile(opened.value.data);
    if (!read.ok) {
      setStatus({
        kind: 'error',
        text: `${opened.value.name} could not be opened. ${read.message} Nothing has been changed.`,
      });
      return;
    }
    setStatus({ kind: 'idle' });
    setPending(read);
  };

  return (
    <section className="panel" aria-labelledby="workspace-file-heading">
      <h2 id="workspace-file-heading">Workspace file</h2>
      <p>
        Save everything (meetings, minutes, actions and people) as one <code>.quorum</code> file to
        keep or to move to another computer. Opening a file of this workspace merges it in; nothing
        here is lost.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportFile()}>
          Export workspace file
        </button>
        <button type="button" className="button" onClick={() => void openFile()}>
          Open workspace file
        </button>
      </div>
      <div aria-live="polite">
        {status.kind === 'working' && <p>{status.text}</p>}
        {status.kind === 'done' && <p className="success-text">{status.text}</p>}
      </div>
      {status.kind === 'error' && (
        <p role="alert" className="field-error">
          {status.text}
        </p>
      )}
      {pending && (
        <ImportConfirmDialog
          plan={pending.plan}
          sameWorkspace={pending.sameWorkspace}
          onConfirm={async () => {
            const { plan } = pending;
            setPending(null);
            await transfer.install(plan);
            setStatus({ kind: 'done', text: 'The file has been merged into this workspace.' });
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
