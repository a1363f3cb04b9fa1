import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CustomScheme, Display, MenuItemConstructorOptions } from 'electron';
import { vi } from 'vitest';
import * as windows from './browser-window';

/**
 * A fake of the parts of Electron Quorum uses, faithful where behaviour matters: handlers are
 * stored and can be driven, registering twice throws, permissions are granted unless a
 * handler says otherwise (Electron's default), privileged schemes must come before `ready`.
 */
type Handler = (...args: never[]) => unknown;

function createElectronFake() {
  const { FakeBrowserWindow, FakeEvent } = windows;
  class FakeApp extends EventEmitter {
    ready = false;
    isPackaged = false;
    paths = new Map<string, string>();
    readonly getName = vi.fn(() => 'Quorum');
    readonly getVersion = vi.fn(() => '0.1.0');
    readonly getPath = vi.fn((name: string) => {
      if (name === 'userData' && !this.paths.has(name)) {
        this.paths.set(name, mkdtempSync(path.join(tmpdir(), 'quorum-userdata-')));
      }
      const found = this.paths.get(name);
      if (found === undefined) throw new Error(`Failed to get '${name}' path`);
      return found;
    });
    readonly requestSingleInstanceLock = vi.fn(() => true);
    readonly quit = vi.fn();
    readonly exit = vi.fn();
    readonly enableSandbox = vi.fn();
    readonly commandLine = { appendSwitch: vi.fn() };
    readonly setAboutPanelOptions = vi.fn();
    readonly setAppUserModelId = vi.fn();
    readonly whenReady = vi.fn(async () => {
      this.ready = true;
    });
    readonly isReady = vi.fn(() => this.ready);
  }

  const app = new FakeApp();
  FakeBrowserWindow.onWebContentsCreated = (contents) =>
    app.emit('web-contents-created', new FakeEvent(), contents);

  const ipcHandlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (ipcHandlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      ipcHandlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
  };

  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const privilegedSchemes: CustomScheme[] = [];
  const protocol = {
    registerSchemesAsPrivileged: vi.fn((schemes: CustomScheme[]) => {
      if (app.ready) throw new Error('registerSchemesAsPrivileged must be called before ready');
      privilegedSchemes.push(...schemes);
    }),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
      if (protocolHandlers.has(scheme)) throw new Error(`Scheme ${scheme} is already handled`);
      protocolHandlers.set(scheme, handler);
    }),
    unhandle: vi.fn((scheme: string) => protocolHandlers.delete(scheme)),
    isProtocolHandled: vi.fn((scheme: string) => protocolHandlers.has(scheme)),
  };

  const permissions: { request: Handler | null; check: Handler | null } = {
    request: null,
    check: null,
  };
  const defaultSession = {
    protocol,
    setPermissionRequestHandler: vi.fn((handler: Handler | null) => {
      permissions.request = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: Handler | null) => {
      permissions.check = handler;
    }),
  };

  class FakeMenu {
    constructor(readonly template: MenuItemConstructorOptions[]) {}
  }
  let applicationMenu: FakeMenu | null = null;

  const display = (id: number, x: number, width: number, height: number): Display =>
    ({
      id,
      bounds: { x, y: 0, width, height },
      workArea: { x, y: 0, width, height: height - 40 },
      scaleFactor: 1,
    }) as Display;

  const exposedInMainWorld = new Map<string, unknown>();
  /** ipcRenderer.on listeners, by channel, as the preload registered them. */
  const rendererListeners = new Map<string, Set<Handler>>();

  /**
   * A system notification: shown once show() is called, clicked or closed by the test as the
   * person would. Electron's isSupported() is true on the desktops Quorum runs on.
   */
  class FakeNotification extends EventEmitter {
    static readonly shown: FakeNotification[] = [];
    static readonly isSupported = vi.fn(() => true);
    readonly title: string;
    readonly body: string;
    constructor(options: { title?: string; body?: string } = {}) {
      super();
      this.title = options.title ?? '';
      this.body = options.body ?? '';
    }
    readonly show = vi.fn(() => {
      FakeNotification.shown.push(this);
    });
    /** The person clicks it: Electron emits click, and the notification goes. */
    click(): void {
      this.emit('click', new FakeEvent());
      this.emit('close', new FakeEvent());
    }
  }

  const electronFake = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Notification: FakeNotification,
    ipcMain,
    protocol,
    session: { defaultSession },
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
        canceled: true,
        filePaths: [] as string[],
      })),
      showErrorBox: vi.fn(),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => new FakeMenu(template)),
      setApplicationMenu: vi.fn((menu: FakeMenu | null) => {
        applicationMenu = menu;
      }),
      getApplicationMenu: vi.fn(() => applicationMenu),
    },
    screen: {
      getAllDisplays: vi.fn(() => [display(1, 0, 1920, 1080)]),
      getPrimaryDisplay: vi.fn(() => display(1, 0, 1920, 1080)),
    },
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, api: unknown) => {
        if (exposedInMainWorld.has(key)) throw new Error(`Cannot bind an API on top of '${key}'`);
        exposedInMainWorld.set(key, api);
      }),
    },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, ..._args: unknown[]): Promise<unknown> => {
        throw new Error(`Error invoking remote method '${channel}': No handler registered`);
      }),
      on: vi.fn((channel: string, listener: Handler) => {
        const listeners = rendererListeners.get(channel) ?? new Set<Handler>();
        listeners.add(listener);
        rendererListeners.set(channel, listeners);
      }),
      removeListener: vi.fn((channel: string, listener: Handler) => {
        rendererListeners.get(channel)?.delete(listener);
      }),
    },
    net: { fetch: vi.fn((input: string | Request, init?: RequestInit) => fetch(input, init)) },
  };

  /** Helpers that drive the fake the way Electron would. Not part of Electron's API. */
  const fake = {
    ...electronFake,
    display,
    privilegedSchemes,
    exposedInMainWorld,
    menu: () => applicationMenu,
    /** Notifications shown since the last reset, oldest first. */
    notifications: FakeNotification.shown,
    /** Delivers a main→renderer message to the preload's listeners, as webContents.send does. */
    sendToRenderer(channel: string, payload?: unknown): void {
      for (const listener of rendererListeners.get(channel) ?? []) {
        (listener as (event: object, payload: unknown) => void)({ sender: null }, payload);
      }
    },
    /** Calls the ipcMain.handle handler for `channel` as an invoke from `event` would. */
    invoke(channel: string, event: object, payload?: unknown): Promise<unknown> {
      const handler = ipcHandlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return Promise.resolve((handler as (e: object, p: unknown) => unknown)(event, payload));
    },
    /** Fetches through the handler registered with protocol.handle for the URL's scheme. */
    async fetch(url: string, init?: RequestInit): Promise<Response> {
      const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error(`ERR_UNKNOWN_URL_SCHEME: ${url}`);
      return handler(new Request(url, init));
    },
    /** Asks for a permission as a page would; Electron grants it when no handler is set. */
    requestPermission(contents: FakeWebContents, permission: string): Promise<boolean> {
      const handler = permissions.request as ((...args: unknown[]) => void) | null;
      if (!handler) return Promise.resolve(true);
      return new Promise((resolve) => handler(contents, permission, resolve, {}));
    },
    checkPermission(contents: FakeWebContents, permission: string): boolean {
      const handler = permissions.check as ((...args: unknown[]) => boolean) | null;
      return handler ? handler(contents, permission, 'app://quorum', {}) : true;
    },
    /** Back to a freshly started Electron: no windows, handlers, menu or exposed keys. */
    reset(): void {
      app.removeAllListeners();
      app.ready = false;
      app.isPackaged = false;
      app.paths.clear();
      FakeBrowserWindow.windows.length = 0;
      ipcHandlers.clear();
      protocolHandlers.clear();
      privilegedSchemes.length = 0;
      permissions.request = null;
      permissions.check = null;
      applicationMenu = null;
      exposedInMainWorld.clear();
      rendererListeners.clear();
      FakeNotification.shown.length = 0;
      FakeNotification.isSupported.mockImplementation(() => true);
    },
  };
  return { electronFake, fake, FakeNotification, ...windows };
}

/**
 * One fake per test file, however often modules are re-imported: vi.resetModules() (used to
 * re-run main.ts and preload.ts) re-evaluates this module, and a second fake would split the
 * state between what the code under test sees and what the test inspects.
 */
const store = globalThis as { [key: symbol]: ReturnType<typeof createElectronFake> | undefined };
const key = Symbol.for('quorum.test.electronFake');
const instance = (store[key] ??= createElectronFake());

export const {
  electronFake,
  fake,
  FakeBrowserWindow,
  FakeEvent,
  FakeNotification,
  FakeWebContents,
  FakeWebFrame,
} = instance;
export type FakeBrowserWindow = windows.FakeBrowserWindow;
export type FakeWebContents = windows.FakeWebContents;
export type FakeWebFrame = windows.FakeWebFrame;
