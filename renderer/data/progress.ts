/**
 * Where a long operation a person started stands: saving a file, importing a template,
 * joining a sync server. Data hooks report it; `StatusMessage` (renderer/ui) shows it.
 * `failed` always carries words a person can act on, never a bare exception.
 */
export type Progress =
  | { stage: 'idle' }
  | { stage: 'working'; text: string }
  | { stage: 'done'; text: string }
  | { stage: 'failed'; text: string };

export const IDLE: Progress = { stage: 'idle' };

/** The message of anything thrown, for a `failed` progress. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
