import { useCallback, useState } from 'react';

/**
 * Text for a polite live region. Saying the same thing twice in a row ("Apologies moved to
 * position 2 of 9" after an undo) would not be read again, so a repeat alternates a trailing
 * no-break space to make it a change.
 */
export function useAnnouncer(): { message: string; announce: (text: string) => void } {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage((previous) => (previous === text ? `${text}\u00a0` : text));
  }, []);
  return { message, announce };
}
