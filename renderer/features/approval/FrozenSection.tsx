import type { ReactNode } from 'react';
import { FrozenContext } from './frozen-context';

/**
 * A meeting tab, read-only when frozen: a disabled fieldset disables every form control and
 * button inside it at once (links still work), and FrozenContext stops the minutes editor.
 * The notice above the tabs (FrozenNotice, #frozen-notice) says why.
 */
export function FrozenSection({ frozen, children }: { frozen: boolean; children: ReactNode }) {
  if (!frozen) return children;
  return (
    <FrozenContext.Provider value={true}>
      <fieldset disabled className="frozen-section" aria-describedby="frozen-notice">
        {children}
      </fieldset>
    </FrozenContext.Provider>
  );
}
