import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';

interface ToolbarProps {
  label: string;
  /** id of what the toolbar acts on (the editor). */
  controls?: string;
  className?: string;
  /** The toolbar element, so a shortcut (Alt+F10) can move focus into it with focusToolbar. */
  ref?: Ref<HTMLDivElement>;
  children: ReactNode;
}

const BUTTONS = 'button:not([disabled])';

/**
 * role="toolbar" with a roving tabindex (WAI-ARIA APG): Tab enters and leaves the toolbar as
 * one stop, arrow keys, Home and End move between its buttons. The tabindex is kept on the
 * DOM, not in React state, so the buttons inside stay plain <button>s.
 */
export function Toolbar({ label, controls, className, ref, children }: ToolbarProps) {
  const own = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const buttons = buttonsIn(own.current);
    if (buttons.some((button) => button.tabIndex === 0)) return;
    buttons.forEach((button, index) => (button.tabIndex = index === 0 ? 0 : -1));
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = buttonsIn(own.current);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at === -1) return;
    const next = {
      ArrowRight: (at + 1) % buttons.length,
      ArrowLeft: (at - 1 + buttons.length) % buttons.length,
      Home: 0,
      End: buttons.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <div
      ref={(element) => {
        own.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      }}
      role="toolbar"
      aria-label={label}
      aria-controls={controls}
      className={['toolbar', className].filter(Boolean).join(' ')}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        // The button focused last is the one Tab returns to.
        const focused: EventTarget = event.target;
        const buttons = buttonsIn(own.current);
        if (!(focused instanceof HTMLButtonElement) || !buttons.includes(focused)) return;
        buttons.forEach((button) => (button.tabIndex = button === focused ? 0 : -1));
      }}
    >
      {children}
    </div>
  );
}

/** Moves focus to the toolbar's current button (the one Tab would reach). */
export function focusToolbar(toolbar: HTMLElement | null): void {
  const buttons = buttonsIn(toolbar);
  (buttons.find((button) => button.tabIndex === 0) ?? buttons[0])?.focus();
}

function buttonsIn(toolbar: HTMLElement | null): HTMLButtonElement[] {
  return toolbar ? [...toolbar.querySelectorAll<HTMLButtonElement>(BUTTONS)] : [];
}
