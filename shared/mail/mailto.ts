/**
 * mailto: links that open the person's own mail client with an email ready to send, so
 * nothing passes through any server. Built here and checked again in main before
 * shell.openExternal: main opens only a link that passes isSafeMailtoUrl.
 */

/**
 * The longest link handed to a mail client. Windows passes links through a command line and
 * some clients (Outlook among them) cut them at about 2,083 characters; 2,000 leaves room.
 */
export const MAX_MAILTO_LENGTH = 2000;

/**
 * A plain address with only characters that never need escaping in a mailto: link, so what
 * the link says is what the mail client reads. Deliberately stricter than RFC 5322: no quoted
 * local parts, no IP literals, no commas (a second recipient), no "?" or "&" (more headers).
 */
const PLAIN_ADDRESS =
  /^[A-Za-z0-9_'+-]+(\.[A-Za-z0-9_'+-]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export function isPlainEmailAddress(address: string): boolean {
  return address.length <= 254 && PLAIN_ADDRESS.test(address);
}

export interface MailtoParts {
  to: string;
  subject: string;
  body: string;
}

/** Line breaks in a mailto: body are CRLF (RFC 6068); any other control character goes. */
const normaliseBody = (body: string) =>
  body
    .replace(/\r\n?|\n/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
    .replace(/\n/g, '\r\n');

/** A subject is one header line: a line break in it would start another header. */
// eslint-disable-next-line no-control-regex
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

/** The link for `parts`; throws if the address is not one isPlainEmailAddress accepts. */
export function buildMailto({ to, subject, body }: MailtoParts): string {
  if (!isPlainEmailAddress(to)) throw new RangeError(`Not an email address: ${to}`);
  const query = [
    `subject=${encodeURIComponent(oneLine(subject))}`,
    `body=${encodeURIComponent(normaliseBody(body))}`,
  ];
  return `mailto:${to}?${query.join('&')}`;
}

/** Why `url` may not be opened, or null when it is a safe mailto: link. */
export function mailtoProblem(url: string): string | null {
  if (url.length > MAX_MAILTO_LENGTH) {
    return `is longer than ${MAX_MAILTO_LENGTH} characters`;
  }
  if (!url.startsWith('mailto:')) return 'must be a mailto: link';
  // Everything outside the address and the two fields must already be percent-encoded.
  if (/[^A-Za-z0-9\-._~!$'()*+,;=:@/?&%]/.test(url)) return 'has characters that are not encoded';
  const rest = url.slice('mailto:'.length);
  const at = rest.indexOf('?');
  const to = at === -1 ? rest : rest.slice(0, at);
  if (!isPlainEmailAddress(to)) return 'must be addressed to one plain email address';
  if (at === -1) return null;
  for (const field of rest.slice(at + 1).split('&')) {
    const [name, value = '', ...extra] = field.split('=');
    if (extra.length > 0) return 'has a field with more than one "="';
    if (name !== 'subject' && name !== 'body') return `may only set subject and body, not ${name}`;
    let decoded: string;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      return `has a badly encoded ${name}`;
    }
    if (name === 'subject' && /[\r\n]/.test(decoded)) return 'has a line break in its subject';
  }
  return null;
}

export const isSafeMailtoUrl = (url: string): boolean => mailtoProblem(url) === null;
