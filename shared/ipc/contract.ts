import { z } from 'zod';
import type { Result } from './result';

/** Largest file the renderer may hand to main or read back: exports are a few MB at most. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

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
} as const;

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

/** What each channel answers. */
export interface IpcResponses {
  'app:info': AppInfo;
  'file:save': SavedFile;
  'file:open': OpenedFile;
  /** The PDF's bytes. */
  'export:pdf': Uint8Array;
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
}

/** Handlers in electron/ipc are written `satisfies` this: one per channel, already validated. */
export type IpcHandlers = {
  [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>>;
};
