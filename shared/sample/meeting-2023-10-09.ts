import {
  addAgendaItem,
  addItemNote,
  agendaItemMinutes,
  listAgenda,
  mirrorMeetingDecisions,
  removeAgendaItem,
  setAttendance,
  setMeetingRole,
  updateAgendaItem,
  type MeetingInput,
} from '../model';
import { standardItemId, startMeeting, type SampleContext, type SampleMeeting } from './context';
import {
  appendRichText,
  bold,
  bulletList,
  heading,
  orderedList,
  paragraph,
} from './rich-text-builder';

/** Seed 000: the steering group's first meeting. */
export const MEETING_2023_10_09: MeetingInput = {
  title: 'City of Sanctuary Local Authority Network Steering Group',
  date: '2023-10-09',
  startTime: '13:00',
  endTime: '14:00',
  venueKind: 'online',
  venue: 'Microsoft Teams',
};

/** The eight steps of the seed's table, verbatim. */
export const AWARD_STEPS = [
  'Contact your local group to pledge support and connect with their / your shared vision',
  'By joining the network, Leeds pledged a commitment to work towards the Council of Sanctuary Award and agreed to sign up as a Supporting Organisation.',
  'Produce an Action Plan using the ‘LEARN, EMBED, SHARE’ criteria.',
  'Apply for recognition.',
  'Application will be reviewed by a Sanctuary Recognition panel.',
  'Once the application is approved, Leeds City Council will be given permission to use the Council of Sanctuary logo.',
  'On receipt of the award recognition, a celebration event will be held for its presentation (to include a press statement).',
  'The steering group will review the action plan and conversations during the three-year award period will inform a review, so Leeds City Council can apply for the award recognition again, at the end of the three years.',
];

export const SEED_DECISIONS = [
  'An agreed group of core members will attend the steering group.',
  'Frequency of meetings will be on a quarterly basis.',
];

/** Left open in the seed's notes, to be answered after the meeting. */
export const OPEN_QUESTIONS = [
  'Migration team mapped out what council services are already doing and invited feedback on appendix?',
  'Democratic process clarify after meeting Gerard Watson?',
];

export const STRATEGY_PRIORITIES = [
  'Improve access to services.',
  'Change attitudes and behaviours.',
  'Increase awareness and understanding.',
  'Strengthen resilience and build capacity.',
  'Strong partnerships.',
];

/** The seed's items, in its order and words. */
export const OCTOBER_ITEMS = [
  'Welcome and Introductions',
  'Purpose of the Steering Group',
  'Steps to Become an Awarded Member',
  'Migration Strategy',
  'Communications',
] as const;

/** The heading of the seed's slide, which the steps item's presentation shows. */
export const SLIDE_HEADING =
  'Action Leeds City Council will take to become an awarded member of the City of Sanctuary Local Authority Network';

function item(meeting: SampleMeeting, title: string): string {
  // The seed gives the items no times: none are allotted.
  return addAgendaItem(meeting.doc, { title, purpose: 'discussion', allottedMinutes: 0 });
}

export function addMeetingOf9October(ctx: SampleContext): SampleMeeting {
  const meeting = startMeeting(ctx, MEETING_2023_10_09);
  const { doc } = meeting;
  const minutes = (id: string) => agendaItemMinutes(doc, id);
  // The seed's agenda is its own five items: the standard ones it did not hold (no previous
  // minutes at a first meeting, no apologies or other business recorded) are not padded in.
  const welcomeId = standardItemId(doc, 'Welcome and introductions');
  for (const { id } of listAgenda(doc)) if (id !== welcomeId) removeAgendaItem(doc, id);
  const [welcomeTitle, purposeTitle, stepsTitle, strategyTitle, commsTitle] = OCTOBER_ITEMS;
  // The seed names only the chair; the rest of the attendance was not recorded.
  setMeetingRole(doc, 'chairId', ctx.people.harland);
  setAttendance(doc, ctx.people.harland, 'present');

  updateAgendaItem(doc, welcomeId, {
    title: welcomeTitle,
    presenter: 'Councillor Harland',
    allottedMinutes: 0,
  });
  appendRichText(minutes(welcomeId), [
    paragraph(
      'Councillor Harland welcomed and thanked everyone in attendance for supporting Leeds City Council to become an awarded member of the City of Sanctuary. Following the deputation to full council on the 13th of September, the deputation was referred to James Rogers, the Director of Communities, Housing, and Environment. A Migration Report is being presented to the ',
      bold('Executive Board on the 18th of October'),
      ' and acknowledges a commitment for the council to apply for the award.',
    ),
  ]);

  const purposeId = item(meeting, purposeTitle);
  appendRichText(minutes(purposeId), [
    orderedList([
      'An agreed group of core members will attend the steering group.',
      'The steering group will engage with people who have lived experience.',
      ['Frequency of meetings will be on a ', bold('quarterly'), ' basis.'],
    ]),
  ]);
  // The seed's points 1 and 3 are what the group agreed: the decision log lists them.
  for (const decision of SEED_DECISIONS)
    addItemNote(doc, purposeId, 'decisions', decision, ctx.now);

  const stepsId = item(meeting, stepsTitle);
  appendRichText(minutes(stepsId), [
    paragraph(
      'The below presentation outlines where Leeds City Council is with progressing through the 8 steps:',
    ),
    // The presentation: the slide's heading, where Leeds stands, then its table of the 8 steps.
    heading(3, SLIDE_HEADING),
    bulletList(
      'Leeds joined in May 2023 as unawarded members – link to pledge',
      'Leeds City of Sanctuary took a deputation to full council on the 13th September and full council supported the call for action to work towards being a Council of Sanctuary and to sign the pledge to defend the right to asylum.',
    ),
    orderedList(AWARD_STEPS),
    heading(3, 'Award criteria (learn, embed and share principles)'),
    paragraph(
      'The award application needs to include evidence of how the three-step process of learn, embed, and share are evident:',
    ),
    bulletList(
      [
        bold('Learn:'),
        ' learning about what it means to be seeking sanctuary, both in general, and specifically.',
      ],
      [
        bold('Embed:'),
        ' taking positive action to embed concepts of welcome, safety and inclusion. To take steps to ensure this progress remains sustainable.',
      ],
      [
        bold('Share:'),
        ' sharing your vision, achievements, what you have learned, and good practice with other local authorities, the local community and beyond.',
      ],
    ),
  ]);
  for (const question of OPEN_QUESTIONS) addItemNote(doc, stepsId, 'questions', question, ctx.now);

  appendRichText(minutes(item(meeting, strategyTitle)), [
    paragraph(bold('Strategic, Coordinated and Inclusive Approach to Migration in Leeds')),
    paragraph(
      'The vision outlines Leeds is a welcoming and compassionate city for new and existing communities, a place where people feel safe and connected; contributions are valued and celebrated; and individuals, families and communities can reach their full potential. The priorities of the migration strategy are to:',
    ),
    bulletList(...STRATEGY_PRIORITIES),
  ]);

  appendRichText(minutes(item(meeting, commsTitle)), [
    paragraph(
      'As the council progress work, consideration will be given to prepare a press release and to publicly demonstrate a commitment to the City of Sanctuary Local Authority Network award.',
    ),
  ]);
  mirrorMeetingDecisions(ctx.workspace, doc, meeting.meetingId);
  return meeting;
}
