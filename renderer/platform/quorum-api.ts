import type { QuorumApi } from '../../shared/ipc';
import { createBrowserAdapter } from './browser-adapter';

declare global {
  interface Window {
    /** Set by electron/preload.ts; absent when the renderer runs as a plain web page. */
    quorum?: QuorumApi;
  }
}

/** The platform bridge: the preload's object in Electron, the browser adapter elsewhere. */
export const quorumApi: QuorumApi = window.quorum ?? createBrowserAdapter();
