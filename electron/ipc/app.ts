import { app } from 'electron';
import { ok } from '../../shared/ipc';
import type { IpcHandlers } from '../../shared/ipc';

export const appHandlers = {
  'app:info': async () =>
    ok({ name: app.getName(), version: app.getVersion(), platform: process.platform }),
} satisfies Pick<IpcHandlers, 'app:info'>;
