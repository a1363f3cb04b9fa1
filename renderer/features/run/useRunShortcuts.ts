import { useEffect, useEffectEvent } from 'react';

/** Where the shortcuts must not act: typing (Alt+arrows move by word on a Mac) or a dialog. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    document.querySelector('dialog[open]') !== null
  );
}

/**
 * Alt+Right arrow for the next item and Alt+Left arrow for the previous one, while the meeting
 * runs. Holding the keys down does not race through the agenda: repeats are ignored.
 */
export function useRunShortcuts(enabled: boolean, onNext: () => void, onPrevious: () => void) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    if (event.defaultPrevented || isTyping(event.target)) return;
    // Alt+Left is also the browser's Back, which would leave the chair view.
    event.preventDefault();
    if (event.repeat) return;
    if (event.key === 'ArrowRight') onNext();
    else onPrevious();
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}
