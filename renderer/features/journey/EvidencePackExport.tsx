import { useEvidencePackExport } from '../../data/useEvidencePackExport';
import { useSaveFile } from '../../data/useSaveFile';
import { StatusMessage } from '../../ui/StatusMessage';

/** Saves the evidence pack for the award application as a Word document (house style). */
export function EvidencePackExport() {
  const build = useEvidencePackExport();
  const { progress, save } = useSaveFile();
  return (
    <div className="journey-export">
      <button
        type="button"
        className="button"
        disabled={progress.stage === 'working'}
        onClick={() => void save(build, 'docx')}
      >
        Save evidence pack as Word
      </button>
      <StatusMessage progress={progress} failedPrefix="The evidence pack was not saved." />
    </div>
  );
}
