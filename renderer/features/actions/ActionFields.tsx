import { actionStatuses, type ActionStatus, type Person } from '../../../shared/model';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { bindFields } from '../../ui/useFormDraft';
import { statusLabels } from './action-labels';
import { OwnerFields } from './OwnerFields';
import type { useActionForm } from './useActionForm';

interface ActionFieldsProps {
  /** From useActionForm: the draft, its errors, and how many submits failed. */
  draft: Pick<ReturnType<typeof useActionForm>, 'form' | 'errors' | 'submitCount' | 'change'>;
  people: readonly Person[];
  descriptionHint?: string | undefined;
  dueHint: string;
}

/**
 * What an action says: its text, owner, due date and status, recorded or corrected, with the
 * summary of what is wrong above them after a failed submit.
 */
export function ActionFields({ draft, people, descriptionHint, dueHint }: ActionFieldsProps) {
  const { form, errors, submitCount, change: onChange } = draft;
  const field = bindFields(form, errors, onChange);
  return (
    <>
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <TextAreaField label="Action" hint={descriptionHint} rows={2} {...field('description')} />
      <OwnerFields form={form} people={people} error={errors.owner} onChange={onChange} />
      <div className="field-row">
        <Field label="Due date" hint={dueHint} type="date" {...field('due')} />
        <SelectField
          label="Status"
          options={actionStatuses.map((status) => ({
            value: status,
            label: statusLabels[status],
          }))}
          value={form.status}
          onChange={(event) => onChange({ status: event.target.value as ActionStatus })}
        />
      </div>
    </>
  );
}
