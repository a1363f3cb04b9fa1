import { formatLongDate } from '../../../shared/format/dates';
import {
  EVIDENCE_STRAND_LABELS,
  evidenceStrands,
  validateEvidenceInput,
  type JourneyCriterion,
  type Meeting,
} from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { RadioField } from '../../ui/RadioField';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { useFormDraft } from '../../ui/useFormDraft';
import { inputFromEvidenceDraft, type EvidenceDraft } from './evidence-form';
import './evidence-dialog.css';

const STRAND_OPTIONS = evidenceStrands.map((value) => ({
  value,
  label: EVIDENCE_STRAND_LABELS[value],
}));

const validateDraft = (draft: EvidenceDraft) =>
  validateEvidenceInput(inputFromEvidenceDraft(draft));

interface EvidenceDialogProps {
  initial: EvidenceDraft;
  criteria: readonly JourneyCriterion[];
  meetings: readonly Meeting[];
  onSubmit: (draft: EvidenceDraft) => void;
  onClose: () => void;
}

/** Records a piece of Learn, Embed or Share evidence, with what it supports and where it is. */
export function EvidenceDialog({
  initial,
  criteria,
  meetings,
  onSubmit,
  onClose,
}: EvidenceDialogProps) {
  const form = useFormDraft(initial, validateDraft);
  const submit = () => {
    if (!form.submit()) return false;
    onSubmit(form.draft);
  };
  return (
    <Dialog
      title="Add evidence"
      submitLabel="Add evidence"
      className="evidence-dialog"
      onSubmit={submit}
      onClose={onClose}
    >
      <ErrorSummary errors={form.errors} submitCount={form.submitCount} />
      {(form.draft.decisionId || form.draft.actionId) && (
        <p className="field-hint">
          Linked to {form.draft.decisionId ? 'the decision' : 'the action'} it records, and to its
          meeting.
        </p>
      )}
      <Field label="Title" autoComplete="off" {...form.field('title')} />
      <Field label="Date" type="date" {...form.field('date')} />
      <RadioField
        legend="Shows"
        options={STRAND_OPTIONS}
        value={form.draft.strand}
        error={form.errors.strand}
        onChange={(strand) => form.change({ strand })}
      />
      <SelectField
        label="Criterion it supports (optional)"
        options={[
          { value: '', label: 'None' },
          ...criteria.map((c) => ({ value: c.id, label: c.title })),
        ]}
        value={form.draft.criterionId}
        onChange={(event) => form.change({ criterionId: event.target.value })}
      />
      <TextAreaField label="Description (optional)" {...form.field('description')} />
      <SelectField
        label="Meeting where it was recorded (optional)"
        options={[
          { value: '', label: 'None' },
          ...meetings.map((m) => ({ value: m.id, label: `${m.title}, ${formatLongDate(m.date)}` })),
        ]}
        value={form.draft.meetingId}
        error={form.errors.meetingId}
        onChange={(event) => form.change({ meetingId: event.target.value })}
      />
      <Field
        label="Web address (optional)"
        hint="A published page that shows it, for example https://www.leeds.gov.uk"
        autoComplete="off"
        {...form.field('url')}
      />
    </Dialog>
  );
}
