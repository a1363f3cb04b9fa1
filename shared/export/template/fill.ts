import type { Result } from '../../ipc/result';
import { ok } from '../../ipc/result';
import { longDateOrText } from '../../format/lenient-dates';
import type { ActionLogData } from '../house/action-log';
import type { MeetingExportData } from '../meeting-data';
import { actionLogScope } from './action-log-scope';
import { LinkWriter } from './context';
import { writeCoreProperties } from './core-props';
import { TemplateProblem, type TemplateError } from './errors';
import { LANGUAGE, setDocumentLanguage, setPartLanguage } from './language';
import { meetingScope } from './meeting-scope';
import { NumberingWriter } from './numbering';
import { MAIN_CONTENT_TYPES } from './package';
import { matchPlaceholders } from './placeholders';
import { setOverride } from './relationships';
import { renderPart, type RenderContext } from './render';
import type { Scope } from './scope';
import type { TemplateDocumentKind } from './sections';
import { analysePart, type PartStructure } from './structure';
import { readStyles } from './styles';
import { indexParagraph } from './text-index';
import { DOCUMENT_LABELS } from './values';
import { openWordDocument, type WordDocument } from './word-document';
import { descendantsW } from './xml';
import { NodeWriter } from './xml-write';

export interface FillOptions {
  /** 'YYYY-MM-DD': the created and modified dates. Left out, the output depends on nothing
   * but its inputs (no clock is read). */
  today?: string;
  /** Which document the meeting is made into; minutes unless said. */
  kind?: TemplateDocumentKind;
}

interface Properties {
  title: string;
  subject: string;
  creator: string;
}

/** Checks every part's blocks first, so a mistake is reported before anything is written. */
function analyse(word: WordDocument): PartStructure[] {
  const structures = word.parts.map((part) => analysePart(part.doc));
  const problem = structures.flatMap((s) => s.problems)[0];
  if (problem) throw new TemplateProblem('template-mistake', problem);
  return structures;
}

function printsNextMeeting(word: WordDocument): boolean {
  return word.parts.some((part) =>
    descendantsW(part.doc, 'p').some((p) =>
      matchPlaceholders(indexParagraph(p).text).some((m) => !m.marker && m.name === 'next_meeting'),
    ),
  );
}

async function fill(
  templateBytes: Uint8Array,
  scopeFor: (word: WordDocument) => Scope,
  properties: Properties,
  today: string | undefined,
): Promise<Result<Uint8Array, TemplateError>> {
  try {
    const word = await openWordDocument(templateBytes);
    const structures = analyse(word);
    const scope = scopeFor(word);
    const { pkg, mainPath } = word;
    const styles = await readStyles(pkg, mainPath);
    const numbering = await NumberingWriter.open(pkg, mainPath);
    const budget = { written: 0 };

    for (const [index, part] of word.parts.entries()) {
      const structure = structures[index] ?? analysePart(part.doc);
      // Before filling: the template's runs are written out as they stand, and generated runs
      // take their formatting from the placeholder's run.
      const relanguaged = setPartLanguage(part.doc);
      let filled: string | undefined;
      if ((part.doc.documentElement?.textContent ?? '').includes('{{')) {
        const links = await LinkWriter.open(pkg, part.path);
        const ctx: RenderContext = {
          doc: part.doc,
          structure,
          gen: { styles, numbering, links, nodes: new NodeWriter() },
          written: budget.written,
        };
        const xml = renderPart(ctx, scope);
        budget.written = ctx.written;
        // A part with nothing filled is left as it came, unless its language changed.
        if (ctx.changed === true || relanguaged) filled = xml;
      }
      if (filled !== undefined) pkg.putText(part.path, filled);
      else if (relanguaged) pkg.touch(part.path);
    }
    await numbering.save(pkg, mainPath);
    await setDocumentLanguage(pkg, mainPath);
    if (word.kind === 'template') await setOverride(pkg, mainPath, MAIN_CONTENT_TYPES.document);
    await writeCoreProperties(pkg, { ...properties, language: LANGUAGE, today });
    return ok(await pkg.save());
  } catch (error) {
    if (error instanceof TemplateProblem) return error.toResult();
    throw error;
  }
}

/**
 * Fills a council's .docx or .dotx with a meeting, as minutes, a summary or an agenda: bytes
 * in, bytes out. Parts without placeholders (logo, theme, settings) are copied through
 * untouched; a .dotx comes out as a document. Errors are the same as inspectTemplate's.
 */
export function fillTemplate(
  templateBytes: Uint8Array,
  data: MeetingExportData,
  options: FillOptions = {},
): Promise<Result<Uint8Array, TemplateError>> {
  const kind = options.kind ?? 'minutes';
  const label = DOCUMENT_LABELS[kind];
  return fill(
    templateBytes,
    (word) =>
      meetingScope(data, {
        kind,
        // An agenda lists the item; only a record could print the date twice.
        nextMeetingElsewhere: kind !== 'agenda' && printsNextMeeting(word),
      }),
    {
      title: `${label}: ${data.meeting.title}, ${longDateOrText(data.meeting.date)}`,
      subject: data.group.name
        ? `${label} of the ${data.group.name} meeting on ${longDateOrText(data.meeting.date)}`
        : `${label} of the ${data.meeting.title}, ${longDateOrText(data.meeting.date)}`,
      creator: data.group.organisation || data.group.name,
    },
    options.today,
  );
}

/** Fills a template registered for the action log with every open action, as of its date. */
export function fillActionLogTemplate(
  templateBytes: Uint8Array,
  log: ActionLogData,
): Promise<Result<Uint8Array, TemplateError>> {
  return fill(
    templateBytes,
    () => actionLogScope(log),
    {
      title: `Action log: ${log.group.name}, ${longDateOrText(log.today)}`,
      subject: `Open actions of the ${log.group.name} as of ${longDateOrText(log.today)}`,
      creator: log.group.organisation || log.group.name,
    },
    log.today,
  );
}
