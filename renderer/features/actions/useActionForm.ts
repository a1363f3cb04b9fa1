import { useState } from 'react';
import type { ActionForm } from './action-form';
import type { ActionFormErrors } from './useSaveAction';

/**
 * The action dialog's draft, errors and submit, for a new action and a correction alike.
 * `save` returns the errors to show, or null once written.
 */
export function useActionForm(
  initial: ActionForm,
  save: (form: ActionForm) => ActionFormErrors | null,
) {
  const [form, setForm] = useState<ActionForm>(initial);
  const [errors, setErrors] = useState<ActionFormErrors>({});
  const [submitCount, setSubmitCount] = useState(0);
  const change = (changes: Partial<ActionForm>) =>
    setForm((current) => ({ ...current, ...changes }));
  const submit = () => {
    const problems = save(form);
    if (!problems) return true;
    setErrors(problems);
    // ErrorSummary takes focus on each failed submit, so the problems are read out.
    setSubmitCount((count) => count + 1);
    return false;
  };
  return { form, errors, submitCount, change, submit };
}
