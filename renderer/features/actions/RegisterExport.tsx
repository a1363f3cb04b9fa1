import type { RegisterGrouping, RegisterRow } from '../../../shared/model';
import { useRegisterExport } from '../../data/useRegisterExport';
import { useSaveFile } from '../../data/useSaveFile';
import { StatusMessage } from '../../ui/StatusMessage';

interface RegisterExportProps {
  rows: RegisterRow[];
  groupBy: RegisterGrouping | '';
  today: string;
}

/** Saves the register as filtered on screen: a Word action log or an Excel workbook. */
export function RegisterExport({ rows, groupBy, today }: RegisterExportProps) {
  const { toWord, toExcel } = useRegisterExport();
  const { progress, save } = useSaveFile();
  const busy = progress.stage === 'working';
  const none = rows.length === 0;
  // The Word log groups by owner or meeting; grouping by month falls back to owner.
  const wordGroup = groupBy === 'meeting' ? 'meeting' : 'owner';
  return (
    <div className="register-export">
      <p className="register-count" aria-live="polite">
        {rows.length === 1 ? '1 action shown' : `${rows.length} actions shown`}
      </p>
      <button
        type="button"
        className="button"
        disabled={busy || none}
        onClick={() => void save(() => toWord(rows, wordGroup, today), 'docx')}
      >
        Save these as Word
      </button>
      <button
        type="button"
        className="button"
        disabled={busy || none}
        onClick={() => void save(() => toExcel(rows, today), 'xlsx')}
      >
        Save these as Excel
      </button>
      <p className="muted register-export-note">
        The Word action log lists the open and in-progress actions among them; the spreadsheet lists
        every one.
      </p>
      <StatusMessage
        progress={progress}
        failedPrefix="The file was not saved."
        className="export-progress"
      />
    </div>
  );
}
