import {
  addEvidence,
  CITY_OF_SANCTUARY_PROGRAMME,
  listAgenda,
  listCriteria,
  listSteps,
  startJourney,
  updateStep,
} from '../model';
import type { SampleContext, SampleMeeting } from './context';
import { OCTOBER_ITEMS } from './meeting-2023-10-09';

/** The day the Executive Board received the Migration Report (seed 000). */
const EXECUTIVE_BOARD_DATE = '2023-10-18';

/**
 * The City of Sanctuary journey as seed 000's slide shows Leeds on it on 9 October 2023: the
 * three things it notes against the steps (joined the network in May 2023, the deputation to
 * full council on 13 September, the migration team's mapping of services), and the Executive
 * Board report of 18 October that the welcome item announces. Nothing else is filled in: the
 * seed gives no owners or target dates, and no day in May, so those stay empty.
 */
export function addSampleJourney(ctx: SampleContext, october: SampleMeeting, asOf: string): string {
  const { workspace } = ctx;
  const journeyId = startJourney(
    workspace,
    CITY_OF_SANCTUARY_PROGRAMME,
    ctx.now,
    CITY_OF_SANCTUARY_PROGRAMME.title,
    ctx.newId,
  );
  const [contact, join, actionPlan] = listSteps(workspace, journeyId);
  if (!contact || !join || !actionPlan) throw new Error('The programme has lost its first steps');
  const stepsItem = listAgenda(october.doc).find((item) => item.title === OCTOBER_ITEMS[2]);
  const localGroup = listCriteria(workspace, journeyId).find((c) =>
    c.title.startsWith('Commit to working with the local City of Sanctuary group'),
  );
  const boardReported = asOf >= EXECUTIVE_BOARD_DATE;

  updateStep(workspace, contact.id, {
    status: 'done',
    completedDate: '2023-09-13',
    notes:
      'Leeds City of Sanctuary took a deputation to full council on the 13th September and full council supported the call for action to work towards being a Council of Sanctuary and to sign the pledge to defend the right to asylum.',
  });
  // Done in May 2023; the seed gives no day, so no completed date is invented.
  updateStep(workspace, join.id, {
    status: 'done',
    notes: 'Leeds joined in May 2023 as unawarded members – link to pledge',
  });
  updateStep(workspace, actionPlan.id, {
    status: 'in progress',
    notes: [
      'Migration team mapped out what council services are already doing and invited feedback on appendix?',
      boardReported
        ? 'A Migration Report was presented to the Executive Board on 18 October 2023, acknowledging a commitment for the council to apply for the award.'
        : 'A Migration Report is being presented to the Executive Board on the 18th of October and acknowledges a commitment for the council to apply for the award.',
    ].join('\n'),
  });

  addEvidence(
    workspace,
    journeyId,
    {
      title: 'Deputation to full council',
      date: '2023-09-13',
      strand: 'embed',
      criterionId: localGroup?.id ?? null,
      description:
        'Leeds City of Sanctuary took a deputation to full council, and full council supported the call for action to work towards being a Council of Sanctuary and to sign the pledge to defend the right to asylum. The deputation was referred to James Rogers, the Director of Communities, Housing, and Environment.',
      meetingId: october.meetingId,
      itemId: stepsItem?.id ?? null,
    },
    ctx.now,
    ctx.newId(),
  );
  addEvidence(
    workspace,
    journeyId,
    {
      title: 'Mapping of council services',
      date: '2023-10-09',
      strand: 'learn',
      description:
        'The migration team mapped out what council services are already doing and invited feedback, as reported to the steering group on 9 October 2023.',
      meetingId: october.meetingId,
      itemId: stepsItem?.id ?? null,
    },
    ctx.now,
    ctx.newId(),
  );
  if (boardReported) {
    addEvidence(
      workspace,
      journeyId,
      {
        title: 'Migration Report to the Executive Board',
        date: EXECUTIVE_BOARD_DATE,
        strand: 'embed',
        description:
          'The Migration Report presented to the Executive Board acknowledges a commitment for the council to apply for the award.',
        meetingId: october.meetingId,
        itemId: listAgenda(october.doc).find((item) => item.title === OCTOBER_ITEMS[0])?.id ?? null,
      },
      ctx.now,
      ctx.newId(),
    );
  }
  return journeyId;
}
