import { fail } from '../../ipc/result';

/**
 * Why a council's template cannot be used, one kind per thing the officer can do about it:
 * choose another file, re-save a damaged one, re-save it in a plain .docx format, or correct
 * a repeating block typed wrongly in it ('template-mistake', the message says which).
 */
export type TemplateError = 'not-a-word-document' | 'corrupt' | 'unsupported' | 'template-mistake';

export const TEMPLATE_MESSAGES = {
  notZip: 'This file is not a Word document; choose a .docx or .dotx file.',
  noDocument: 'This file is a zip archive but not a Word document; choose a .docx or .dotx file.',
  spreadsheet: 'This file is an Excel workbook, not a Word document; choose a .docx or .dotx file.',
  presentation:
    'This file is a PowerPoint presentation, not a Word document; choose a .docx or .dotx file.',
  openDocument:
    'This file is an OpenDocument file; save it from LibreOffice as Word (.docx) and try again.',
  corrupt:
    'This Word file is damaged or incomplete; open it in Word, save it again and try once more.',
  encrypted: 'This Word file is password-protected or in the old .doc format; save it as .docx.',
  macros:
    'This Word file contains macros (.docm or .dotm); save it as a Word document (.docx) without macros.',
  strict:
    'This Word file is saved in Strict Open XML format; save it as an ordinary Word document (.docx).',
} as const;

export type TemplateFailure = { ok: false; error: TemplateError; message: string };

/** Thrown inside the package code and turned into a Result at the public edge. */
export class TemplateProblem extends Error {
  constructor(
    readonly code: TemplateError,
    message: string,
  ) {
    super(message);
    this.name = 'TemplateProblem';
  }

  toResult(): TemplateFailure {
    return fail(this.code, this.message);
  }
}

export function corrupt(): TemplateProblem {
  return new TemplateProblem('corrupt', TEMPLATE_MESSAGES.corrupt);
}
