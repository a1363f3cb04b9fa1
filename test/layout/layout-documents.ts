import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingDocumentKind } from '../../shared/export/document-kind';
import { exportActionLog, exportMeetingDocument } from '../../shared/export/documents';
import { listMeetings } from '../../shared/model';
import { buildSampleWorkspace } from '../../shared/sample';
import { fileURLToPath } from 'node:url';

/**
 * The documents whose pages are held as reference images: the four house-style documents of
 * the sample's 9 October 2023 meeting, and the sample meeting filled into every example
 * template shipped in resources/templates/. Every date is fixed, so a render depends on the
 * code and LibreOffice alone, never on the day it runs.
 */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../resources/templates', import.meta.url));
/** The sample is built as of the morning after the meeting; exports are dated ten days on. */
const SAMPLE_NOW = new Date('2023-10-10T09:00:00Z');
const TODAY = '2023-10-20';
const MEETING = '2023-10-09';

const HOUSE: Record<string, MeetingDocumentKind | 'action-log'> = {
  'house-minutes': 'minutes',
  'house-summary': 'summary',
  'house-agenda': 'agenda',
  'house-action-log': 'action-log',
};

function templateFiles(): string[] {
  if (!existsSync(TEMPLATES_DIR)) return [];
  return readdirSync(TEMPLATES_DIR)
    .filter((name) => /\.(docx|dotx)$/i.test(name))
    .sort();
}

/** A template's document kind, from its file name ('agenda-template.docx' → agenda). */
function templateKind(file: string): MeetingDocumentKind {
  const name = file.toLowerCase();
  if (name.includes('agenda')) return 'agenda';
  if (name.includes('summary')) return 'summary';
  return 'minutes';
}

const stem = (file: string) =>
  file
    .replace(/\.(docx|dotx)$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

/** Names of the documents, known without building them (one test each). */
export function layoutDocumentNames(): string[] {
  return [...Object.keys(HOUSE), ...templateFiles().map((file) => `template-${stem(file)}`)];
}

export interface LayoutDocument {
  name: string;
  docx: Uint8Array;
}

export async function buildLayoutDocuments(): Promise<LayoutDocument[]> {
  const { workspace, meetings } = buildSampleWorkspace({ now: SAMPLE_NOW });
  const id = listMeetings(workspace).find((m) => m.date === MEETING)?.id;
  const meetingDoc = id ? meetings.get(id) : undefined;
  if (!meetingDoc) throw new Error(`The sample has no meeting on ${MEETING}`);

  const documents: LayoutDocument[] = [];
  const meetingDocument = async (
    name: string,
    kind: MeetingDocumentKind,
    template?: { name: string; bytes: Uint8Array },
  ) => {
    const built = await exportMeetingDocument({
      workspace,
      meetingDoc,
      kind,
      template,
      today: TODAY,
    });
    if (!built.ok) throw new Error(`${name}: ${built.message}`);
    documents.push({ name, docx: built.value.bytes });
  };
  for (const [name, kind] of Object.entries(HOUSE)) {
    if (kind === 'action-log')
      documents.push({ name, docx: (await exportActionLog({ workspace, today: TODAY })).bytes });
    else await meetingDocument(name, kind);
  }
  for (const file of templateFiles()) {
    const bytes = new Uint8Array(readFileSync(join(TEMPLATES_DIR, file)));
    await meetingDocument(`template-${stem(file)}`, templateKind(file), { name: file, bytes });
  }
  return documents;
}
