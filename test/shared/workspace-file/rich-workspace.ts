import * as Y from 'yjs';
import {
  addItemNote,
  addPerson,
  agendaItemMinutes,
  createAction,
  goToItem,
  listAgenda,
  listItemNotes,
  setAttendance,
  setMinutesApproval,
  setNextMeeting,
} from '../../../shared/model';
import {
  appendRichText,
  bold,
  bulletList,
  heading,
  italic,
  item,
  link,
  orderedList,
  paragraph,
} from '../../../shared/sample';
import { workspaceWithMeeting } from '../model/fixtures';

const NOW = new Date('2023-10-09T12:00:00.000Z');

/** A workspace using every kind of data: people, attendance, actions, notes, run state, rich text. */
export function richWorkspace() {
  const { workspace, meetingId, meetingDoc } = workspaceWithMeeting();
  const jenny = addPerson(workspace, {
    name: 'Jennifer Jennings',
    role: 'Migration Support Officer',
    organisation: 'Leeds City Council',
    tags: ['officer'],
  });
  const rose = addPerson(workspace, { name: 'Rose McCarthy', tags: ['local group'] });
  setAttendance(meetingDoc, jenny, 'present');
  setAttendance(meetingDoc, rose, 'apologies');
  const [welcome, , , , matters] = listAgenda(meetingDoc);
  appendRichText(agendaItemMinutes(meetingDoc, welcome!.id), [
    heading(3, 'Award criteria'),
    paragraph('Councillor Harland ', bold('welcomed'), ' everyone, ', italic('warmly'), '.'),
    paragraph(),
    orderedList([
      item(['Learn'], bulletList('Seeking sanctuary', ['in ', bold('general')])),
      item(['Embed'], orderedList(['welcome', 'safety'], 3)),
      [link('Share', 'https://cityofsanctuary.org/'), ' with others'],
    ]),
  ]);
  addItemNote(
    meetingDoc,
    matters!.id,
    'questions',
    'Democratic process clarify after meeting?',
    NOW,
  );
  addItemNote(meetingDoc, matters!.id, 'decisions', 'Meet quarterly', NOW);
  createAction(
    workspace,
    { description: 'Share the presentation', ownerPersonId: jenny, due: '2023-09-14', meetingId },
    NOW,
  );
  createAction(
    workspace,
    { description: 'Map services', ownerName: 'Migration team', meetingId },
    NOW,
  );
  setNextMeeting(meetingDoc, { date: '2024-01-08', startTime: '13:00', endTime: '14:00' });
  setMinutesApproval(meetingDoc, '2024-01-08');
  goToItem(meetingDoc, welcome!.id, NOW.getTime());
  return { workspace, meetings: new Map([[meetingId, meetingDoc]]), meetingId };
}

/** A rich-text fragment as a tree of names, attributes and formatted text runs. */
export function describeXml(node: Y.XmlFragment | Y.XmlElement | Y.XmlText): unknown {
  if (node instanceof Y.XmlText) return { delta: node.toDelta() };
  const children = node.toArray().map((child) => describeXml(child as Y.XmlElement));
  return node instanceof Y.XmlElement
    ? { name: node.nodeName, attributes: node.getAttributes(), children }
    : { children };
}

const WORKSPACE_ROOTS = ['meta', 'group', 'standardAgenda', 'people', 'meetings', 'actions'];
const MEETING_ROOTS = ['meta', 'header', 'attendance', 'agenda', 'run'];

/** Everything in the documents, as plain data: every root map and every item's minutes. */
export function snapshot(workspace: Y.Doc, meetings: ReadonlyMap<string, Y.Doc>) {
  const roots = (doc: Y.Doc, names: string[]) =>
    Object.fromEntries(names.map((name) => [name, doc.getMap(name).toJSON()]));
  return {
    guid: workspace.guid,
    workspace: roots(workspace, WORKSPACE_ROOTS),
    meetings: [...meetings].map(([id, doc]) => ({
      id,
      guid: doc.guid,
      roots: roots(doc, MEETING_ROOTS),
      minutes: listAgenda(doc).map((agendaItem) => {
        const fragment = agendaItemMinutes(doc, agendaItem.id);
        return {
          title: agendaItem.title,
          xml: fragment.toString(),
          tree: describeXml(fragment),
          questions: listItemNotes(doc, agendaItem.id, 'questions'),
          decisions: listItemNotes(doc, agendaItem.id, 'decisions'),
        };
      }),
    })),
  };
}
