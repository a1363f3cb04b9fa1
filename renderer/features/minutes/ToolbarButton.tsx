import type { ReactNode } from 'react';

interface ToolbarButtonProps {
  /** Toggle buttons say whether they are on; command buttons leave this out. */
  pressed?: boolean;
  title: string;
  keyShortcuts?: string;
  className?: string;
  onPress: () => void;
  children: ReactNode;
}

/**
 * A toolbar button that does not take the editor's focus or selection on mouse down, so
 * "Bold" applies to the words the minute-taker selected rather than to nothing.
 */
export function ToolbarButton({
  pressed,
  title,
  keyShortcuts,
  className,
  onPress,
  children,
}: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={['toolbar-button', className].filter(Boolean).join(' ')}
      aria-pressed={pressed}
      aria-keyshortcuts={keyShortcuts}
      title={title}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}
