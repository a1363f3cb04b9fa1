import type { Person } from '../../../shared/model';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { SOMEONE_ELSE, type ActionForm } from './action-form';

interface OwnerFieldsProps {
  form: ActionForm;
  people: readonly Person[];
  error: string | undefined;
  onChange: (changes: Partial<ActionForm>) => void;
}

/**
 * Who owns the action: someone in the people list, or anyone else typed in ("Migration
 * team", a guest), with the option of adding them to the people list there and then.
 */
export function OwnerFields({ form, people, error, onChange }: OwnerFieldsProps) {
  const someoneElse = form.owner === SOMEONE_ELSE;
  const options = [
    { value: '', label: 'Choose who owns it' },
    ...people.map((person) => ({ value: person.id, label: describe(person) })),
    { value: SOMEONE_ELSE, label: 'Someone else…' },
  ];
  return (
    <div className="owner-fields">
      <SelectField
        label="Owner"
        options={options}
        value={form.owner}
        error={someoneElse ? undefined : error}
        onChange={(event) => onChange({ owner: event.target.value })}
      />
      {someoneElse && (
        <div className="owner-fields-other">
          <Field
            label="Owner’s name"
            hint="A person or a team, for example Migration team"
            value={form.ownerName}
            error={error}
            autoComplete="off"
            onChange={(event) => onChange({ ownerName: event.target.value })}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.addToPeople}
              onChange={(event) => onChange({ addToPeople: event.target.checked })}
            />
            Add them to the people list
          </label>
        </div>
      )}
    </div>
  );
}

function describe(person: Person): string {
  return person.organisation ? `${person.name} (${person.organisation})` : person.name;
}
