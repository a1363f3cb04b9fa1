import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

const FIELDS = 'input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  /** The dialog's heading, which also names it for screen readers. */
  title: string;
  /** The first button's label. It submits the dialog's form, as Enter in a field does. */
  submitLabel: string;
  /** `warning` for a button that deletes something. */
  submitTone?: 'primary' | 'warning';
  /**
   * Does the dialog's work. Return false to keep it open, for the person to correct a field.
   * A dialog that only asks leaves it out and acts in onClose.
   */
  onSubmit?: () => unknown;
  /** A button between the first and Cancel, such as Remove link: runs, then closes the dialog. */
  secondary?: { label: string; onClick: () => void };
  /**
   * Called once the dialog has closed: `done` is false after Cancel or Escape. Focus is back on
   * the control that opened the dialog by then; move it here to send it somewhere else.
   */
  onClose: (done: boolean) => void;
  /** Where focus starts: the first control, or Cancel where a stray Enter must change nothing. */
  initialFocus?: 'first' | 'cancel';
  className?: string;
  children?: ReactNode;
}

/**
 * Every dialog in Quorum: a native <dialog> opened with showModal() while it is mounted, so
 * the browser traps focus inside it, makes the page behind inert and maps Escape to Cancel.
 * Its form ends with the submit button, an optional second one and Cancel.
 */
export function Dialog({
  title,
  submitLabel,
  submitTone = 'primary',
  onSubmit,
  secondary,
  onClose,
  initialFocus = 'first',
  className,
  children,
}: DialogProps) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    opener.current = document.activeElement;
    // showModal() focuses the first control. React's autoFocus cannot choose another: it
    // fires while the dialog is still shut, so Cancel is focused here, once it is open.
    element.showModal();
    if (initialFocus === 'cancel') cancel.current?.focus();
    // When the fields overflow, Chromium counts their scrolling box as the first focusable
    // area and focuses it: start on the first field, as a dialog that fits does.
    else if (document.activeElement === body.current)
      body.current?.querySelector<HTMLElement>(FIELDS)?.focus();
    // Unmounted while open (the screen changed under it): do not leave the page inert.
    return () => element.close();
  }, [initialFocus]);

  // Close before handing back: while the dialog is modal the page is inert, and the caller
  // could not move focus. close() returns focus to the opener without scrolling the page (as
  // the HTML spec asks, and Chromium does); the opener is focused here for an engine that
  // leaves focus on <body> instead.
  const finish = (done: boolean) => {
    dialog.current?.close();
    if (document.activeElement === document.body && opener.current instanceof HTMLElement) {
      opener.current.focus({ preventScroll: true });
    }
    onClose(done);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onSubmit?.() !== false) finish(true);
  };

  return (
    <dialog
      ref={dialog}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        finish(false);
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <form noValidate onSubmit={submit}>
        {/* The fields scroll on a short screen; the buttons below them stay in view. */}
        <div ref={body} className="dialog-body">
          {children}
        </div>
        <div className="dialog-actions">
          <button type="submit" className={`button button--${submitTone}`}>
            {submitLabel}
          </button>
          {secondary && (
            <button
              type="button"
              className="button"
              onClick={() => {
                secondary.onClick();
                finish(true);
              }}
            >
              {secondary.label}
            </button>
          )}
          <button ref={cancel} type="button" className="button" onClick={() => finish(false)}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
