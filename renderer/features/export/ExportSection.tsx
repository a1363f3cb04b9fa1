import { StyleSelect } from './StyleSelect';
import { useState } from 'react';
import { Link } from 'wouter';
import type { MeetingDocumentKind } from '../../data/meeting-export';
import { templateForKind } from '../../data/templates';
import { useMeetingExport } from '../../data/useDocumentExport';
import { useSaveFile, type ExportFormat } from '../../data/useSaveFile';
import { useTemplates } from '../../data/useTemplates';
import { RadioField } from '../../ui/RadioField';
import { StatusMessage } from '../../ui/StatusMessage';
import type { MeetingSectionProps } from '../meeting-screen/meeting-sections';
import { AgendaOverrunWarning } from './AgendaOverrunWarning';
import { ApprovalPanel } from './ApprovalPanel';
import { TemplatesProblem } from './TemplatesProblem';
import { TemplateWarnings } from './TemplateWarnings';
import './export.css';

const KINDS: { value: MeetingDocumentKind; label: string; hint: string }[] = [
  {
    value: 'minutes',
    label: 'Minutes',
    hint: 'The formal record: attendance, numbered minutes, decisions and actions.',
  },
  {
    value: 'summary',
    label: 'Meeting summary',
    hint: 'A shorter summary of each item, as circulated after the meeting.',
  },
  {
    value: 'agenda',
    label: 'Agenda',
    hint: 'For circulation before the meeting: items, presenters, times and purpose.',
  },
];

/** The officer's job: the meeting as the Word document (or PDF) the council files. */
export function ExportSection({ doc }: MeetingSectionProps) {
  const templates = useTemplates();
  const buildDocument = useMeetingExport();
  const [kind, setKind] = useState<MeetingDocumentKind>('minutes');
  const [format, setFormat] = useState<ExportFormat>('docx');
  // A style picked here holds for this export only; otherwise each kind takes the template
  // registered for it in Settings (or the workspace's default).
  const [chosen, setChosen] = useState<string | null>(null);
  const { progress, save } = useSaveFile();
  const style = chosen ?? templateForKind(templates, kind);
  const template = templates.templates.find((t) => t.id === style) ?? null;

  const exportDocument = () => save(() => buildDocument(doc, kind, template?.id ?? null), format);

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <ApprovalPanel doc={doc} />
      <div className="panel">
        <StyleSelect
          id="export-style"
          value={style}
          templates={templates.templates}
          onChange={setChosen}
        >
          <p className="field-hint">
            Import the council’s own Word template in <Link href="/settings">Settings</Link>.
          </p>
        </StyleSelect>
        <RadioField legend="Document" value={kind} options={KINDS} onChange={setKind} />
        <p className="field-hint">{KINDS.find((k) => k.value === kind)?.hint}</p>
        {template && <TemplateWarnings template={template} />}
        {kind === 'agenda' && <AgendaOverrunWarning doc={doc} />}
        <RadioField
          legend="Format"
          value={format}
          options={[
            { value: 'docx', label: 'Word document (.docx)' },
            { value: 'pdf', label: 'PDF' },
          ]}
          onChange={setFormat}
        />
        {format === 'pdf' && (
          <p className="field-hint">
            The same document as a PDF, made by LibreOffice in the Quorum desktop app.
          </p>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={progress.stage === 'working'}
          onClick={() => void exportDocument()}
        >
          Export
        </button>
        <TemplatesProblem error={templates.error} />
        <StatusMessage
          progress={progress}
          failedPrefix="The document was not saved."
          className="export-progress"
        />
      </div>
    </section>
  );
}
