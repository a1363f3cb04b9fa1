import type { IpcHandlers } from '../../shared/ipc';
import { appHandlers } from './app';
import { fileHandlers } from './files';

/** Everything the renderer may call, in one place: a channel missing here fails to compile. */
export const allHandlers = {
  ...appHandlers,
  ...fileHandlers,
} satisfies IpcHandlers;

export { registerIpcHandlers } from './register';
