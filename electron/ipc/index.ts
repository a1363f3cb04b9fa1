import type { IpcHandlers } from '../../shared/ipc';
import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { fileHandlers } from './files';
import { mailHandlers } from './mail';
import { notificationHandlers } from './notifications';
import { pdfHandlers } from './pdf';
import { syncHandlers } from './sync';

/** Everything the renderer may call, in one place: a channel missing here fails to compile. */
export const allHandlers = {
  ...appHandlers,
  ...backupHandlers,
  ...fileHandlers,
  ...pdfHandlers,
  ...syncHandlers,
  ...notificationHandlers,
  ...mailHandlers,
} satisfies IpcHandlers;

export { registerIpcHandlers } from './register';
