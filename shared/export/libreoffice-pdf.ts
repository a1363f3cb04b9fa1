/**
 * How Quorum asks LibreOffice for a PDF, shared by the desktop app (electron/ipc/pdf.ts) and
 * the command line (cli/pdf.ts), which each run `soffice` their own way. The PDF is the Word
 * document itself, page for page, and an accessible one: tagged (headings, lists and tables
 * announced by screen readers), its title taken from the document's core properties and shown
 * in the window instead of the file name, its language from the document's styles (en-GB),
 * and its headings as bookmarks.
 */

/** Where LibreOffice installs its command-line converter on each platform. */
export const LIBREOFFICE_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  win32: [
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
    'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  ],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  linux: [
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/opt/libreoffice/program/soffice',
    '/snap/bin/libreoffice',
  ],
};

/**
 * The converter: `override` (QUORUM_SOFFICE) if given and present, else the first install
 * location that exists, else null.
 */
export function findLibreOfficeIn(
  platform: string,
  exists: (path: string) => boolean,
  override?: string,
): string | null {
  if (override) return exists(override) ? override : null;
  return (LIBREOFFICE_CANDIDATES[platform] ?? []).find((candidate) => exists(candidate)) ?? null;
}

// writer_pdf_Export's options, in the JSON form LibreOffice 7.4 and later read after the
// filter name. Names and types are LibreOffice's own (filter/source/pdf/pdfexport.cxx).
const PDF_OPTIONS = {
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  DisplayPDFDocumentTitle: { type: 'boolean', value: 'true' },
  ExportBookmarks: { type: 'boolean', value: 'true' },
} as const;

export const PDF_FILTER = `pdf:writer_pdf_Export:${JSON.stringify(PDF_OPTIONS)}`;

/**
 * `soffice` arguments turning `input` (a .docx) into a PDF of the same name in `outdir`.
 * `profileUrl` is a private LibreOffice profile (a file: URL), so the conversion never
 * collides with a LibreOffice the person has open.
 */
export function libreOfficePdfArgs(input: string, outdir: string, profileUrl: string): string[] {
  return [
    `-env:UserInstallation=${profileUrl}`,
    '--headless',
    '--convert-to',
    PDF_FILTER,
    '--outdir',
    outdir,
    input,
  ];
}

/** A .docx's first four bytes: LibreOffice opens almost anything, plain text included. */
export function looksLikeDocx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export const PDF_MESSAGES = {
  notDocx: 'That is not a Word document, so it cannot be turned into a PDF.',
  unavailable:
    'PDF export needs LibreOffice, which is not installed on this computer. The Word document can still be saved.',
  failed: (detail: string) => `LibreOffice could not turn the document into a PDF: ${detail}`,
} as const;
