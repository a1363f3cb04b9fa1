import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  exportMeetingDocument,
  type MeetingDocumentRequest,
} from '../../../shared/export/documents';
import { EXPORT_LIMITS, EXPORT_LIMIT_MESSAGES } from '../../../shared/export/limits';
import { agendaMap, listAgenda, listMeetings, minutesFragment } from '../../../shared/model';
import { buildSampleWorkspace } from '../../../shared/sample';

/**
 * Meetings no council holds, as a hostile workspace file could carry them: the export refuses
 * them in one line instead of running out of memory or overflowing the stack.
 */
let meeting: Omit<MeetingDocumentRequest, 'kind'>;

beforeEach(() => {
  const { workspace, meetings } = buildSampleWorkspace({ now: new Date('2023-10-10T09:00:00Z') });
  const id = listMeetings(workspace).find((m) => m.date === '2023-10-09')!.id;
  meeting = { workspace, meetingDoc: meetings.get(id)!, today: '2023-10-20' };
});

/** Nests `depth` bullet lists inside one another in the item's minutes, as the editor would. */
function nestLists(meetingDoc: Y.Doc, itemId: string, depth: number) {
  meetingDoc.transact(() => {
    let parent: Y.XmlFragment | Y.XmlElement = minutesFragment(meetingDoc, itemId);
    for (let level = 1; level <= depth; level += 1) {
      const list = new Y.XmlElement('bulletList');
      const item = new Y.XmlElement('listItem');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`Level ${level}`)]);
      item.insert(0, [paragraph]);
      list.insert(0, [item]);
      parent.insert(parent.length, [list]);
      parent = item;
    }
  });
}

describe('export limits', () => {
  it('refuses a 200,000-item agenda in one line, before reading it', async () => {
    const { meetingDoc } = meeting;
    meetingDoc.transact(() => {
      const agenda = agendaMap(meetingDoc);
      for (let n = 0; n < 200_000; n += 1) {
        agenda.set(`bulk${n}`, new Y.Map<unknown>([['title', `Item ${n}`]]));
      }
    });
    const total = agendaMap(meetingDoc).size;
    expect(total).toBeGreaterThan(200_000);
    const result = await exportMeetingDocument({ ...meeting, kind: 'agenda' });
    expect(result).toEqual({
      ok: false,
      error: 'too-large',
      message: `This meeting has ${total.toLocaleString('en-GB')} agenda items; an export holds at most 500, so split the meeting or remove items and export again.`,
    });
  }, 60_000);

  it('refuses lists nested 10,000 deep with a line naming the item, not a RangeError', async () => {
    const item = listAgenda(meeting.meetingDoc)[1]!;
    nestLists(meeting.meetingDoc, item.id, 10_000);
    for (const kind of ['minutes', 'summary', 'agenda'] as const) {
      const result = await exportMeetingDocument({ ...meeting, kind });
      expect(result).toEqual({
        ok: false,
        error: 'too-large',
        message: `The minutes of item 2 (${item.title}) have lists nested more than 20 levels deep; flatten the list and export again.`,
      });
    }
  });

  it('exports lists nested to the limit, and refuses one level more', async () => {
    const item = listAgenda(meeting.meetingDoc)[0]!;
    nestLists(meeting.meetingDoc, item.id, EXPORT_LIMITS.listDepth);
    const within = await exportMeetingDocument({ ...meeting, kind: 'minutes' });
    expect(within.ok).toBe(true);
    nestLists(meeting.meetingDoc, item.id, EXPORT_LIMITS.listDepth + 1);
    expect(await exportMeetingDocument({ ...meeting, kind: 'minutes' })).toMatchObject({
      ok: false,
      error: 'too-large',
    });
  });

  it('refuses minutes longer than any meeting’s', async () => {
    const item = listAgenda(meeting.meetingDoc)[0]!;
    const fragment = minutesFragment(meeting.meetingDoc, item.id);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('x'.repeat(EXPORT_LIMITS.minutesCharacters + 1))]);
    fragment.insert(fragment.length, [paragraph]);
    expect(await exportMeetingDocument({ ...meeting, kind: 'summary' })).toEqual({
      ok: false,
      error: 'too-large',
      message: EXPORT_LIMIT_MESSAGES.minutesCharacters,
    });
  });

  it('refuses more paragraphs than any meeting’s minutes hold', async () => {
    const item = listAgenda(meeting.meetingDoc)[0]!;
    const fragment = minutesFragment(meeting.meetingDoc, item.id);
    meeting.meetingDoc.transact(() => {
      fragment.insert(
        fragment.length,
        Array.from(
          { length: EXPORT_LIMITS.minutesBlocks + 1 },
          () => new Y.XmlElement('paragraph'),
        ),
      );
    });
    expect(await exportMeetingDocument({ ...meeting, kind: 'minutes' })).toEqual({
      ok: false,
      error: 'too-large',
      message: EXPORT_LIMIT_MESSAGES.minutesBlocks,
    });
  });
});
