import type { LocalStart } from './local-start';

/**
 * Start-up's reads begin as this module is evaluated. main.tsx imports it first, and modules
 * run in import order, so IndexedDB (which answers from another process) is already reading
 * while React renders the first screen, rather than after it. Dexie comes by a dynamic import:
 * the first screen itself (first-screen.ts) needs neither it nor IndexedDB, so its code is
 * not among what has to load before the first render.
 */
const readLocalStart = () => import('./local-start').then((m) => m.readLocalStart());

let early: Promise<LocalStart> | null = readLocalStart();
// Reported where it is awaited (WorkspaceProvider), not as unhandled before that.
early.catch(() => undefined);

/**
 * The reads begun at start-up, the first time; fresh ones after that (React's StrictMode
 * mounts the provider twice in development, and each mount closes what it opened).
 */
export function takeLocalStart(): Promise<LocalStart> {
  const taken = early ?? readLocalStart();
  early = null;
  return taken;
}
