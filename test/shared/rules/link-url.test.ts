import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl, normaliseLinkUrl } from '../../../shared/rules/link-url';

describe('links in the minutes', () => {
  it.each([
    ['https://www.leeds.gov.uk/migration', 'https://www.leeds.gov.uk/migration'],
    ['http://cityofsanctuary.org', 'http://cityofsanctuary.org'],
    ['  www.leeds.gov.uk  ', 'https://www.leeds.gov.uk'],
    ['cityofsanctuary.org/streams', 'https://cityofsanctuary.org/streams'],
    ['jenny.jennings@leeds.gov.uk', 'mailto:jenny.jennings@leeds.gov.uk'],
    ['mailto:asylum@example.org', 'mailto:asylum@example.org'],
  ])('accepts %s as %s', (input, url) => {
    expect(normaliseLinkUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['', 'Enter a web address or an email address'],
    ['javascript:alert(1)', 'Links must start with https://, http:// or mailto:'],
    ['file:///C:/minutes.docx', 'Links must start with https://, http:// or mailto:'],
    ['ftp://files.leeds.gov.uk', 'Links must start with https://, http:// or mailto:'],
    ['the presentation', 'Enter a web address like https://www.leeds.gov.uk or an email address'],
    ['https://', 'Enter a web address like https://www.leeds.gov.uk or an email address'],
  ])('refuses %j', (input, message) => {
    expect(normaliseLinkUrl(input)).toEqual({ ok: false, message });
  });

  it('allows only http, https and mailto when pasted links are checked', () => {
    expect(isAllowedLinkUrl('https://example.org')).toBe(true);
    expect(isAllowedLinkUrl('mailto:rose@example.org')).toBe(true);
    expect(isAllowedLinkUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedLinkUrl('tel:01131234567')).toBe(false);
    expect(isAllowedLinkUrl('/relative/path')).toBe(false);
  });
});
