import { STEP_STATUS_LABELS, stepStatuses, validateStepInput } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { useFormDraft } from '../../ui/useFormDraft';
import { inputFromStepDraft, type StepDraft } from './step-form';

const STATUS_OPTIONS = stepStatuses.map((value) => ({ value, label: STEP_STATUS_LABELS[value] }));

const validateDraft = (draft: StepDraft) => validateStepInput(inputFromStepDraft(draft));

interface StepDialogProps {
  title: string;
  submitLabel: string;
  initial: StepDraft;
  /** Writes the step; called only with a draft the model accepts. */
  onSubmit: (draft: StepDraft) => void;
  onClose: () => void;
}

/** The add and edit form for a journey step; errors show after a submit, as in every form. */
export function StepDialog({ title, submitLabel, initial, onSubmit, onClose }: StepDialogProps) {
  const form = useFormDraft(initial, validateDraft);
  const submit = () => {
    if (!form.submit()) return false;
    onSubmit(form.draft);
  };
  return (
    <Dialog title={title} submitLabel={submitLabel} onSubmit={submit} onClose={onClose}>
      <ErrorSummary errors={form.errors} submitCount={form.submitCount} />
      <TextAreaField label="Step" rows={3} {...form.field('title')} />
      <SelectField
        label="Status"
        options={STATUS_OPTIONS}
        value={form.draft.status}
        error={form.errors.status}
        onChange={(event) => form.change({ status: event.target.value as StepDraft['status'] })}
      />
      <Field
        label="Owner (optional)"
        hint="A person or a team, for example Migration team"
        autoComplete="off"
        {...form.field('ownerName')}
      />
      <Field label="Target date (optional)" type="date" {...form.field('targetDate')} />
      <Field
        label="Completed date (optional)"
        hint="Filled with today when the step is marked done"
        type="date"
        {...form.field('completedDate')}
      />
      <TextAreaField label="Notes (optional)" {...form.field('notes')} />
    </Dialog>
  );
}
