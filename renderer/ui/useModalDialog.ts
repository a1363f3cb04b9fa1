import { useEffect, useRef } from 'react';

/**
 * Opens a native <dialog> as a modal for as long as the component is mounted: the browser
 * traps focus, makes the page behind inert and closes it on Escape. `close` shuts it before
 * calling `onClose`, because while it is modal the caller could not move focus back.
 */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = ref.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  const close = () => {
    ref.current?.close();
    onClose();
  };
  return { ref, close };
}
