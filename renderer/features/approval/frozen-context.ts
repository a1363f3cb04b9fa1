import { createContext, useContext } from 'react';

/**
 * True inside a meeting whose minutes are approved: its record is read-only on every device.
 * MeetingScreen provides it; the minutes editor (which a disabled fieldset cannot reach, being
 * contenteditable) reads it to stop taking keystrokes.
 */
export const FrozenContext = createContext(false);

export function useFrozen(): boolean {
  return useContext(FrozenContext);
}
