/** True in the desktop app, where the preload has set `window.quorum` (quorum-api.ts). */
export function isDesktopApp(): boolean {
  return window.quorum !== undefined;
}
