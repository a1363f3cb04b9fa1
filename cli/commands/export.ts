import type * as Y from 'yjs';
import { MEETING_DOCUMENT_KINDS } from '../../shared/export/document-kind';
import { localIsoDate } from '../../shared/format/local-date';
import { CliError, usageError } from '../cli-error';
import { readInputFile, writeOutputFile } from '../files';
import { parseOptions } from '../options';
import { checkOutName } from '../out-name';
import type { Command } from './command';

const FORMATS = [...MEETING_DOCUMENT_KINDS, 'actions', 'ics'] as const;
type Format = (typeof FORMATS)[number];

const help = `Usage: quorum export <file.quorum> --meeting <id|YYYY-MM-DD> --format <format> --out <file>
                     [--template council.docx] [--pdf] [--force]
       quorum export <file.quorum> --journey --out <file.docx> [--pdf] [--force]

Exports a meeting from a workspace file as a Word document, in Quorum's house style or
filled into a council's own template, as a tagged PDF of that document, or as a calendar
event.

Options:
  --meeting <id|date>   The meeting, by its id or its date (YYYY-MM-DD); with two
                        meetings on one day, use the id (quorum info lists them)
  --format <format>     minutes, summary, agenda, actions (the action log of every
                        open action in the workspace; --meeting is not needed), or
                        ics (the meeting as a calendar event, its agenda described)
  --template <file>     A council .docx or .dotx with {{placeholders}}; the meeting is
                        filled into it instead of the house style
  --pdf                 Write a tagged, accessible PDF of the document instead
                        (needs LibreOffice; QUORUM_SOFFICE names its soffice)
  --journey             The journey's evidence pack for an award application: the
                        programme, the evidence under Learn, Embed and Share with
                        where it was minuted, and the criteria (no --meeting, --format)
  --out <file>          Where to write: a .docx, a .pdf with --pdf, or an .ics
  --force               Replace --out if it exists
  -h, --help            Show this help
`;

function pickMeeting(
  meetings: ReadonlyMap<string, Y.Doc>,
  dates: Map<string, string[]>,
  wanted: string,
): Y.Doc {
  const byId = meetings.get(wanted);
  if (byId) return byId;
  const ids = dates.get(wanted) ?? [];
  if (ids.length > 1)
    throw new CliError(
      `There are ${ids.length} meetings on ${wanted}; name one by its id (quorum info lists them).`,
    );
  const doc = ids[0] ? meetings.get(ids[0]) : undefined;
  if (!doc)
    throw new CliError(
      `No meeting “${wanted}” in this workspace file (quorum info lists its meetings).`,
    );
  return doc;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export a meeting (or the action log) as a Word document or PDF',
  help,
  async run(args, io) {
    const { values, positionals } = parseOptions('export', args, {
      meeting: { type: 'string' },
      format: { type: 'string' },
      template: { type: 'string' },
      out: { type: 'string' },
      pdf: { type: 'boolean' },
      journey: { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) return io.stdout(help);
    const [path, extra] = positionals;
    if (!path) throw usageError('Missing the workspace file: quorum export <file.quorum> ….');
    if (extra !== undefined)
      throw usageError(`Unexpected argument “${extra}”: export reads one file.`);
    if (values.journey) return exportJourney(path, values, io);
    const format = values.format as Format | undefined;
    if (!format || !FORMATS.includes(format))
      throw usageError(`--format must be one of ${FORMATS.join(', ')}.`);
    if (format !== 'actions' && !values.meeting)
      throw usageError('Missing --meeting <id|YYYY-MM-DD>.');
    if (!values.out) throw usageError('Missing --out <file>.');
    if (format === 'actions' && values.template)
      throw usageError('--template fills a meeting; the action log uses the house style.');
    if (format === 'ics' && values.template)
      throw usageError('--template fills a Word document; a calendar event has none.');
    if (format === 'ics' && values.pdf)
      throw usageError('--pdf prints a Word document; a calendar event has none.');
    checkOutName(values.out, format === 'ics' ? 'ics' : values.pdf ? 'pdf' : 'docx');
    // Checked before any work, so a missing LibreOffice costs nothing.
    const pdf = values.pdf ? await import('../pdf') : null;
    const soffice = pdf?.requireLibreOffice();

    const template = values.template
      ? { name: values.template, bytes: await readInputFile(values.template) }
      : null;
    const { importWorkspaceFile } = await import('../../shared/workspace-file');
    const opened = importWorkspaceFile(await readInputFile(path));
    if (!opened.ok) throw new CliError(`${path}: ${opened.message}`);
    const { workspace, meetings, summary } = opened.value;
    const documents = await import('../../shared/export/documents');
    const today = localIsoDate(io.now());

    let bytes: Uint8Array;
    if (format === 'actions') {
      bytes = (await documents.exportActionLog({ workspace, today })).bytes;
    } else {
      const dates = new Map<string, string[]>();
      for (const m of summary.meetings) dates.set(m.date, [...(dates.get(m.date) ?? []), m.id]);
      const meetingDoc = pickMeeting(meetings, dates, values.meeting ?? '');
      if (format === 'ics') {
        const { exportMeetingCalendar } = await import('../../shared/export/calendar');
        bytes = exportMeetingCalendar({ workspace, meetingDoc, now: io.now() }).bytes;
      } else {
        const built = await documents.exportMeetingDocument({
          workspace,
          meetingDoc,
          kind: format,
          template,
          today,
        });
        if (!built.ok) throw new CliError(built.message);
        bytes = built.value.bytes;
      }
    }
    if (pdf && soffice) bytes = await pdf.docxToPdf(soffice, bytes);
    await writeOutputFile(values.out, bytes, { force: values.force === true });
    io.stdout(`Wrote ${values.out}\n`);
  },
};

interface JourneyOptions {
  meeting?: string | undefined;
  format?: string | undefined;
  template?: string | undefined;
  out?: string | undefined;
  pdf?: boolean | undefined;
  force?: boolean | undefined;
}

/** `quorum export <file> --journey --out pack.docx`: the evidence pack, in the house style. */
async function exportJourney(
  path: string,
  values: JourneyOptions,
  io: Parameters<Command['run']>[1],
) {
  if (values.meeting || values.format)
    throw usageError('--journey exports the whole journey: leave out --meeting and --format.');
  if (values.template)
    throw usageError('--journey writes the house style; --template is not used.');
  if (!values.out) throw usageError('Missing --out <file>.');
  checkOutName(values.out, values.pdf ? 'pdf' : 'docx');
  const pdf = values.pdf ? await import('../pdf') : null;
  const soffice = pdf?.requireLibreOffice();
  const { importWorkspaceFile } = await import('../../shared/workspace-file');
  const opened = importWorkspaceFile(await readInputFile(path));
  if (!opened.ok) throw new CliError(`${path}: ${opened.message}`);
  const { workspace, meetings } = opened.value;
  const { exportEvidencePack } = await import('../../shared/export/documents');
  const { NoJourneyError } = await import('../../shared/export/house');
  let bytes: Uint8Array;
  try {
    bytes = (await exportEvidencePack({ workspace, meetings, today: localIsoDate(io.now()) }))
      .bytes;
  } catch (error) {
    if (error instanceof NoJourneyError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
  if (pdf && soffice) bytes = await pdf.docxToPdf(soffice, bytes);
  await writeOutputFile(values.out, bytes, { force: values.force === true });
  io.stdout(`Wrote ${values.out}\n`);
}
