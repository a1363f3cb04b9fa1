import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { fail, ipcRequestSchemas, parseIpcRequest } from '../../shared/ipc';
import type { IpcChannel, IpcHandlers, IpcResponse } from '../../shared/ipc';
import { APP_HOST, APP_SCHEME } from '../protocol';

/**
 * Only our window's top frame, showing app://quorum, may call IPC. Checking the window alone
 * is not enough: an iframe or a page navigated elsewhere shares the window's WebContents.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  if (BrowserWindow.fromWebContents(event.sender) !== window) return false;
  const frame = event.senderFrame;
  // Compared by frame-tree node, not object identity, which Electron does not promise.
  const isMainFrame = frame?.frameTreeNodeId === event.sender.mainFrame.frameTreeNodeId;
  if (!frame || !isMainFrame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

async function dispatch<C extends IpcChannel>(
  channel: C,
  handler: IpcHandlers[C],
  payload: unknown,
): Promise<IpcResponse<C>> {
  const parsed = parseIpcRequest(channel, payload);
  if (!parsed.ok) return parsed;
  try {
    return await handler(parsed.value);
  } catch (error) {
    // Handlers return their own failures; reaching here is a bug, so keep the whole error.
    console.error(`IPC handler for ${channel} threw:`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return fail('internal', `Something went wrong in Quorum (${channel}): ${detail}`);
  }
}

/**
 * Registers one ipcMain.handle per channel in the contract. Returns a function that removes
 * them again (tests, and a clean shutdown).
 */
export function registerIpcHandlers(
  handlers: IpcHandlers,
  getWindow: () => BrowserWindow | null,
): () => void {
  const channels = Object.keys(ipcRequestSchemas) as IpcChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event, getWindow())) {
        return fail(
          'forbidden-sender',
          `Refused a request to ${channel} from outside Quorum's window.`,
        );
      }
      return dispatch(channel, handlers[channel], payload);
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
