import type { z } from 'zod';
import { ipcRequestSchemas, type IpcChannel, type IpcRequest } from './contract';
import { fail, ok, type Result } from './result';

/**
 * Names the failing fields, e.g. "suggestedName: must be a file name, not a path"; a problem
 * with the value as a whole is put under `whole`.
 */
export function describeIssues(error: z.ZodError, whole = 'request'): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : whole}: ${issue.message}`)
    .join('; ');
}

/**
 * Checks a request against its channel's schema. Main runs it before any handler and the
 * browser adapter before doing anything, so both refuse a bad request in the same words.
 */
export function parseIpcRequest<C extends IpcChannel>(
  channel: C,
  payload: unknown,
): Result<IpcRequest<C>> {
  const parsed = ipcRequestSchemas[channel].safeParse(payload);
  if (!parsed.success) {
    return fail(
      'invalid-payload',
      `Invalid request to ${channel}: ${describeIssues(parsed.error)}`,
    );
  }
  // The schema for C parsed it, so the data is IpcRequest<C>; TS cannot narrow the union.
  return ok(parsed.data as IpcRequest<C>);
}
