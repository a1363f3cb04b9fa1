/**
 * The result every IPC call returns. Handlers never throw across the bridge and never swallow
 * an error into `null`: a failure names its kind (`error`) and says what happened (`message`).
 */
export type Result<T, E extends string = IpcErrorCode> =
  { ok: true; value: T } | { ok: false; error: E; message: string };

/** Failures any channel can report, before or after its handler runs. */
export type IpcErrorCode =
  | 'forbidden-sender'
  | 'invalid-payload'
  | 'cancelled'
  | 'io-error'
  | 'too-large'
  | 'unavailable'
  /** sync:join: the server does not know that invite code. */
  | 'unknown-code'
  /** sync:join: the server refuses codes from this device for a while (too many wrong ones). */
  | 'too-many-attempts'
  /** sync:join: the server could not be reached, or is not a Quorum sync server. */
  | 'unreachable'
  | 'internal';

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function fail<E extends string>(
  error: E,
  message: string,
): { ok: false; error: E; message: string } {
  return { ok: false, error, message };
}
