import { useEffect, useRef } from 'react';

/**
 * GOV.UK's error summary: listed at the top of a form after a failed submit, and focused so
 * a screen reader reads the problems out at once.
 */
export function ErrorSummary({
  errors,
  submitCount,
}: {
  errors: Record<string, string | undefined>;
  /** Increments on every submit: focus moves here then, never while the person types. */
  submitCount: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const messages = Object.entries(errors).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  useEffect(() => {
    if (submitCount > 0) ref.current?.focus();
  }, [submitCount]);
  if (messages.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <h3>There is a problem</h3>
      <ul>
        {messages.map(([field, message]) => (
          <li key={field}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
