import { useState, type FormEvent } from 'react';
import {
  AGENDA_PURPOSE_LABELS,
  agendaPurposes,
  InputError,
  validateAgendaItemInput,
  type AgendaItemField,
} from '../../../shared/model';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { RadioField } from '../../ui/RadioField';
import { TextAreaField } from '../../ui/TextAreaField';
import { inputFromDraft, type AgendaItemDraft } from './agenda-item-form';
import { TitledDialog } from '../../ui/TitledDialog';
import { useModalDialog } from '../../ui/useModalDialog';

const PURPOSE_OPTIONS = agendaPurposes.map((value) => ({
  value,
  label: AGENDA_PURPOSE_LABELS[value],
}));

type Errors = Partial<Record<AgendaItemField, string>>;

interface AgendaItemDialogProps {
  title: string;
  submitLabel: string;
  initial: AgendaItemDraft;
  /** Writes the item; throws InputError (having written nothing) if the input is invalid. */
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
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [submitCount, setSubmitCount] = useState(0);

  const update = <K extends keyof AgendaItemDraft>(field: K, value: AgendaItemDraft[K]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (submitCount > 0) setErrors(validateAgendaItemInput(inputFromDraft(next)));
  };

  const { ref, close } = useModalDialog(onClose);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    try {
      onSubmit(draft);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      setErrors(error.fieldErrors as Errors);
      return;
    }
    close();
  };

  return (
    <TitledDialog title={title} className="agenda-dialog" dialogRef={ref} onCancel={close}>
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} submitCount={submitCount} />
        <Field
          label="Title"
          value={draft.title}
          error={errors.title}
          autoFocus
          autoComplete="off"
          onChange={(e) => update('title', e.target.value)}
        />
        <Field
          label="Presenter (optional)"
          value={draft.presenter}
          error={errors.presenter}
          autoComplete="off"
          onChange={(e) => update('presenter', e.target.value)}
        />
        <Field
          label="Minutes allotted"
          className="field--narrow"
          inputMode="numeric"
          value={draft.allottedMinutes}
          error={errors.allottedMinutes}
          autoComplete="off"
          onChange={(e) => update('allottedMinutes', e.target.value)}
        />
        <RadioField
          legend="Purpose"
          options={PURPOSE_OPTIONS}
          value={draft.purpose}
          error={errors.purpose}
          onChange={(purpose) => update('purpose', purpose)}
        />
        <TextAreaField
          label="Notes (optional)"
          hint="For example, papers to read beforehand"
          value={draft.notes}
          error={errors.notes}
          onChange={(e) => update('notes', e.target.value)}
        />
        <div className="dialog-actions">
          <button type="submit" className="button button--primary">
            {submitLabel}
          </button>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </TitledDialog>
  );
}
