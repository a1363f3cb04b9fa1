/**
 * The preload: the only code that can reach both the page and Electron.
 *
 * Review notice (electronegativity PRELOAD_JS_CHECK): this script exposes exactly one object,
 * `window.quorum`, through contextBridge. Each of its methods sends one fixed channel
 * named in shared/ipc/contract.ts; the page cannot choose a channel, cannot reach
 * ipcRenderer, Node or Electron, and cannot receive events it did not ask for. Main treats
 * every call as untrusted anyway: it checks the sender is our window's top frame on
 * app://quorum and parses the payload with the channel's zod schema before any handler runs.
 * The window is sandboxed with context isolation, so this script runs with Electron's
 * sandboxed preload API, not full Node.
 *
 * Imports from shared/ipc are type-only, so no zod (or any other code) lands in this bundle.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcChannel, IpcRequest, IpcResponse, QuorumApi } from '../shared/ipc';

/** Not exposed: the channel is a literal checked against the contract at each call site. */
function invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, request);
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
} satisfies QuorumApi;

contextBridge.exposeInMainWorld('quorum', quorum);
