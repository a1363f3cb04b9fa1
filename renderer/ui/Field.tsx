import type { InputHTMLAttributes } from 'react';
import { FieldShell, type FieldShellProps } from './FieldShell';

type FieldProps = FieldShellProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

/** A labelled input with an optional hint and error. */
export function Field({ label, hint, error, className, ...input }: FieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {(wiring) => <input {...wiring} {...input} />}
    </FieldShell>
  );
}
