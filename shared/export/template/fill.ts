import type { Result } from '../../ipc/result';
import { ok } from '../../ipc/result';
import type { MeetingExportData } from '../meeting-data';
import { LinkWriter, type GenContext } from './context';
import { writeCoreProperties } from './core-props';
import { TemplateProblem, type TemplateError } from './errors';
import { fillPart } from './fill-part';
import { NumberingWriter } from './numbering';
import { MAIN_CONTENT_TYPES } from './package';
import { setOverride } from './relationships';
import { BLOCK_GENERATORS } from './sections';
import { readStyles } from './styles';
import { inlineValues } from './values';
import { openWordDocument } from './word-document';

export interface FillOptions {
  /** 'YYYY-MM-DD': marks overdue actions and stamps the modified date. Left out, the output
   * depends on nothing but its inputs (no clock is read). */
  today?: string;
}

/**
 * Fills a council's .docx or .dotx with a meeting: bytes in, bytes out. Parts without
 * placeholders (logo, theme, settings, styles) are copied through untouched; a .dotx comes
 * out as a document. Errors are the same as inspectTemplate's.
 */
export async function fillTemplate(
  templateBytes: Uint8Array,
  data: MeetingExportData,
  options: FillOptions = {},
): Promise<Result<Uint8Array, TemplateError>> {
  try {
    const word = await openWordDocument(templateBytes);
    const { pkg, mainPath } = word;
    const styles = await readStyles(pkg, mainPath);
    const numbering = await NumberingWriter.open(pkg, mainPath);
    const inline = inlineValues(data);

    for (const part of word.parts) {
      const links = await LinkWriter.open(pkg, part.path);
      const shared: GenContext = { doc: part.doc, styles, numbering, links, today: options.today };
      const changed = fillPart(part.doc, {
        inline,
        block: (name, base) => BLOCK_GENERATORS[name]({ ...shared, ...base }, data),
      });
      if (changed) pkg.touch(part.path);
    }
    await numbering.save(pkg, mainPath);
    if (word.kind === 'template') await setOverride(pkg, mainPath, MAIN_CONTENT_TYPES.document);
    await writeCoreProperties(pkg, { title: data.meeting.title, today: options.today });
    return ok(await pkg.save());
  } catch (error) {
    if (error instanceof TemplateProblem) return error.toResult();
    throw error;
  }
}
