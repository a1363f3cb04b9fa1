import * as Y from 'yjs';
import {
  addAgendaItem,
  agendaItemMinutes,
  createAction,
  createMeeting,
  initialiseMeetingDoc,
  listAgenda,
  migrateWorkspace,
  removeAgendaItem,
} from '../../shared/model';

/**
 * The benchmark workload from issue 4: a workspace of 2,000 meetings and 50,000 actions, and
 * one meeting of 100 agenda items with 50,000 characters of minutes. Built with the model's
 * own functions, so it has the shape real use gives.
 */
export interface BenchWorkspace {
  workspace: Y.Doc;
  bigMeetingId: string;
  bigMeeting: Y.Doc;
}

const SENTENCE =
  'The steering group discussed the migration strategy and agreed to share the action plan. ';

function isoDate(daysAfter: number): string {
  return new Date(Date.UTC(2010, 0, 4) + daysAfter * 86_400_000).toISOString().slice(0, 10);
}

export function generateBenchWorkspace(meetings = 2_000, actions = 50_000): BenchWorkspace {
  const workspace = new Y.Doc();
  migrateWorkspace(workspace);
  const ids: string[] = [];
  workspace.transact(() => {
    for (let i = 0; i < meetings; i++) {
      ids.push(
        createMeeting(workspace, {
          title: `Steering Group meeting ${i + 1}`,
          date: isoDate(i * 2),
          startTime: '13:00',
          endTime: '14:00',
          venueKind: i % 3 === 0 ? 'room' : 'online',
          venue: i % 3 === 0 ? 'Civic Hall, Committee Room 2' : 'Microsoft Teams',
        }),
      );
    }
    for (let i = 0; i < actions; i++) {
      createAction(workspace, {
        description: `Action ${i + 1}: share the presentation with the schools team`,
        ownerName: `Owner ${i % 40}`,
        due: isoDate(i % 5_000),
        status: i % 4 === 0 ? 'done' : 'open',
        meetingId: ids[i % ids.length] ?? '',
      });
    }
  });
  const bigMeetingId = ids.at(-1) ?? '';
  const bigMeeting = new Y.Doc({ guid: bigMeetingId });
  initialiseMeetingDoc(bigMeeting, workspace, bigMeetingId);
  fillBigMeeting(bigMeeting);
  return { workspace, bigMeetingId, bigMeeting };
}

/** 100 items, 500 characters of minutes each, as paragraphs in TipTap's schema. */
function fillBigMeeting(doc: Y.Doc): void {
  doc.transact(() => {
    for (const item of listAgenda(doc)) removeAgendaItem(doc, item.id);
    for (let i = 0; i < 100; i++) {
      const id = addAgendaItem(doc, { title: `Item ${i + 1}`, allottedMinutes: 5 });
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(SENTENCE.repeat(6).slice(0, 500))]);
      agendaItemMinutes(doc, id).insert(0, [paragraph]);
    }
  });
}
