import { z } from 'zod';
import { parseSyncServerAddress } from '../sync/server-address';
import { mailtoProblem } from '../mail/mailto';
import { MAX_REMINDER_BODY, MAX_REMINDER_TITLE } from '../model/action-reminders';
import type { JoinedWorkspace } from '../sync/join-workspace';
import type { Result } from './result';
import { backupRequestSchemas, type BackupResponses } from './backup-contract';
import { MAX_FILE_BYTES } from './limits';

export type { JoinedWorkspace } from '../sync/join-workspace';
export * from './backup-contract';
export { MAX_FILE_BYTES } from './limits';

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});

/**
 * A file name, not a path: the user picks the folder in the native dialog. Rejecting
 * separators stops a compromised renderer from steering where the dialog opens.
 */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/]/.test(name) && name !== '.' && name !== '..', {
    message: 'must be a file name, not a path',
  });

const LOWERCASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A sync server address as typed; see shared/sync/server-address.ts for what is allowed. */
const syncServerAddress = z.string().superRefine((value, context) => {
  const parsed = parseSyncServerAddress(value);
  if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.problem });
});

/** An action's id as the renderer names it to main and back: no path, markup or spaces. */
const actionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'must be an action id' });

/** One zod schema per request: main parses every payload with it before use. */
export const ipcRequestSchemas = {
  'app:info': z.undefined(),
  'file:save': z.strictObject({
    suggestedName: fileName,
    data: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'must be bytes' })
      .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
        message: `must be at most ${MAX_FILE_BYTES} bytes`,
      }),
    filters: z.array(fileFilter).max(10),
  }),
  'file:open': z.strictObject({
    title: z.string().min(1).max(200),
    filters: z.array(fileFilter).max(10),
  }),
  'export:pdf': z.strictObject({
    docx: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'must be bytes' })
      .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
        message: `must be at most ${MAX_FILE_BYTES} bytes`,
      }),
  }),
  'sync:host-start': z.strictObject({
    // The spelling the sync server accepts in document names (shared/sync/document-names.ts).
    workspaceId: z.string().regex(LOWERCASE_UUID, { message: 'must be a lowercase UUID' }),
  }),
  'sync:host-stop': z.undefined(),
  'sync:host-status': z.undefined(),
  'sync:use-server': z.strictObject({ url: syncServerAddress }),
  'sync:join': z.strictObject({
    url: syncServerAddress,
    // The server reads the code however it is typed; only its size is limited here.
    inviteCode: z.string().trim().min(1, { message: 'enter the invite code' }).max(100),
  }),
  'reminder:show': z.strictObject({
    /** What a click opens: this action in the register, or (null) the register itself. */
    actionId: actionId.nullable(),
    title: z.string().trim().min(1).max(MAX_REMINDER_TITLE),
    body: z.string().max(MAX_REMINDER_BODY),
  }),
  'mail:compose': z.strictObject({
    // Main opens it with shell.openExternal: only a checked mailto: link, never another URL.
    url: z.string().superRefine((value, context) => {
      const problem = mailtoProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  }),
  ...backupRequestSchemas,
} as const;

/**
 * Events main sends to the window, unasked: the preload passes on only these channels, and
 * the renderer parses each payload with its schema before acting on it.
 */
export const ipcEventSchemas = {
  /** A reminder was clicked: show this action in the register (null: the whole register). */
  'reminder:open-action': z.strictObject({ actionId: actionId.nullable() }),
} as const;

export type IpcEventChannel = keyof typeof ipcEventSchemas;
export type IpcEvent<C extends IpcEventChannel> = z.infer<(typeof ipcEventSchemas)[C]>;

export type IpcChannel = keyof typeof ipcRequestSchemas;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcRequestSchemas)[C]>;

export interface AppInfo {
  name: string;
  version: string;
  /** `process.platform` in Electron; `'web'` when the renderer runs as a plain page. */
  platform: string;
}

export interface SavedFile {
  /** Where it went: a path in Electron, the download's file name in a browser. */
  location: string;
}

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

/** A workspace this device is hosting on the local network ("Host on this network"). */
export interface HostDetails {
  port: number;
  /** ws://<LAN IPv4>:<port> for each network interface, then ws://127.0.0.1:<port> last. */
  urls: string[];
  /** ws://127.0.0.1:<port>: what this device's own renderer connects to. */
  localUrl: string;
  /** The workspace's invite code on this host, to show to the people joining. */
  inviteCode: string;
  workspaceId: string;
}

export type HostStatus = { hosting: false } | ({ hosting: true } & HostDetails);

/** What each channel answers. */
export interface IpcResponses extends BackupResponses {
  'app:info': AppInfo;
  'file:save': SavedFile;
  'file:open': OpenedFile;
  /** The PDF's bytes. */
  'export:pdf': Uint8Array;
  'sync:host-start': HostDetails;
  'sync:host-stop': { stopped: true };
  'sync:host-status': HostStatus;
  /** The normalised ws:// or wss:// address for the providers. */
  'sync:use-server': { url: string };
  'sync:join': JoinedWorkspace;
  'reminder:show': { shown: true };
  'mail:compose': { opened: true };
}

export type IpcResponse<C extends IpcChannel> = Result<IpcResponses[C]>;

/**
 * The one object the renderer may call: `window.quorum` in Electron (the preload), the browser
 * adapter elsewhere. Both are written with `satisfies QuorumApi`, so neither can drift.
 */
export interface QuorumApi {
  getAppInfo(): Promise<IpcResponse<'app:info'>>;
  /** Saves bytes where the user chooses; `cancelled` if they close the dialog. */
  saveFile(request: IpcRequest<'file:save'>): Promise<IpcResponse<'file:save'>>;
  /** Reads one file the user picks; `cancelled` if they close the dialog. */
  openFile(request: IpcRequest<'file:open'>): Promise<IpcResponse<'file:open'>>;
  /**
   * The same document as PDF, converted by LibreOffice on this computer; 'unavailable' where
   * LibreOffice is not installed (and always in a browser).
   */
  convertToPdf(request: IpcRequest<'export:pdf'>): Promise<IpcResponse<'export:pdf'>>;
  /**
   * Starts (or, if already running, returns) the sync server inside the desktop app, with
   * this workspace's invite code; 'unavailable' in a browser or if it cannot start.
   */
  startHosting(request: IpcRequest<'sync:host-start'>): Promise<IpcResponse<'sync:host-start'>>;
  /** Stops hosting, after writing every document to disk. */
  stopHosting(): Promise<IpcResponse<'sync:host-stop'>>;
  getHostingStatus(): Promise<IpcResponse<'sync:host-status'>>;
  /**
   * Asks the server at `url` which workspace `inviteCode` opens: 'unknown-code' if none,
   * 'too-many-attempts' after too many wrong codes from this device, 'unreachable' if the server cannot be reached (or is not a Quorum sync server). In the
   * desktop app the server is then allowed in the renderer's CSP (reload to connect).
   */
  joinSyncServer(request: IpcRequest<'sync:join'>): Promise<IpcResponse<'sync:join'>>;
  /**
   * Lets this workspace sync through a server the person typed (Settings → Sync, "Start
   * syncing"): checks the address, allows it in the desktop app's CSP, returns its ws(s) URL.
   */
  useSyncServer(request: IpcRequest<'sync:use-server'>): Promise<IpcResponse<'sync:use-server'>>;
  /**
   * Shows a system notification for an action reminder; clicking it brings the window forward
   * and sends 'reminder:open-action'. 'unavailable' in a browser, or where the system has no
   * notifications.
   */
  showReminder(request: IpcRequest<'reminder:show'>): Promise<IpcResponse<'reminder:show'>>;
  /** Opens a checked mailto: link in the person's own mail client. */
  composeEmail(request: IpcRequest<'mail:compose'>): Promise<IpcResponse<'mail:compose'>>;
  /**
   * Calls `listener` each time a reminder is clicked, with the payload as main sent it (parse
   * it with ipcEventSchemas before use). Returns the function that stops listening.
   */
  onReminderClicked(listener: (event: unknown) => void): () => void;
  /**
   * Hands main a snapshot of the workspace (a `.quorum` file) to keep as a backup in the user
   * data folder; 'unavailable' in a browser. See electron/backups.
   */
  writeBackup(request: IpcRequest<'backup:write'>): Promise<IpcResponse<'backup:write'>>;
  listBackups(request: IpcRequest<'backup:list'>): Promise<IpcResponse<'backup:list'>>;
  readBackup(request: IpcRequest<'backup:read'>): Promise<IpcResponse<'backup:read'>>;
  /**
   * Calls `listener` when the app is quitting and main wants a last snapshot (answer with
   * writeBackup, reason 'quit'). Returns a function that stops listening. Never called in a
   * browser.
   */
  onFinalBackupRequest(listener: () => void): () => void;
}

/** Handlers in electron/ipc are written `satisfies` this: one per channel, already validated. */
export type IpcHandlers = {
  [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>>;
};
