/**
 * Text that XML 1.0 can hold. Minutes arrive from paste, sync and old files, so they can carry
 * characters no Word file may contain: C0 controls other than tab and line feed, lone UTF-16
 * surrogates (half an emoji cut by a bad paste) and the non-characters U+FFFE and U+FFFF. One
 * of them in word/document.xml and Word refuses the whole file, so they are dropped here,
 * before the text reaches any part we write. A carriage return is a line end from Windows or
 * an old Mac: it becomes a line feed, which XML would otherwise do on reading anyway.
 */
// With the u flag a well-formed surrogate pair is one code point above U+FFFF, so the
// surrogate range below matches only halves left on their own.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\u{D800}-\u{DFFF}]/gu;
// eslint-disable-next-line no-control-regex -- as above
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function xmlSafe(text: string): string {
  // Most text has nothing to strip: test first so the common case allocates nothing.
  if (!SUSPECT.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(INVALID, '');
}

/** Escapes text for an XML element or attribute we write ourselves (docProps/core.xml). */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
