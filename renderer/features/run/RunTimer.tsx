import { useId } from 'react';
import { describeTimeLeft, formatStopwatch, isoDuration } from '../../../shared/format/durations';

interface RunTimerProps {
  label: string;
  elapsedMs: number;
  /** 0 when no time is allotted: the clock runs but nothing can be over. */
  allottedMs: number;
}

/**
 * A stopwatch against its allowance: "04:12 of 10:00", a bar, and the standing in words
 * ("6 minutes left", "2 minutes over") so over-time is never shown by colour alone. It is not
 * a live region: a screen reader would otherwise be told the time every second.
 */
export function RunTimer({ label, elapsedMs, allottedMs }: RunTimerProps) {
  const standing = allottedMs > 0 ? describeTimeLeft(elapsedMs, allottedMs) : null;
  const share = allottedMs > 0 ? Math.min(1, elapsedMs / allottedMs) : 0;
  const labelId = useId();
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      className={standing?.over ? 'run-timer run-timer--over' : 'run-timer'}
    >
      <p id={labelId} className="run-timer-label">
        {label}
      </p>
      <p className="run-timer-clock">
        <time dateTime={isoDuration(elapsedMs)}>{formatStopwatch(elapsedMs)}</time>
        {allottedMs > 0 && (
          <span className="run-timer-allotted"> of {formatStopwatch(allottedMs)}</span>
        )}
      </p>
      <div className="run-timer-bar" aria-hidden="true">
        <div className="run-timer-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="run-timer-standing">
        {standing?.over && (
          <span className="run-warning-icon" aria-hidden="true">
            !
          </span>
        )}
        {standing?.text ?? 'No time allotted'}
      </p>
    </div>
  );
}
