import { StyleSelect } from './StyleSelect';
import { useState } from 'react';
import { templateForKind } from '../../data/templates';
import { useActionLogExport } from '../../data/useDocumentExport';
import { useTemplates } from '../../data/useTemplates';
import { useSaveFile, type ExportFormat } from '../../data/useSaveFile';
import { StatusMessage } from '../../ui/StatusMessage';

/** Every open action across meetings as a Word (or PDF) action log, overdue ones flagged. */
export function ActionLogExport() {
  const buildActionLog = useActionLogExport();
  const [groupBy, setGroupBy] = useState<'owner' | 'meeting'>('owner');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const { progress, save } = useSaveFile();
  const templates = useTemplates();
  const [chosen, setChosen] = useState<string | null>(null);
  const style = chosen ?? templateForKind(templates, 'actions');
  const templateId = templates.templates.some((t) => t.id === style) ? style : null;
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
        <StyleSelect
          id="action-log-style"
          value={style}
          templates={templates.templates}
          onChange={setChosen}
        />
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
        onClick={() => void save(() => buildActionLog(groupBy, templateId), format)}
      >
        Export action log
      </button>
      <StatusMessage
        progress={progress}
        failedPrefix="The document was not saved."
        className="export-progress"
      />
    </section>
  );
}
