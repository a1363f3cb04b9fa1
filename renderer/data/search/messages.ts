import type { SearchAnswer } from '../../../shared/search';

/** What the app says to the search worker (search.worker.ts). */
export type ToSearchWorker =
  /** Start on a workspace, from the index saved on this device if there is one. */
  | { type: 'open'; workspaceId: string; saved: Uint8Array | null }
  /** Something was stored: bring the index up to date. */
  | { type: 'refresh' }
  /** `within`: a meeting's id, to find only in that meeting (Ctrl+F). */
  | { type: 'search'; id: number; text: string; limit: number; within?: string };

/** What the worker answers. */
export type FromSearchWorker =
  /**
   * The index is current with what is stored (`documents` in it); `reread`: how many
   * sources (meetings and the workspace) this pass read again, and `reindexed`: how many
   * documents that changed in the index (unchanged ones are left alone).
   */
  | { type: 'indexed'; documents: number; reread: number; reindexed: number }
  /** The index changed: keep these bytes (transferred, not copied) for the next start. */
  | { type: 'save'; bytes: Uint8Array }
  | { type: 'results'; id: number; answer: SearchAnswer }
  | { type: 'failed'; message: string };
