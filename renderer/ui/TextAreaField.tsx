import type { TextareaHTMLAttributes } from 'react';
import { FieldShell, type FieldShellProps } from './FieldShell';

type TextAreaFieldProps = FieldShellProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

/** A labelled <textarea>, wired like Field. */
export function TextAreaField({ label, hint, error, className, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {(wiring) => <textarea className="textarea" {...wiring} {...textarea} />}
    </FieldShell>
  );
}
