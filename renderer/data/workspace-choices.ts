import type { KnownWorkspace } from './known-workspaces';

/** A workspace Settings lists, and whether it is the one open now. */
export interface WorkspaceChoice extends KnownWorkspace {
  isOpen: boolean;
}

/**
 * The workspaces on this computer as Settings lists them: the open one first, under its name
 * as the group profile says it now (the stored list may hold an older name, or not hold it at
 * all on the first run), then the others in the order they were first kept.
 */
export function workspaceChoices(
  known: readonly KnownWorkspace[],
  open: KnownWorkspace,
): WorkspaceChoice[] {
  return [
    { ...open, isOpen: true },
    ...known.filter((w) => w.id !== open.id).map((w) => ({ ...w, isOpen: false })),
  ];
}
