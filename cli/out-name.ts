import { basename, extname } from 'node:path';
import { usageError } from './cli-error';

/**
 * What `--out` must be called for what is written. A name ending otherwise is refused before
 * any work: `--out minutes.pdf` once wrote a Word document under a PDF's name, which a
 * mail client or a council's website then offered as a PDF nobody could open.
 */
export type Written = 'docx' | 'pdf' | 'ics' | 'quorum';

const WHAT: Record<Written, string> = {
  docx: 'a Word document (.docx)',
  pdf: 'a PDF (.pdf)',
  ics: 'a calendar event (.ics)',
  quorum: 'a Quorum workspace file (.quorum)',
};

export function checkOutName(out: string, written: Written): void {
  const extension = extname(out).toLowerCase();
  if (extension === `.${written}`) return;
  const stem = basename(out, extname(out)) || basename(out);
  const rename = `name it ${stem}.${written}`;
  const named = extension ? `ends in ${extension}` : 'has no extension';
  const hint =
    written === 'docx' && extension === '.pdf' ? `add --pdf for a PDF, or ${rename}` : rename;
  throw usageError(`--out ${basename(out)} ${named}, but this writes ${WHAT[written]}; ${hint}.`);
}
