import { useEffect, useId, useRef, useState } from 'react';
import type { Progress } from '../data/progress';
import { StatusMessage } from './StatusMessage';

interface UndoNoticeProps {
  progress: Progress;
  /** Shows Undo while the change can still be taken back. */
  onUndo?: (() => void) | undefined;
  onDismiss?: () => void;
  /**
   * Changes each time focus should move here (to Undo, or to the message when there is none):
   * the control the person was on has gone (a row left a filtered list, a screen closed).
   * Focus moves once per value, never while the person is elsewhere.
   */
  focusKey?: number | null;
  className?: string;
}

/**
 * "Action marked done: … Undo": what a change did, read out from StatusMessage's live region,
 * with a way to take it back. Rendered always, so the live region is in the page before the
 * message arrives.
 */
export function UndoNotice({ progress, onUndo, onDismiss, focusKey, className }: UndoNoticeProps) {
  const messageId = useId();
  const message = useRef<HTMLDivElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const shown = progress.stage !== 'idle';
  // Undo goes once used: focus then moves to the message saying what was put back.
  const [undone, setUndone] = useState(0);

  useEffect(() => {
    if (focusKey === null || focusKey === undefined) return;
    (undo.current ?? message.current)?.focus();
  }, [focusKey]);
  useEffect(() => {
    if (undone > 0) message.current?.focus();
  }, [undone]);

  return (
    <div
      className={['undo-notice', shown && 'undo-notice--shown', className]
        .filter(Boolean)
        .join(' ')}
    >
      <div id={messageId} ref={message} tabIndex={-1} className="undo-notice-message">
        <StatusMessage progress={progress} />
      </div>
      {shown && onUndo && (
        <button
          ref={undo}
          type="button"
          className="button button--small"
          aria-describedby={messageId}
          onClick={() => {
            onUndo();
            setUndone((count) => count + 1);
          }}
        >
          Undo
        </button>
      )}
      {shown && onDismiss && (
        <button type="button" className="button button--small" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
