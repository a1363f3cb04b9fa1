import * as decoding from 'lib0/decoding';
import { parseDocumentName } from '../shared/sync/document-names';

/**
 * What a single client may send. Two guards, both closing only the offending connection:
 *
 * - size: enforced by `ws` itself (maxPayload) while the frame is still arriving, so an
 *   oversized message is never buffered whole; ws closes with 1009 (message too big).
 *   8 MiB fits a meeting with pasted images in its minutes; raise it for larger documents.
 * - shape: every Hocuspocus frame starts with a document name and a message type. Anything
 *   else (random bytes, text frames, names this server would never accept) is closed with
 *   1007 before Hocuspocus sees it. Left alone, Hocuspocus would queue such frames as if for
 *   a document awaiting authentication, and keep the socket open.
 */

export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

export const CLOSE_MALFORMED = { code: 1007, reason: 'malformed message' } as const;

// Hocuspocus MessageType values a client may send (Sync … Pong); see @hocuspocus/server types.
const FIRST_MESSAGE_TYPE = 0;
const LAST_MESSAGE_TYPE = 10;
const SYNC = 0;
const AUTH = 2;
const SYNC_REPLY = 4;
/** y-protocols sync steps: 0 step 1, 1 step 2, 2 update. */
const SYNC_UPDATE = 2;

export function isWellFormedFrame(data: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(data);
    const address = decoding.readVarString(decoder);
    // Session-aware providers address `<documentName>\0<sessionId>`.
    const separator = address.indexOf('\0');
    const name = separator === -1 ? address : address.slice(0, separator);
    if (parseDocumentName(name) === null) return false;
    const type = decoding.readVarUint(decoder);
    if (type < FIRST_MESSAGE_TYPE || type > LAST_MESSAGE_TYPE) return false;
    if (type === SYNC || type === SYNC_REPLY) {
      // Envelope only: the Yjs update itself is read under a budget by update-check.ts (in
      // sqlite-storage.ts's beforeSync), which closes that document's connection if it is
      // garbage. Here: a known step and a payload that fits.
      if (decoding.readVarUint(decoder) > SYNC_UPDATE) return false;
      decoding.readVarUint8Array(decoder);
    } else if (type === AUTH) {
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
    }
    return true;
  } catch {
    // lib0 throws on truncated varints and strings: that is malformed too.
    return false;
  }
}
