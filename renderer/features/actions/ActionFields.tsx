import { actionStatuses, type ActionStatus, type Person } from '../../../shared/model';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { bindFields } from '../../ui/useFormDraft';
import type { ActionForm } from './action-form';
import { statusLabels } from './action-labels';
import { OwnerFields } from './OwnerFields';
import type { ActionFormErrors } from './useSaveAction';

interface ActionFieldsProps {
  form: ActionForm;
  errors: ActionFormErrors;
  people: readonly Person[];
  onChange: (changes: Partial<ActionForm>) => void;
  descriptionHint?: string | undefined;
  dueHint: string;
}

/** What an action says: its text, owner, due date and status, recorded or corrected. */
export function ActionFields({
  form,
  errors,
  people,
  onChange,
  descriptionHint,
  dueHint,
}: ActionFieldsProps) {
  const field = bindFields(form, errors, onChange);
  return (
    <>
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
