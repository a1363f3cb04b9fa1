import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc';
import { quorumApi } from '../platform/quorum-api';

export type AppInfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed'; message: string };

export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void quorumApi.getAppInfo().then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { status: 'ready', info: result.value }
          : { status: 'failed', message: result.message },
      );
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
