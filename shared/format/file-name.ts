/**
 * A file name that survives every place a council file goes: Windows, macOS, SharePoint,
 * email attachments, and a Linux box without a UTF-8 locale (where Chromium renames a download
 * with non-ASCII characters to "download"). Typographic quotes and dashes become their ASCII
 * forms, accents are dropped, characters Windows forbids become "-", and the stem is capped.
 */
const REPLACEMENTS: [RegExp, string][] = [
  [/[‘’‚‛′]/g, "'"],
  [/[“”„‟″]/g, ''],
  [/[–—−]/g, '-'],
  [/…/g, '...'],
];

const FORBIDDEN = /[<>:"/\\|?*]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u001f\u007f]/g;
const MAX_STEM = 150;

export function safeFileName(stem: string, extension: string): string {
  // Accented letters keep their base letter (é → e); other non-ASCII is dropped below.
  let name = stem.normalize('NFD').replace(/\p{M}/gu, '');
  for (const [pattern, replacement] of REPLACEMENTS) name = name.replace(pattern, replacement);
  name = name
    .replace(FORBIDDEN, '-')
    .replace(CONTROL, ' ')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STEM)
    // Windows refuses names that end in a dot or a space.
    .replace(/[. ]+$/, '');
  return `${name || 'Quorum'}.${extension}`;
}
