import * as Y from 'yjs';
import type { z } from 'zod';

/** What reads a record: a zod schema, from zod's full build or its mini one (meeting-record.ts). */
export interface RecordSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * Records are flat Y.Maps of plain values, so concurrent edits to different fields of one
 * record merge field by field. These helpers write and read them against a zod schema.
 */
export function writeRecord(map: Y.Map<unknown>, fields: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (map.get(key) !== value) map.set(key, value);
  }
}

/** A record to insert. Not yet in a document, so it is only written, never read. */
export function newRecord(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) map.set(key, value);
  }
  return map;
}

/**
 * A Y.Map's fields as plain values for a schema to check, built from the map's own entries
 * only. Yjs's own toJSON() assigns each key to a `{}`, so a field named "__proto__" (a
 * hostile file, or a malformed update from a peer) would become the object's prototype and
 * lend it fields, a "title" among them, that the record does not have. Here such a key is
 * dropped, objects have no prototype, and nested values are copied by their own keys too.
 */
export function recordFields(map: Y.Map<unknown>): Record<string, unknown> {
  return ownValue(map, 0) as Record<string, unknown>;
}

const PROTO = '__proto__';
// Records are flat; a value nested deeper than this is not Quorum's and is left out unread,
// rather than recursed into until the stack overflows.
const MAX_DEPTH = 16;

function ownValue(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return undefined;
  const inner = (child: unknown) => ownValue(child, depth + 1);
  if (value instanceof Y.Map) {
    const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, field] of value.entries()) if (key !== PROTO) fields[key] = inner(field);
    return fields;
  }
  if (value instanceof Y.Array) return value.toArray().map(inner);
  // Text and XML are not record fields; they are read by their own readers, never here.
  if (value instanceof Y.AbstractType) return undefined;
  if (Array.isArray(value)) return value.map(inner);
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value))
      if (key !== PROTO) fields[key] = inner((value as Record<string, unknown>)[key]);
    return fields;
  }
  return value;
}

/**
 * Every record in `map` that matches `schema`. One written in a shape this version cannot
 * read (another device may run a newer version) is skipped, not fatal; it stays in the document.
 */
export function readRecords<T>(map: Y.Map<Y.Map<unknown>>, schema: RecordSchema<T>): T[] {
  return parseRecords(map.values(), schema);
}

/** The records among `values` that parse, in their order: readRecords for a chosen few. */
export function parseRecords<T>(values: Iterable<unknown>, schema: RecordSchema<T>): T[] {
  const records: T[] = [];
  for (const value of values) {
    if (!(value instanceof Y.Map)) continue;
    const parsed = schema.safeParse(recordFields(value));
    if (parsed.success) records.push(parsed.data);
  }
  return records;
}

export function readRecord<T>(value: unknown, schema: RecordSchema<T>): T | null {
  if (!(value instanceof Y.Map)) return null;
  const parsed = schema.safeParse(recordFields(value));
  return parsed.success ? parsed.data : null;
}

/** Field errors from a failed parse, first message per field: shown beside form fields. */
export function fieldErrors<F extends string>(error: z.ZodError): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form') as F;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Thrown by model functions given invalid input; nothing has been written. */
export class InputError<F extends string = string> extends Error {
  constructor(
    what: string,
    readonly fieldErrors: Partial<Record<F, string>>,
  ) {
    super(`Invalid ${what}: ${Object.values(fieldErrors).join('; ')}`);
    this.name = 'InputError';
  }
}

/** Parses `input`, or throws InputError (naming each bad field) and writes nothing. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  what: string,
  input: unknown,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InputError(what, fieldErrors(parsed.error));
  return parsed.data;
}

/** Checks `input` without writing: field → first message, empty when valid. */
export function validateInput<F extends string>(
  schema: z.ZodType,
  input: unknown,
): Partial<Record<F, string>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrors<F>(parsed.error);
}

/**
 * What an update writes: only the fields the caller changed, with their parsed values, so a
 * concurrent edit of another field on another device survives the merge.
 */
export function changedFields(merged: object, changes: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(changes).map((key) => [key, (merged as Record<string, unknown>)[key]]),
  );
}
