/**
 * Checks an address typed into the "Add link" dialog. Minutes link only to web pages and
 * email addresses: anything else (javascript:, file:, a council share drive path) is refused,
 * because exported minutes travel far beyond the laptop they were typed on.
 */
export type LinkUrlResult = { ok: true; url: string } | { ok: false; message: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const WEB = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$|^https?:\/\/localhost(?:[:/?#]\S*)?$/i;
const EMAIL = /^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/;
const BARE_HOST = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?$/i;

/** True for http, https and mailto addresses: the only links minutes may hold. */
export function isAllowedLinkUrl(url: string): boolean {
  const trimmed = url.trim();
  if (/^mailto:/i.test(trimmed)) return EMAIL.test(trimmed.slice(7).split('?')[0] ?? '');
  return WEB.test(trimmed);
}

/** 'www.leeds.gov.uk' → 'https://www.leeds.gov.uk'; 'jenny@leeds.gov.uk' → 'mailto:…'. */
export function normaliseLinkUrl(input: string): LinkUrlResult {
  const value = input.trim();
  if (!value) return { ok: false, message: 'Enter a web address or an email address' };
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  let url = value;
  if (!scheme || (scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto')) {
    if (EMAIL.test(value)) url = `mailto:${value}`;
    else if (BARE_HOST.test(value)) url = `https://${value}`;
    else if (scheme && !/^\d/.test(value.slice(scheme.length + 1))) {
      return { ok: false, message: 'Links must start with https://, http:// or mailto:' };
    }
  }
  if (isAllowedLinkUrl(url)) return { ok: true, url };
  return {
    ok: false,
    message: 'Enter a web address like https://www.leeds.gov.uk or an email address',
  };
}
