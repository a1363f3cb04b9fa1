import { errorText, IDLE, type Progress } from './progress';

/**
 * The last meeting deleted on this device, kept so that Undo works for as long as the app
 * stays open: the meeting screen deletes, the Meetings list (where the person lands) offers
 * Undo. Plain data and a closure, no Yjs: the Meetings list is on the start-up path
 * (docs/architecture.md), so this file must not pull in the model.
 */
export interface DeletionNotice {
  progress: Progress;
  /** Undo is still possible: the meeting has not been restored yet. */
  canUndo: boolean;
  /** Changes with each deletion, so a screen can tell a new notice from one it has shown. */
  serial: number;
}

export interface DeletionMemory {
  /** After a deletion: `label` names the meeting ("Steering Group, 9 October 2023"). */
  remember(label: string, restore: () => void): void;
  undo(): void;
  dismiss(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): DeletionNotice;
}

export function createDeletionMemory(): DeletionMemory {
  let notice: DeletionNotice = { progress: IDLE, canUndo: false, serial: 0 };
  let pending: { label: string; restore: () => void } | null = null;
  const listeners = new Set<() => void>();
  const set = (next: Omit<DeletionNotice, 'serial'>, serial = notice.serial) => {
    notice = { ...next, serial };
    listeners.forEach((listener) => listener());
  };
  return {
    remember(label, restore) {
      pending = { label, restore };
      set(
        { progress: { stage: 'done', text: `${label} deleted.` }, canUndo: true },
        notice.serial + 1,
      );
    },
    undo() {
      if (!pending) return;
      const { label, restore } = pending;
      try {
        restore();
        pending = null;
        set({ progress: { stage: 'done', text: `${label} restored.` }, canUndo: false });
      } catch (error) {
        // Kept, so the person can try again: the meeting is still deleted.
        set({
          progress: {
            stage: 'failed',
            text: `${label} could not be restored: ${errorText(error)}`,
          },
          canUndo: true,
        });
      }
    },
    dismiss() {
      pending = null;
      set({ progress: IDLE, canUndo: false });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => notice,
  };
}

/** This app's memory: one per window, gone when the app closes. */
export const meetingDeletions = createDeletionMemory();
