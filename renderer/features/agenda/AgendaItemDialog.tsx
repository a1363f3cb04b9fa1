import {
  AGENDA_PURPOSE_LABELS,
  agendaPurposes,
  validateAgendaItemInput,
} from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { RadioField } from '../../ui/RadioField';
import { TextAreaField } from '../../ui/TextAreaField';
import { useFormDraft } from '../../ui/useFormDraft';
import { inputFromDraft, type AgendaItemDraft } from './agenda-item-form';

const PURPOSE_OPTIONS = agendaPurposes.map((value) => ({
  value,
  label: AGENDA_PURPOSE_LABELS[value],
}));

const validateDraft = (draft: AgendaItemDraft) => validateAgendaItemInput(inputFromDraft(draft));

interface AgendaItemDialogProps {
  title: string;
  submitLabel: string;
  initial: AgendaItemDraft;
  /** Writes the item; called only with a draft that passes the model's checks. */
  onSubmit: (draft: AgendaItemDraft) => void;
  /** Called once the dialog has closed, written or cancelled, to hand focus back. */
  onClose: () => void;
}

/**
 * The add and edit form for an agenda item. Errors appear only after a submit, GOV.UK style:
 * a summary that takes focus, and a message on each field; then they update as the chair types.
 */
export function AgendaItemDialog({
  title,
  submitLabel,
  initial,
  onSubmit,
  onClose,
}: AgendaItemDialogProps) {
  const form = useFormDraft(initial, validateDraft);
  const submit = () => {
    if (!form.submit()) return false;
    onSubmit(form.draft);
  };
  return (
    <Dialog
      title={title}
      submitLabel={submitLabel}
      className="agenda-dialog"
      onSubmit={submit}
      onClose={onClose}
    >
      <ErrorSummary errors={form.errors} submitCount={form.submitCount} />
      <Field label="Title" autoComplete="off" {...form.field('title')} />
      <Field label="Presenter (optional)" autoComplete="off" {...form.field('presenter')} />
      <Field
        label="Minutes allotted"
        className="field--narrow"
        inputMode="numeric"
        autoComplete="off"
        {...form.field('allottedMinutes')}
      />
      <RadioField
        legend="Purpose"
        options={PURPOSE_OPTIONS}
        value={form.draft.purpose}
        error={form.errors.purpose}
        onChange={(purpose) => form.change({ purpose })}
      />
      <TextAreaField
        label="Notes (optional)"
        hint="For example, papers to read beforehand"
        {...form.field('notes')}
      />
    </Dialog>
  );
}
