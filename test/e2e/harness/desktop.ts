import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';

/** The preload as `npm run build` bundles it for Electron. */
const PRELOAD_BUNDLE = 'dist-electron/preload.cjs';

/** Answers one IPC call as Electron's main process would: the channel, then the payload. */
export type MainProcessInvoke = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * Makes a Chromium profile a desktop device: the built preload runs in each page before the
 * app, as Electron runs it, and its `ipcRenderer.invoke` crosses into this test process,
 * where `invoke` hands the call to the real main-process handlers. So the renderer takes its
 * Electron path (window.quorum, not the browser adapter) through the real preload and the
 * real handlers; only Electron itself (the window, the app:// protocol) is not here.
 */
export async function runPreloadInPages(
  context: BrowserContext,
  invoke: MainProcessInvoke,
): Promise<void> {
  await context.exposeBinding('__quorumIpcInvoke', (_source, channel: string, payload: unknown) =>
    invoke(channel, payload),
  );
  const preload = readFileSync(PRELOAD_BUNDLE, 'utf8');
  // Injected as source, not eval'd: the page's CSP allows no eval, and init scripts bypass it.
  await context.addInitScript({
    content: `((require) => {
      ${preload}
    })((name) => {
      if (name !== 'electron') {
        throw new Error('The sandboxed preload can only require electron, not ' + name);
      }
      return {
        contextBridge: {
          exposeInMainWorld: (key, api) =>
            Object.defineProperty(window, key, { value: Object.freeze(api) }),
        },
        ipcRenderer: {
          invoke: (channel, payload) => window.__quorumIpcInvoke(channel, payload),
          // Main's unasked messages (a last backup on quit) never come: there is no quit here.
          on: () => {},
          removeListener: () => {},
        },
      };
    });`,
  });
}
