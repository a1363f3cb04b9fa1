import {
  addAgendaItem,
  addItemNote,
  agendaItemMinutes,
  createAction,
  listAgenda,
  listPeople,
  mirrorMeetingDecisions,
  removeAgendaItem,
  setAttendance,
  setGroupMeeting,
  mirrorMinutesStatus,
  type MeetingInput,
} from '../model';
import { parseActionText } from '../rules/action-text';
import { startMeeting, type SampleContext, type SampleMeeting } from './context';
import { appendRichText, bulletList, paragraph } from './rich-text-builder';

/**
 * Seed 001: the meeting between the council and the local group that led to the steering group.
 * The seed gives no time or venue, so none is recorded (a meeting from the records may have none).
 */
export const MEETING_2023_09_01: MeetingInput = {
  title: 'Meeting between Leeds City Council and Leeds City of Sanctuary (LCoS)',
  date: '2023-09-01',
  startTime: '',
  endTime: '',
  venueKind: 'online',
  venue: '',
};

/** The seed's three headings, in its order and words. */
export const SEPTEMBER_ITEMS = [
  'Meeting action/observation notes',
  'Immediate actions',
  'Note',
] as const;

/** What the council committed to at the meeting (the second note): the decision log lists it. */
const DECISION =
  'The council will set up a steering group to ensure the experiences, skills and knowledge of migrant communities/organisations influence the strategic decisions, ensuring a systems approach.';

const NOTES = [
  'Leeds City Council (LCC) plan to sign up to a pledge to commit to the CoS local authority network values, as a non-awarded organisation, and will work towards applying for the local authority network award. This gives access to policies and strategies from other local authorities.',
  DECISION,
  'LCC will work to ensure there is a political buy in and promote comms around the CoS work.',
  'A meeting will be arranged for CoS and migrant third sector representatives to meet with Councillor Harland (LCC Migration lead) to help improve relationships as the 3rd sector have put in asks and the council have not responded because of the need to gain higher approval. The meeting would also be an opportunity to talk about the city as a sanctuary in light of the Afghan crisis.',
  'The Leeds Migration Strategy will be discussed at the next Leeds Migration Partnership (LMP) strategic meeting (8th September). LMP partners will support the council to apply for the award.',
  'Leeds CoS steering group currently do not have a council representative attend their meetings, Rose and Mary are working hard to re-invigorate the network.',
  'Contact Theory will be considered to help facilitate training for council services to ensure people with lived experience contribute to the delivery of training to services across the council, to raise awareness of needs specific to migrant communities.',
];

/** Verbatim from the seed; the action log entries are parsed from these lines. */
export const IMMEDIATE_ACTIONS = [
  'Jenny to share presentation with LCC migration team/schools and to attend schools of sanctuary event on the 14th September.',
  'Jenny to link with other councils who have been through the process.',
];

const GOVERNANCE_NOTES = [
  'If LCC is not committing additional funds of more than 70k, full council do not need to approve. Full council will approve the strategy and the joining of the CoS network can be done after just 1 cabinet member approves the decision.',
  'Application for the award to include non-usual business (i.e. business support/libraries/migrant led services/storage donations/allotments can be gardens of sanctuary/bus services i.e. First Bus).',
];

function addItem(meeting: SampleMeeting, title: string, purpose: 'discussion' | 'information') {
  // The seed gives the items no times: none are allotted.
  return addAgendaItem(meeting.doc, { title, purpose, allottedMinutes: 0 });
}

export function addMeetingOf1September(ctx: SampleContext): SampleMeeting {
  const meeting = startMeeting(ctx, MEETING_2023_09_01);
  const { doc, meetingId } = meeting;
  // An informal meeting held before the steering group existed: its standard agenda does not
  // apply, and its documents are headed with its own title, not the group's name.
  for (const standard of listAgenda(doc)) removeAgendaItem(doc, standard.id);
  setGroupMeeting(doc, false);
  mirrorMinutesStatus(ctx.workspace, meetingId, doc);

  const { people } = ctx;
  for (const key of ['mccarthy', 'brandon', 'filipovaRivers', 'trehitt', 'jennings'] as const)
    setAttendance(doc, people[key], 'present');

  const [notesTitle, actionsTitle, noteTitle] = SEPTEMBER_ITEMS;
  const notesId = addItem(meeting, notesTitle, 'discussion');
  appendRichText(agendaItemMinutes(doc, notesId), [
    paragraph(
      'City of Sanctuary UK hold the vision that the UK will be a welcoming place of safety for all and deliver their vision through network groups (includes villages, towns, cities and regions across the UK) and Streams of Sanctuary (i.e. schools, theatres, health, maternity, GP, gardens etc.).',
    ),
    bulletList(...NOTES),
  ]);
  addItemNote(doc, notesId, 'decisions', DECISION, ctx.now);

  const actionsId = addItem(meeting, actionsTitle, 'discussion');
  appendRichText(agendaItemMinutes(doc, actionsId), [bulletList(...IMMEDIATE_ACTIONS)]);
  // The same parser the minute-taker's "make this an action" uses, on the seed's own lines.
  const candidates = listPeople(ctx.workspace).map(({ id, name }) => ({ id, name }));
  for (const [index, line] of IMMEDIATE_ACTIONS.entries()) {
    const suggestion = parseActionText(line, {
      people: candidates,
      meetingDate: MEETING_2023_09_01.date,
    });
    if (!suggestion.owner) throw new Error(`No owner found in the sample action “${line}”`);
    createAction(
      ctx.workspace,
      {
        description: suggestion.description,
        ownerPersonId: suggestion.owner.kind === 'person' ? suggestion.owner.personId : null,
        ownerName: suggestion.owner.kind === 'text' ? suggestion.owner.name : '',
        due: suggestion.due,
        meetingId,
        itemId: actionsId,
      },
      // A millisecond apart, so A1 and A2 follow the minutes' order (refs sort by creation).
      new Date(ctx.now.getTime() + index),
    );
  }

  const governanceId = addItem(meeting, noteTitle, 'information');
  appendRichText(agendaItemMinutes(doc, governanceId), [bulletList(...GOVERNANCE_NOTES)]);
  mirrorMeetingDecisions(ctx.workspace, doc, meetingId);
  return meeting;
}
