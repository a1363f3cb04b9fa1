/**
 * The preload: the only code that can reach both the page and Electron.
 *
 * Review notice (electronegativity PRELOAD_JS_CHECK): this script exposes exactly one object,
 * `window.quorum`, through contextBridge. Each of its methods sends one fixed channel
 * named in shared/ipc/contract.ts; the page cannot choose a channel, cannot reach
 * ipcRenderer, Node or Electron, and cannot receive events it did not ask for: the events
 * it may subscribe to ('reminder:open-action', and main's request for a last backup on quit)
 * reach it without Electron's event object (which carries the sender), as a fresh copy of
 * the checked payload or as a call with no arguments. Main treats
 * every call as untrusted anyway: it checks the sender is our window's top frame on
 * app://quorum and parses the payload with the channel's zod schema before any handler runs.
 * The window is sandboxed with context isolation, so this script runs with Electron's
 * sandboxed preload API, not full Node.
 *
 * Imports from shared/ipc are type-only, so no zod (or any other code) lands in this bundle.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  FINAL_BACKUP_REQUEST,
  IpcChannel,
  IpcEvent,
  IpcEventChannel,
  IpcRequest,
  IpcResponse,
  QuorumApi,
} from '../shared/ipc';

/** The one message main sends unasked; a literal here, checked against the contract's. */
const finalBackupRequest: typeof FINAL_BACKUP_REQUEST = 'backup:final-snapshot-request';

/** Not exposed: the channel is a literal checked against the contract at each call site. */
function invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, request);
}

/**
 * The event's payload, rebuilt from checked fields only: no zod here (see above), so the
 * shape is checked by hand, and the renderer parses it again with ipcEventSchemas.
 */
function openActionPayload(payload: unknown): IpcEvent<'reminder:open-action'> | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { actionId } = payload as { actionId?: unknown };
  if (actionId === null) return { actionId: null };
  return typeof actionId === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(actionId)
    ? { actionId }
    : null;
}

/** Not exposed: subscribes to one fixed event channel; returns the unsubscribe function. */
function subscribe<C extends IpcEventChannel>(
  channel: C,
  check: (payload: unknown) => IpcEvent<C> | null,
  listener: (event: IpcEvent<C>) => void,
): () => void {
  const relay = (_event: IpcRendererEvent, payload: unknown) => {
    const checked = check(payload);
    if (checked) listener(checked);
  };
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

const quorum = {
  getAppInfo: () => invoke('app:info', undefined),
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  convertToPdf: (request) => invoke('export:pdf', request),
  startHosting: (request) => invoke('sync:host-start', request),
  stopHosting: () => invoke('sync:host-stop', undefined),
  getHostingStatus: () => invoke('sync:host-status', undefined),
  joinSyncServer: (request) => invoke('sync:join', request),
  useSyncServer: (request) => invoke('sync:use-server', request),
  showReminder: (request) => invoke('reminder:show', request),
  composeEmail: (request) => invoke('mail:compose', request),
  onReminderClicked: (listener) => subscribe('reminder:open-action', openActionPayload, listener),
  writeBackup: (request) => invoke('backup:write', request),
  listBackups: (request) => invoke('backup:list', request),
  readBackup: (request) => invoke('backup:read', request),
  // The page gets a bare call: never Electron's event, which would reach ipcRenderer.
  onFinalBackupRequest: (listener) => {
    const call = () => listener();
    ipcRenderer.on(finalBackupRequest, call);
    return () => void ipcRenderer.removeListener(finalBackupRequest, call);
  },
} satisfies QuorumApi;

contextBridge.exposeInMainWorld('quorum', quorum);
