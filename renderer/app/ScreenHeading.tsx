import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's h1. It takes focus when the screen opens, so a screen-reader or keyboard user
 * lands on the new screen's title after choosing a section, not back at the top of the page.
 */
export function ScreenHeading({ id, children }: { id?: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only after navigation: on first load focus stays where the browser puts it.
    if (document.activeElement && document.activeElement !== document.body) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
