import { describe, expect, it } from 'vitest';
import {
  buildMailto,
  isPlainEmailAddress,
  mailtoProblem,
  MAX_MAILTO_LENGTH,
} from '../../../shared/mail/mailto';

/** What a mail client reads from the link: the address and each field, decoded. */
function readMailto(url: string) {
  const [to, query = ''] = url.slice('mailto:'.length).split('?');
  const fields = Object.fromEntries(
    query.split('&').map((field) => {
      const [name, value = ''] = field.split('=');
      return [name, decodeURIComponent(value)];
    }),
  );
  return { to, ...fields };
}

describe('buildMailto', () => {
  it('encodes the subject and body so the mail client reads them back exactly', () => {
    const body =
      'Dear Jenny,\n\n- SG 23/14 A1: Share the “schools” deck & notes? 100%\n  Due 9 October 2023';
    const url = buildMailto({ to: 'jenny@example.org', subject: 'Your open actions', body });
    expect(url.startsWith('mailto:jenny@example.org?subject=Your%20open%20actions&body=')).toBe(
      true,
    );
    expect(readMailto(url)).toEqual({
      to: 'jenny@example.org',
      subject: 'Your open actions',
      // Line breaks are CRLF in a mailto: body (RFC 6068).
      body: body.replace(/\n/g, '\r\n'),
    });
    expect(mailtoProblem(url)).toBeNull();
  });

  it('keeps a subject to one line, so a name cannot add a header', () => {
    const url = buildMailto({
      to: 'jenny@example.org',
      subject: 'Actions for Group\r\nBcc: spy@example.org',
      body: '',
    });
    expect(readMailto(url).subject).toBe('Actions for Group Bcc: spy@example.org');
    expect(url).not.toMatch(/bcc=/i);
  });

  it('refuses an address that is not one plain address', () => {
    for (const bad of [
      'jenny',
      'jenny@example.org,boss@example.org',
      'jenny@example.org?bcc=spy@example.org',
      'Jenny <jenny@example.org>',
      'jenny@localhost',
      'jen ny@example.org',
    ]) {
      expect(isPlainEmailAddress(bad), bad).toBe(false);
      expect(() => buildMailto({ to: bad, subject: '', body: '' })).toThrow(/Not an email address/);
    }
    expect(isPlainEmailAddress("o'neill+actions@leeds.gov.uk")).toBe(true);
  });
});

describe('mailtoProblem', () => {
  it.each([
    ['https://evil.example/', 'must be a mailto: link'],
    ['MAILTO:jenny@example.org', 'must be a mailto: link'],
    ['mailto:jenny@example.org?cc=boss@example.org', 'may only set subject and body, not cc'],
    ['mailto:a@example.org,b@example.org', 'must be addressed to one plain email address'],
    ['mailto:jenny@example.org?subject=a%0Ab', 'has a line break in its subject'],
    ['mailto:jenny@example.org?body=%E0%A4%A', 'has a badly encoded body'],
    ['mailto:jenny@example.org?subject=a b', 'has characters that are not encoded'],
    ['mailto:jenny@example.org?subject=a=b=c', 'has a field with more than one "="'],
    [
      `mailto:jenny@example.org?body=${'x'.repeat(MAX_MAILTO_LENGTH)}`,
      `is longer than ${MAX_MAILTO_LENGTH} characters`,
    ],
  ])('refuses %s: %s', (url, problem) => {
    expect(mailtoProblem(url)).toBe(problem);
  });

  it('accepts a bare address and a body with line breaks', () => {
    expect(mailtoProblem('mailto:jenny@example.org')).toBeNull();
    expect(mailtoProblem('mailto:jenny@example.org?body=a%0D%0Ab')).toBeNull();
  });
});
