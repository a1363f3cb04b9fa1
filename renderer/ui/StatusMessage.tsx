import type { Progress } from '../data/progress';

/**
 * The one way a screen says how an operation it started is going. Progress and success are
 * read out politely from a live region that is always in the page (a region added together
 * with its text is often not announced); a failure is an alert, so it interrupts.
 * `failedPrefix` leads a failure with what did not happen ("The document was not saved.").
 */
export function StatusMessage({
  progress,
  failedPrefix,
  className,
}: {
  progress: Progress;
  failedPrefix?: string;
  className?: string;
}) {
  return (
    <div className={className ? `status-message ${className}` : 'status-message'}>
      <div aria-live="polite">
        {progress.stage === 'working' && <p>{progress.text}</p>}
        {progress.stage === 'done' && <p className="success-text">{progress.text}</p>}
      </div>
      {progress.stage === 'failed' && (
        <p role="alert" className="field-error">
          {failedPrefix ? `${failedPrefix} ${progress.text}` : progress.text}
        </p>
      )}
    </div>
  );
}
