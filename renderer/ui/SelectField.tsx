import type { SelectHTMLAttributes } from 'react';
import { FieldShell, type FieldShellProps } from './FieldShell';

type SelectFieldProps = FieldShellProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
    options: readonly { value: string; label: string }[];
  };

/** A labelled <select>, wired like Field. */
export function SelectField({
  label,
  hint,
  error,
  className,
  options,
  ...select
}: SelectFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {(wiring) => (
        <select className="select" {...wiring} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
