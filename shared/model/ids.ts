import { uuidv4 } from 'lib0/random';

/**
 * Ids for documents and records: random UUIDs, so two devices offline at once never collide.
 * lib0 (Yjs's own toolkit) picks the platform's secure random source in browsers and Node.
 */
export function newId(): string {
  return uuidv4();
}
