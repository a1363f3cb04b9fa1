import { useId } from 'react';

interface RadioFieldProps<T extends string> {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  error?: string | undefined;
}

/**
 * A choice of a few options as radios in a fieldset (GOV.UK prefers radios to a select when
 * every option fits on screen): the legend names the group, so each radio reads in context.
 */
export function RadioField<T extends string>({
  legend,
  options,
  value,
  onChange,
  error,
}: RadioFieldProps<T>) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={['fieldset', 'field', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="radios">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
