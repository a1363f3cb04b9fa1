import { useId, type ReactNode, type RefObject } from 'react';

interface TitledDialogProps {
  title: string;
  /** From useModalDialog, which opens and closes it. */
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** Escape: the caller closes as it would for Cancel. */
  onCancel: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A modal native <dialog> named by its heading for screen readers. Open it with
 * useModalDialog, which owns the element and closes it before handing focus back.
 */
export function TitledDialog({
  title,
  dialogRef,
  onCancel,
  children,
  className,
}: TitledDialogProps) {
  const titleId = useId();
  return (
    <dialog
      ref={dialogRef}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
