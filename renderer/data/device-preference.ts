/**
 * Small choices a person makes about how this device shows things (the minutes' help box
 * folded away), kept in localStorage. They belong to the device, not the workspace: another
 * laptop in the room keeps its own. A browser with storage off, or a full disk, only means
 * the choice is forgotten at the next start; it never stops the screen.
 */
const PREFIX = 'quorum:prefer:';

export function readDeviceFlag(
  name: string,
  fallback: boolean,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    const raw = storage?.getItem(PREFIX + name);
    if (raw === 'true') return true;
    if (raw === 'false') return false;
  } catch {
    // Storage is off (a locked-down profile): the default stands.
  }
  return fallback;
}

export function writeDeviceFlag(
  name: string,
  value: boolean,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(PREFIX + name, String(value));
  } catch {
    // Full or off: the choice holds for this session only, which is all that matters now.
  }
}
