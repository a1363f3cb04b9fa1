import { useCallback, useState } from 'react';
import { readDeviceFlag, writeDeviceFlag } from './device-preference';

/** A yes/no choice kept on this device (device-preference.ts), as React state. */
export function useDeviceFlag(
  name: string,
  fallback: boolean,
): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => readDeviceFlag(name, fallback));
  const change = useCallback(
    (next: boolean) => {
      setValue(next);
      writeDeviceFlag(name, next);
    },
    [name],
  );
  return [value, change];
}
