import { useState } from 'react';
import { errorText, IDLE, type Progress } from '../../data/progress';
import { useSaveFile } from '../../data/useSaveFile';
import { useWorkspaceTransfer, type ReadWorkspaceFile } from '../../data/useWorkspaceTransfer';
import { StatusMessage } from '../../ui/StatusMessage';
import { ImportConfirmDialog } from './ImportConfirmDialog';

/** Backing up the whole workspace to one `.quorum` file, and opening one. */
export function WorkspaceFilePanel() {
  const transfer = useWorkspaceTransfer();
  const saving = useSaveFile();
  const [opening, setOpening] = useState<Progress>(IDLE);
  const [pending, setPending] = useState<Extract<ReadWorkspaceFile, { ok: true }> | null>(null);
  // Whichever the person did last is what the panel reports.
  const [last, setLast] = useState<'save' | 'open'>('save');

  const exportFile = () => {
    setLast('save');
    void saving.save(transfer.exportFile, 'quorum', {
      savedText: (location) => `Workspace saved as ${location}.`,
    });
  };

  const openFile = async () => {
    setLast('open');
    setOpening(IDLE);
    const opened = await transfer
      .openFile()
      .catch((error: unknown): ReadWorkspaceFile => ({ ok: false, message: errorText(error) }));
    if (opened.ok) setPending(opened);
    else if (!('cancelled' in opened)) setOpening({ stage: 'failed', text: opened.message });
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
        <button
          type="button"
          className="button"
          disabled={saving.progress.stage === 'working'}
          onClick={exportFile}
        >
          Export workspace file
        </button>
        <button type="button" className="button" onClick={() => void openFile()}>
          Open workspace file
        </button>
      </div>
      <StatusMessage progress={last === 'save' ? saving.progress : opening} />
      {pending && (
        <ImportConfirmDialog
          plan={pending.plan}
          sameWorkspace={pending.sameWorkspace}
          onConfirm={async () => {
            const { plan } = pending;
            setPending(null);
            setOpening({ stage: 'working', text: 'Merging the file into this workspace…' });
            try {
              await transfer.install(plan);
              setOpening({ stage: 'done', text: 'The file has been merged into this workspace.' });
            } catch (error) {
              setOpening({
                stage: 'failed',
                text: `The file was not merged. ${errorText(error)}`,
              });
            }
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
