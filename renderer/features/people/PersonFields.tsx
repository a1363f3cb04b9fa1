import { useId } from 'react';
import {
  personTags,
  type PersonField,
  type PersonInput,
  type PersonTag,
} from '../../../shared/model';
import { Field } from '../../ui/Field';
import { bindFields } from '../../ui/useFormDraft';

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
  onChange: (changes: Partial<PersonInput>) => void;
}

/** Name, role, organisation, email and tags: used by the People screen and by Attendance. */
export function PersonFields({ value, errors, onChange }: PersonFieldsProps) {
  const tagsId = useId();
  const field = bindFields(value, errors, onChange);
  const toggleTag = (tag: PersonTag, on: boolean) =>
    onChange({ tags: on ? [...value.tags, tag] : value.tags.filter((t) => t !== tag) });
  return (
    <>
      <Field label="Name" autoComplete="off" {...field('name')} />
      <div className="field-row">
        <Field
          label="Role"
          hint="For example, Migration Support Officer"
          autoComplete="off"
          {...field('role')}
        />
        <Field
          label="Organisation"
          hint="For example, Leeds City Council"
          autoComplete="off"
          {...field('organisation')}
        />
      </div>
      <Field label="Email (optional)" type="email" autoComplete="off" {...field('email')} />
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
