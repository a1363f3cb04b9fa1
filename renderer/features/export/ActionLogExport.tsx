import { useState } from 'react';
import { buildActionLogDocument } from '../../data/meeting-export';
import { useSaveDocument, type ExportFormat } from '../../data/useSaveDocument';
import { useWorkspaceDoc } from '../../data/useWorkspaceData';
import { SaveProgressMessage } from './SaveProgressMessage';

/** Every open action across meetings as a Word (or PDF) action log, overdue ones flagged. */
export function ActionLogExport() {
  const workspace = useWorkspaceDoc();
  const [groupBy, setGroupBy] = useState<'owner' | 'meeting'>('owner');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const { progress, save } = useSaveDocument();
  return (
    <section className="panel" aria-labelledby="action-log-export-heading">
      <h2 id="action-log-export-heading">Export the action log</h2>
      <p>All open and in-progress actions from every meeting, with overdue ones flagged.</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="action-log-group">Group by</label>
          <select
            id="action-log-group"
            value={groupBy}
            onChange={(e) => setGroupBy(e.target.value as 'owner' | 'meeting')}
          >
            <option value="owner">Owner</option>
            <option value="meeting">Meeting</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="action-log-format">Format</label>
          <select
            id="action-log-format"
            value={format}
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
          >
            <option value="docx">Word document (.docx)</option>
            <option value="pdf">PDF</option>
          </select>
        </div>
      </div>
      <button
        type="button"
        className="button"
        disabled={progress.stage === 'working'}
        onClick={() => void save(() => buildActionLogDocument(workspace, groupBy), format)}
      >
        Export action log
      </button>
      <SaveProgressMessage progress={progress} />
    </section>
  );
}
