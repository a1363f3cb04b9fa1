import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  /** id of the dialog's heading, which names it for screen readers. */
  labelledBy: string;
  /** Called on Escape or Cancel; the caller unmounts the dialog and moves focus back. */
  onCancel: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog>, open while mounted: the browser traps focus inside it and makes
 * the page behind inert. Mount it to open it, unmount it to close it.
 */
export function ModalDialog({ labelledBy, onCancel, className, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    // Close before unmounting: while modal, the page is inert and the caller could not
    // move focus back to where the person was working.
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
