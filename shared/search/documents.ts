import type * as Y from 'yjs';
import { listActions } from '../model/actions';
import { listAgenda } from '../model/agenda';
import { listItemNotes } from '../model/item-notes';
import { minutesFragment } from '../model/meeting-doc';
import { readMeetingHeader } from '../model/meeting-header';
import { listMeetings, type Meeting } from '../model/meetings';
import { minutesTextBlocks } from '../model/minutes-text';
import { listPeople } from '../model/people';

/** What a search can find, in the order results are grouped. */
export const searchKinds = [
  'meeting',
  'agenda item',
  'minutes',
  'decision',
  'action',
  'question',
  'person',
] as const;
export type SearchKind = (typeof searchKinds)[number];

/**
 * One thing a search can find, flattened from the Yjs documents into plain values, so the
 * index (and what is stored of it) never holds a Yjs type. Minutes are one document a
 * paragraph, so a hit can name, and open, the exact place.
 */
export interface SearchDocument {
  /** Unique in a workspace: `<kind>:<meeting id>:<item id>:<n>` and the like. */
  id: string;
  kind: SearchKind;
  /** The document it came from: a meeting's id, or 'workspace' for the workspace's own. */
  source: string;
  /** The heading of the hit: an item's title, an action's description, a person's name. */
  title: string;
  /** The text searched besides the title. */
  text: string;
  meetingId: string | null;
  /** YYYY-MM-DD, or '' when the hit belongs to no meeting (a person). */
  meetingDate: string;
  meetingTitle: string;
  itemId: string | null;
  personId: string | null;
}

export const WORKSPACE_SOURCE = 'workspace';

/** Meetings, actions and people: everything the workspace document itself holds. */
export function workspaceSearchDocuments(workspace: Y.Doc): SearchDocument[] {
  const meetings = new Map(listMeetings(workspace).map((m) => [m.id, m]));
  const names = new Map(listPeople(workspace).map((p) => [p.id, p.name]));
  const docs: SearchDocument[] = [];
  for (const m of meetings.values()) {
    docs.push({
      ...base(m, 'meeting', `meeting:${m.id}`),
      source: WORKSPACE_SOURCE,
      title: m.title,
      text: m.venue,
    });
  }
  for (const action of listActions(workspace)) {
    const m = meetings.get(action.meetingId);
    const owner = action.ownerPersonId ? (names.get(action.ownerPersonId) ?? '') : action.ownerName;
    docs.push({
      ...(m ? base(m, 'action', `action:${action.id}`) : orphan('action', `action:${action.id}`)),
      source: WORKSPACE_SOURCE,
      title: action.description,
      text: [owner, action.status].filter(Boolean).join(' · '),
      itemId: action.itemId,
    });
  }
  for (const person of listPeople(workspace)) {
    docs.push({
      ...orphan('person', `person:${person.id}`),
      source: WORKSPACE_SOURCE,
      title: person.name,
      text: [person.role, person.organisation].filter(Boolean).join(', '),
      personId: person.id,
    });
  }
  return docs;
}

/**
 * A meeting's agenda items, minutes paragraphs, decisions and open questions. `meeting` is
 * its entry in the workspace (title and date); the header is read when there is none.
 */
export function meetingSearchDocuments(
  meetingDoc: Y.Doc,
  meetingId: string,
  meeting: Pick<Meeting, 'title' | 'date'> | null,
): SearchDocument[] {
  const header = meeting ?? readMeetingHeader(meetingDoc);
  const m = { id: meetingId, title: header?.title ?? '', date: header?.date ?? '' };
  const docs: SearchDocument[] = [];
  for (const item of listAgenda(meetingDoc)) {
    const at = (kind: SearchKind, n: number | string) => ({
      ...base(m, kind, `${kind}:${meetingId}:${item.id}:${n}`),
      source: meetingId,
      itemId: item.id,
    });
    const itemTitle = `${item.number}. ${item.title}`;
    docs.push({
      ...at('agenda item', 0),
      title: itemTitle,
      text: [item.presenter, item.notes].filter(Boolean).join(' · '),
    });
    minutesTextBlocks(minutesFragment(meetingDoc, item.id)).forEach((text, n) =>
      docs.push({ ...at('minutes', n), title: itemTitle, text }),
    );
    for (const note of listItemNotes(meetingDoc, item.id, 'decisions'))
      docs.push({ ...at('decision', note.id), title: itemTitle, text: note.text });
    for (const note of listItemNotes(meetingDoc, item.id, 'questions'))
      docs.push({ ...at('question', note.id), title: itemTitle, text: note.text });
  }
  return docs;
}

/**
 * Which paragraph of its item's minutes a 'minutes' document is (0 for the first paragraph or
 * heading with text), read from its id `minutes:<meeting id>:<item id>:<n>`; null for others.
 */
export function minutesParagraphOf(doc: Pick<SearchDocument, 'id' | 'kind'>): number | null {
  if (doc.kind !== 'minutes') return null;
  const n = Number(doc.id.slice(doc.id.lastIndexOf(':') + 1));
  return Number.isInteger(n) && n >= 0 ? n : null;
}

function base(m: { id: string; title: string; date: string }, kind: SearchKind, id: string) {
  return {
    id,
    kind,
    meetingId: m.id,
    meetingDate: m.date,
    meetingTitle: m.title,
    itemId: null,
    personId: null,
  };
}

function orphan(kind: SearchKind, id: string) {
  return {
    id,
    kind,
    meetingId: null,
    meetingDate: '',
    meetingTitle: '',
    itemId: null,
    personId: null,
  };
}
