import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  exportActionLog,
  exportActionLogDocument,
  exportMeetingDocument,
  type MeetingDocumentRequest,
} from '../../../shared/export/documents';
import { TEMPLATE_MESSAGES } from '../../../shared/export/template';
import { listMeetings } from '../../../shared/model';
import { buildSampleWorkspace } from '../../../shared/sample';
import { Docx, expectNoPlaceholders, fixture } from './template/docx-reader';

/** The dispatch the Export tab and `quorum export` both call, over the sample workspace. */
const TITLE = 'City of Sanctuary Local Authority Network Steering Group';
const TODAY = '2023-10-20';

let meeting: Omit<MeetingDocumentRequest, 'kind' | 'template'>;

beforeAll(() => {
  const { workspace, meetings } = buildSampleWorkspace({
    now: new Date('2023-10-10T09:00:00Z'),
    asOf: '2023-10-10',
  });
  const id = listMeetings(workspace).find((m) => m.date === '2023-10-09')!.id;
  meeting = { workspace, meetingDoc: meetings.get(id)!, today: TODAY };
});

async function built(request: Pick<MeetingDocumentRequest, 'kind' | 'template'>) {
  const result = await exportMeetingDocument({ ...meeting, ...request });
  if (!result.ok) throw new Error(`Expected a document, got ${result.error}: ${result.message}`);
  return { fileName: result.value.fileName, docx: await Docx.open(result.value.bytes) };
}

const subjectOf = async (docx: Docx) =>
  /<dc:subject>([^<]*)<\/dc:subject>/.exec(await docx.text('docProps/core.xml'))?.[1];

describe('exportMeetingDocument in the house style', () => {
  it.each([
    ['minutes', 'Minutes of the meeting held on 9 October 2023', `${TITLE} minutes DRAFT`],
    ['summary', `${TITLE}, 9 October 2023`, `${TITLE} summary DRAFT`],
    ['agenda', 'Agenda for the meeting on 9 October 2023', `${TITLE} agenda`],
  ] as const)('builds the %s and names it for filing', async (kind, subject, stem) => {
    const { fileName, docx } = await built({ kind });
    expect(await subjectOf(docx)).toBe(subject);
    expect(fileName).toBe(`2023-10-09 ${stem}.docx`);
  });

  it('throws for a meeting not yet opened on this device, as reading it does', async () => {
    await expect(
      exportMeetingDocument({ ...meeting, meetingDoc: new Y.Doc(), kind: 'minutes' }),
    ).rejects.toThrow(/not been opened on this device/);
  });
});

describe('exportMeetingDocument with a council template', () => {
  const template = () => ({
    name: 'council-template.docx',
    bytes: fixture('council-template.docx'),
  });

  it('fills the template, stamps today and names the file as minutes', async () => {
    const { fileName, docx } = await built({ kind: 'minutes', template: template() });
    const texts = await docx.wordText();
    expectNoPlaceholders(texts);
    expect(texts.get('word/document.xml')).toContain('9 October 2023');
    expect(await docx.text('docProps/core.xml')).toContain(`${TODAY}T00:00:00Z`);
    expect(fileName).toBe(`2023-10-09 ${TITLE} minutes DRAFT.docx`);
  });

  // Issue 14, defect 1: the three kinds came out byte-identical, the "agenda" being the
  // full draft minutes.
  it('fills the agenda with no minutes text, and names each kind as what it is', async () => {
    const minutes = await built({ kind: 'minutes', template: template() });
    const agenda = await built({ kind: 'agenda', template: template() });
    const summary = await built({ kind: 'summary', template: template() });
    const text = async (b: typeof minutes) => (await b.docx.wordText()).get('word/document.xml')!;
    const minuteText = 'Councillor Harland welcomed and thanked everyone';
    expect(await text(minutes)).toContain(minuteText);
    expect(await text(summary)).toContain(minuteText);
    expect(await text(agenda)).not.toContain(minuteText);
    expect(await text(agenda)).not.toContain('Decision:');
    expect(await text(agenda)).toContain('Steps to Become an Awarded Member');
    expect(await text(agenda)).toMatch(/Presenter: Councillor Harland/);
    expect(await text(summary)).not.toEqual(await text(minutes));
    expect(agenda.fileName).toBe(`2023-10-09 ${TITLE} agenda.docx`);
    expect(summary.fileName).toBe(`2023-10-09 ${TITLE} summary DRAFT.docx`);
    expect(await subjectOf(agenda.docx)).toMatch(/^Agenda of the /);
  });

  it.each([
    ['bad/not-a-template.txt', 'not-a-word-document', TEMPLATE_MESSAGES.notZip],
    ['bad/truncated.docx', 'corrupt', TEMPLATE_MESSAGES.corrupt],
    ['bad/macro-enabled.docm', 'unsupported', TEMPLATE_MESSAGES.macros],
  ])('refuses %s, naming the template and what to do', async (path, error, message) => {
    const name = path.slice('bad/'.length);
    const result = await exportMeetingDocument({
      ...meeting,
      kind: 'minutes',
      template: { name, bytes: fixture(path) },
    });
    expect(result).toEqual({ ok: false, error, message: `${name}: ${message}` });
  });
});

describe('exportActionLog', () => {
  it('dates the log and its file name by the today it is given', async () => {
    const log = await exportActionLog({ workspace: meeting.workspace, today: TODAY });
    const docx = await Docx.open(log.bytes);
    expect(await subjectOf(docx)).toBe('Open actions as at 20 October 2023');
    expect(log.fileName).toMatch(/^2023-10-20 .* action log\.docx$/);
  });
});

describe('exportActionLogDocument with a council template', () => {
  it('fills the template registered for the action log, named as the log', async () => {
    const built = await exportActionLogDocument({
      workspace: meeting.workspace,
      today: TODAY,
      template: { name: 'council-template.docx', bytes: fixture('council-template.docx') },
    });
    if (!built.ok) throw new Error(built.message);
    expect(built.value.fileName).toMatch(/^2023-10-20 .* action log\.docx$/);
    const docx = await Docx.open(built.value.bytes);
    expect(await subjectOf(docx)).toMatch(/^Open actions of the .* as of 20 October 2023$/);
    expectNoPlaceholders(await docx.wordText());
  });

  it('names the template when it will not fill', async () => {
    const built = await exportActionLogDocument({
      workspace: meeting.workspace,
      today: TODAY,
      template: { name: 'notes.txt', bytes: fixture('bad/not-a-template.txt') },
    });
    expect(built).toEqual({
      ok: false,
      error: 'not-a-word-document',
      message: `notes.txt: ${TEMPLATE_MESSAGES.notZip}`,
    });
  });
});
