import { useId } from 'react';
import {
  personTags,
  type PersonField,
  type PersonInput,
  type PersonTag,
} from '../../../shared/model';
import { Field } from '../../ui/Field';

const TAG_LABELS: Record<PersonTag, string> = {
  councillor: 'Councillor',
  officer: 'Officer',
  'lived experience': 'Lived experience',
  'local group': 'Local group',
  partner: 'Partner',
};

export const EMPTY_PERSON: Required<PersonInput> = {
  name: '',
  role: '',
  organisation: '',
  email: '',
  tags: [],
};

interface PersonFieldsProps {
  value: Required<PersonInput>;
  errors: Partial<Record<PersonField, string>>;
  onChange: (next: Required<PersonInput>) => void;
  autoFocus?: boolean;
}

/** Name, role, organisation, email and tags: used by the People screen and by Attendance. */
export function PersonFields({ value, errors, onChange, autoFocus }: PersonFieldsProps) {
  const tagsId = useId();
  const set = (field: 'name' | 'role' | 'organisation' | 'email', text: string) =>
    onChange({ ...value, [field]: text });
  const toggleTag = (tag: PersonTag, on: boolean) =>
    onChange({
      ...value,
      tags: on ? [...value.tags, tag] : value.tags.filter((t) => t !== tag),
    });
  return (
    <>
      <Field
        label="Name"
        value={value.name}
        error={errors.name}
        autoFocus={autoFocus}
        autoComplete="off"
        onChange={(e) => set('name', e.target.value)}
      />
      <div className="field-row">
        <Field
          label="Role"
          hint="For example, Migration Support Officer"
          value={value.role}
          error={errors.role}
          autoComplete="off"
          onChange={(e) => set('role', e.target.value)}
        />
        <Field
          label="Organisation"
          hint="For example, Leeds City Council"
          value={value.organisation}
          error={errors.organisation}
          autoComplete="off"
          onChange={(e) => set('organisation', e.target.value)}
        />
      </div>
      <Field
        label="Email (optional)"
        type="email"
        value={value.email}
        error={errors.email}
        autoComplete="off"
        onChange={(e) => set('email', e.target.value)}
      />
      <fieldset className="fieldset" aria-describedby={`${tagsId}-hint`}>
        <legend>Tags</legend>
        <p id={`${tagsId}-hint`} className="field-hint">
          Select all that apply.
        </p>
        <div className="checkboxes">
          {personTags.map((tag) => (
            <label key={tag}>
              <input
                type="checkbox"
                checked={value.tags.includes(tag)}
                onChange={(e) => toggleTag(tag, e.target.checked)}
              />
              {TAG_LABELS[tag]}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

export function tagLabel(tag: PersonTag): string {
  return TAG_LABELS[tag];
}
