import * as Y from 'yjs';
import {
  addAgendaItem,
  addDays,
  addItemNote,
  addPerson,
  agendaItemMinutes,
  createAction,
  createMeeting,
  daysBetween,
  initialiseMeetingDoc,
  listAgenda,
  migrateWorkspace,
  removeAgendaItem,
  setMinutesApproval,
  type ActionStatus,
} from '../../../shared/model';
import {
  actionDescription,
  itemTitle,
  MEETING_SERIES,
  minutesParagraph,
  openQuestion,
  personName,
  personRole,
  TOPICS,
} from './council-text';
import { seededRandom, type Random } from '../sync/random';

/**
 * Issue 16's ten-year group workspace: 400 meetings of about 20 agenda items with about four
 * million characters of minutes between them, 8,000 actions and 300 people. Built with the
 * model's own functions (shared/model), so the documents have the shape real use gives them.
 * The text is deterministic (seeded); ids are not, as in the app.
 */
export interface TenYearShape {
  meetings: number;
  itemsPerMeeting: number;
  actions: number;
  people: number;
  /** About this many characters of minutes in all (paragraph lengths vary around it). */
  minutesCharacters: number;
}

export const TEN_YEAR_SHAPE: TenYearShape = {
  meetings: 400,
  itemsPerMeeting: 20,
  actions: 8_000,
  people: 300,
  minutesCharacters: 4_000_000,
};

export interface TenYearWorkspace {
  workspace: Y.Doc;
  /** Each meeting's own document, by meeting id. */
  meetingDocs: Map<string, Y.Doc>;
  /** Meeting ids oldest first. */
  meetingIds: string[];
  /** What was actually made, counted as it was made. */
  counts: {
    meetings: number;
    items: number;
    minutesParagraphs: number;
    minutesCharacters: number;
    actions: number;
    people: number;
    openActions: number;
  };
  /** Names of the people, for queries. */
  peopleNames: string[];
}

/** Ten years of meetings, the last a week before `today` ('YYYY-MM-DD'). */
export function generateTenYearWorkspace(
  today: string,
  shape: TenYearShape = TEN_YEAR_SHAPE,
  seed = 16,
): TenYearWorkspace {
  if (shape.meetings < 1) throw new Error('A workspace needs at least one meeting');
  const random = seededRandom(seed);
  const workspace = new Y.Doc();
  migrateWorkspace(workspace);
  const counts = {
    meetings: 0,
    items: 0,
    minutesParagraphs: 0,
    minutesCharacters: 0,
    actions: 0,
    people: 0,
    openActions: 0,
  };

  const peopleNames = uniqueNames(random, shape.people);
  const peopleIds: string[] = [];
  workspace.transact(() => {
    for (const name of peopleNames) {
      peopleIds.push(addPerson(workspace, { name, ...personRole(random) }));
      counts.people++;
    }
  });

  // Ten years back from a week ago, evenly spaced: a meeting every nine days or so.
  const last = addDays(today, -7);
  const spanDays = 3_650;
  const meetingIds: string[] = [];
  const dates: string[] = [];
  workspace.transact(() => {
    for (let i = 0; i < shape.meetings; i++) {
      const date = addDays(
        last,
        -Math.round(((shape.meetings - 1 - i) * spanDays) / shape.meetings),
      );
      const series = MEETING_SERIES[i % MEETING_SERIES.length]!;
      dates.push(date);
      meetingIds.push(
        createMeeting(workspace, {
          title: series,
          date,
          startTime: '18:30',
          endTime: '20:30',
          venueKind: i % 4 === 0 ? 'online' : 'room',
          venue: i % 4 === 0 ? 'Microsoft Teams' : 'Civic Centre, Council Chamber',
        }),
      );
      counts.meetings++;
    }
  });

  const charactersPerItem = shape.minutesCharacters / (shape.meetings * shape.itemsPerMeeting);
  const meetingDocs = new Map<string, Y.Doc>();
  const itemTopics = new Map<string, { itemId: string; topic: string }[]>();
  meetingIds.forEach((id, i) => {
    const doc = new Y.Doc({ guid: id });
    initialiseMeetingDoc(doc, workspace, id);
    const speakers = Array.from({ length: 8 }, () => random.pick(peopleNames));
    const items = fillMeeting(doc, random, shape.itemsPerMeeting, charactersPerItem, speakers);
    counts.items += items.items.length;
    counts.minutesParagraphs += items.paragraphs;
    counts.minutesCharacters += items.characters;
    itemTopics.set(id, items.items);
    // Minutes are approved at the next meeting: all but the newest.
    if (i < meetingIds.length - 1) setMinutesApproval(doc, dates[i + 1]!);
    meetingDocs.set(id, doc);
  });

  // Actions spread over the meetings. Old ones were mostly closed long ago; of the last
  // year's, the newer the more are still open, and some of those are overdue: what an
  // officer chases.
  const yearAgo = addDays(today, -365);
  workspace.transact(() => {
    for (let n = 0; n < shape.actions; n++) {
      const m = Math.floor((n * shape.meetings) / shape.actions);
      const meetingId = meetingIds[m]!;
      const date = dates[m]!;
      const item = random.pick(itemTopics.get(meetingId)!);
      const age = daysBetween(date, today);
      const closed = random.next() < (date >= yearAgo ? 0.2 + (0.75 * age) / 365 : 0.97);
      const status: ActionStatus = closed
        ? random.next() < 0.9
          ? 'done'
          : 'dropped'
        : random.next() < 0.7
          ? 'open'
          : 'in progress';
      const freeText = random.next() < 0.12;
      createAction(
        workspace,
        {
          description: actionDescription(random, item.topic),
          ownerPersonId: freeText ? null : random.pick(peopleIds),
          ownerName: freeText ? random.pick(['Democratic Services', 'Housing team', 'All']) : '',
          due: addDays(date, 14 + random.below(76)),
          status,
          meetingId,
          itemId: item.itemId,
        },
        new Date(`${date}T21:00:00Z`),
      );
      counts.actions++;
      if (!closed) counts.openActions++;
    }
  });
  return { workspace, meetingDocs, meetingIds, counts, peopleNames };
}

function uniqueNames(random: Random, n: number): string[] {
  const names = new Set<string>();
  // 25 first names by 20 surnames is 500 people: room for 300 without middle initials.
  for (let tries = 0; names.size < n; tries++) {
    const name = personName(random);
    names.add(tries < n * 20 ? name : `${name} ${String.fromCharCode(65 + (tries % 26))}.`);
  }
  return [...names];
}

/** About the length of one generated paragraph of minutes, in characters. */
const TYPICAL_PARAGRAPH = 220;

/** Replaces the standard agenda with `count` items and their minutes, decisions, questions. */
function fillMeeting(
  doc: Y.Doc,
  random: Random,
  count: number,
  charactersPerItem: number,
  speakers: readonly string[],
) {
  const items: { itemId: string; topic: string }[] = [];
  let paragraphs = 0;
  let characters = 0;
  doc.transact(() => {
    for (const item of listAgenda(doc)) removeAgendaItem(doc, item.id);
    for (let i = 0; i < count; i++) {
      const topic = random.pick(TOPICS);
      const title =
        i === 0
          ? 'Apologies and declarations of interest'
          : i === 1
            ? 'Minutes of the previous meeting'
            : itemTitle(random, topic);
      const itemId = addAgendaItem(doc, {
        title,
        presenter: random.pick(speakers),
        allottedMinutes: 5 + 5 * random.below(4),
      });
      items.push({ itemId, topic });
      // Each item's minutes end near a length drawn around the average wanted: a paragraph
      // is added while that brings the length closer to it.
      const wanted = charactersPerItem * (0.5 + random.next());
      const fragment = agendaItemMinutes(doc, itemId);
      let written = 0;
      while (written === 0 || wanted - written > TYPICAL_PARAGRAPH / 2) {
        const text = minutesParagraph(random, topic, speakers);
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        fragment.push([paragraph]);
        written += text.length;
        paragraphs++;
      }
      characters += written;
      if (i >= 2 && random.next() < 0.5)
        addItemNote(
          doc,
          itemId,
          'decisions',
          `Agreed: ${minutesParagraph(random, topic, speakers)}`,
        );
      if (i >= 2 && random.next() < 0.15)
        addItemNote(doc, itemId, 'questions', openQuestion(random, topic, speakers));
    }
  });
  return { items, paragraphs, characters };
}
