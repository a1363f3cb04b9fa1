/**
 * Workspace invite codes: short enough to read out in a meeting room and type on a laptop,
 * random enough that guessing one over the network is hopeless.
 *
 * Format: `QRM-XXXX-XXXX-XXXX`, twelve Crockford base32 characters = 60 random bits.
 * Crockford's alphabet has no I, L, O or U, so a code read aloud or copied by hand survives
 * the usual confusions (we map I/L to 1 and O to 0 when normalising).
 *
 * This file deliberately uses no `node:*` imports, only Uint8Array and Web Crypto, so the
 * desktop app can share it (it generates codes for new workspaces) if it moves to shared/.
 */

export const INVITE_CODE_PREFIX = 'QRM';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY_LENGTH = 12;
const BITS_PER_CHAR = 5;
/** Bytes of randomness consumed per code: 60 bits round up to 8 bytes. */
export const INVITE_CODE_RANDOM_BYTES = Math.ceil((BODY_LENGTH * BITS_PER_CHAR) / 8);

/**
 * Pure: turns 8 random bytes into a formatted invite code. Deterministic for a given input,
 * so tests can pin it; callers supply the randomness.
 */
export function inviteCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < INVITE_CODE_RANDOM_BYTES) {
    throw new RangeError(`an invite code needs ${INVITE_CODE_RANDOM_BYTES} random bytes`);
  }
  // Each 5-bit slice of uniformly random bytes is uniform over 32 values: no modulo bias.
  let bits = 0n;
  for (const byte of bytes.subarray(0, INVITE_CODE_RANDOM_BYTES))
    bits = (bits << 8n) | BigInt(byte);
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i += 1) {
    body += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return formatBody(body);
}

/** A fresh invite code from a cryptographically secure source (Web Crypto by default). */
export function generateInviteCode(
  randomBytes: (length: number) => Uint8Array = (length) =>
    globalThis.crypto.getRandomValues(new Uint8Array(length)),
): string {
  return inviteCodeFromBytes(randomBytes(INVITE_CODE_RANDOM_BYTES));
}

/**
 * The canonical form of something a person typed, or null if it cannot be an invite code.
 * Case, spaces and hyphens do not matter, the prefix is optional, and I/L/O are read as 1/1/0.
 * Rejecting anything else matters for trust on first use: a client cannot register a weak,
 * guessable code such as "password" for a new workspace.
 */
export function normalizeInviteCode(input: string): string | null {
  let compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length === INVITE_CODE_PREFIX.length + BODY_LENGTH) {
    if (!compact.startsWith(INVITE_CODE_PREFIX)) return null;
    compact = compact.slice(INVITE_CODE_PREFIX.length);
  }
  if (compact.length !== BODY_LENGTH) return null;
  const body = compact.replace(/[IL]/g, '1').replace(/O/g, '0');
  for (const char of body) if (!ALPHABET.includes(char)) return null;
  return formatBody(body);
}

function formatBody(body: string): string {
  return [INVITE_CODE_PREFIX, body.slice(0, 4), body.slice(4, 8), body.slice(8, 12)].join('-');
}
