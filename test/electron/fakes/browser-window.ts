import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions, HandlerDetails, Rectangle } from 'electron';
import { vi } from 'vitest';

/** An Electron event: records preventDefault, carries whatever details the event has. */
export class FakeEvent<T extends object = object> {
  defaultPrevented = false;
  readonly preventDefault = vi.fn(() => {
    this.defaultPrevented = true;
  });
  constructor(details?: T) {
    Object.assign(this, details);
  }
}

let nextFrameTreeNodeId = 1;

/** A WebFrameMain: a URL, a parent (null for the top frame) and a frame-tree node id. */
export class FakeWebFrame {
  readonly frameTreeNodeId = nextFrameTreeNodeId++;
  constructor(
    public url: string,
    readonly parent: FakeWebFrame | null = null,
  ) {}
  get top(): FakeWebFrame {
    return this.parent ? this.parent.top : this;
  }
}

type WindowOpenHandler = (details: HandlerDetails) => { action: 'allow' | 'deny' };
let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame = new FakeWebFrame('about:blank');
  windowOpenHandler: WindowOpenHandler | null = null;
  destroyed = false;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Messages main sent to the page, in order: [channel, payload]. */
  readonly sent: [string, unknown][] = [];
  readonly send = vi.fn((channel: string, payload?: unknown) => {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push([channel, payload]);
  });

  /** What Electron does when the page tries to navigate its main frame to `url`. */
  navigate(url: string): FakeEvent {
    const event = new FakeEvent({ url, isSameDocument: false, isMainFrame: true });
    this.emit('will-navigate', event, url);
    return event;
  }

  redirect(url: string): FakeEvent {
    const event = new FakeEvent({ url, isSameDocument: false, isMainFrame: true });
    this.emit('will-redirect', event, url);
    return event;
  }

  /** What Electron does on window.open / target=_blank: ask the handler (default: allow). */
  openWindow(url: string): 'allow' | 'deny' {
    const details = {
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'default' },
      postBody: undefined,
    };
    return this.windowOpenHandler?.(details as unknown as HandlerDetails).action ?? 'allow';
  }
}

/** The subset of BrowserWindow Quorum uses, with state a test can inspect. */
export class FakeBrowserWindow extends EventEmitter {
  static windows: FakeBrowserWindow[] = [];
  /** Emits app's web-contents-created, as Electron does; wired up by the fake module. */
  static onWebContentsCreated: (contents: FakeWebContents) => void = () => {};

  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.windows.find((window) => window.webContents === contents) ?? null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.windows.filter((window) => !window.destroyed);
  }

  readonly webContents = new FakeWebContents();
  bounds: Rectangle;
  maximised = false;
  minimised = false;
  visible = false;
  destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    this.bounds = {
      x: options.x ?? 100,
      y: options.y ?? 100,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.visible = options.show ?? true;
    FakeBrowserWindow.windows.push(this);
    FakeBrowserWindow.onWebContentsCreated(this.webContents);
  }

  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url;
  });
  readonly loadFile = vi.fn(async (file: string) => {
    this.webContents.mainFrame.url = pathToFileURL(file).href;
  });
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimised = false;
  });
  readonly minimize = vi.fn(() => {
    this.minimised = true;
  });
  readonly maximize = vi.fn(() => {
    this.maximised = true;
    this.visible = true;
  });
  isMinimized = (): boolean => this.minimised;
  isMaximized = (): boolean => this.maximised;
  isVisible = (): boolean => this.visible;
  isDestroyed = (): boolean => this.destroyed;
  getBounds = (): Rectangle => ({ ...this.bounds });
  getNormalBounds = (): Rectangle => ({ ...this.bounds });

  setBounds(bounds: Partial<Rectangle>): void {
    const moved = bounds.x !== undefined || bounds.y !== undefined;
    const resized = bounds.width !== undefined || bounds.height !== undefined;
    this.bounds = { ...this.bounds, ...bounds };
    if (moved) this.emit('move');
    if (resized) this.emit('resize');
  }

  close(): void {
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}
