import { useState, type ChangeEvent } from 'react';

/** The keys of a draft whose values are free text (not a choice such as a purpose or a venue kind). */
export type TextKey<T> = { [K in keyof T]: string extends T[K] ? K : never }[keyof T] & string;

export type FormErrors<T> = Partial<Record<keyof T, string>>;

/** What ties a Field (or TextAreaField) to one text property of a draft. */
export interface FieldBinding {
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

/** `value`, `error` and `onChange` for a field: `<Field label="Title" {...field('title')} />`. */
export function bindFields<T>(
  draft: T,
  errors: FormErrors<T>,
  change: (changes: Partial<T>) => void,
): (name: TextKey<T>) => FieldBinding {
  return (name) => ({
    value: draft[name] as string,
    error: errors[name],
    onChange: (event) => change({ [name]: event.target.value } as Partial<T>),
  });
}

/**
 * A form's draft and its errors, GOV.UK style: none until the first submit, then kept up to
 * date as the person corrects them. `submit` counts the attempt (ErrorSummary takes focus on
 * each one) and says whether the draft may be saved.
 */
export function useFormDraft<T>(initial: T | (() => T), validate: (draft: T) => FormErrors<T>) {
  const [draft, setDraft] = useState(initial);
  const [submitCount, setSubmitCount] = useState(0);
  const errors: FormErrors<T> = submitCount > 0 ? validate(draft) : {};
  const change = (changes: Partial<T>) => setDraft((current) => ({ ...current, ...changes }));
  return {
    draft,
    errors,
    submitCount,
    change,
    field: bindFields(draft, errors, change),
    submit: (): boolean => {
      setSubmitCount((count) => count + 1);
      return Object.keys(validate(draft)).length === 0;
    },
    /** Starts again from `next`, with no errors shown until the next submit. */
    reset: (next: T) => {
      setDraft(next);
      setSubmitCount(0);
    },
  };
}
