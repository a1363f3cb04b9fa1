import { Fragment } from 'react';

/** A key combination as the keyboard shows it: <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>A</kbd>. */
export function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <span className="keys">
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

const onMac =
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** 'Mod' is Cmd on a Mac and Ctrl elsewhere, as ProseMirror reads it. */
export function shortcutKeys(...keys: string[]): string[] {
  return keys.map((key) => (key === 'Mod' ? (onMac ? 'Cmd' : 'Ctrl') : key));
}

/** The aria-keyshortcuts value for the same keys ('Control+Shift+A'). */
export function ariaShortcut(...keys: string[]): string {
  return keys
    .map((key) => (key === 'Mod' ? (onMac ? 'Meta' : 'Control') : key === 'Ctrl' ? 'Control' : key))
    .join('+');
}
