import type * as Y from 'yjs';
import { newId } from './ids';
import { addCriterion } from './journey-criteria';
import { addStep } from './journey-steps';
import { createJourney } from './journeys';
import { LOCAL_EDIT } from './origins';

/**
 * Built-in programmes a journey can start from. City of Sanctuary is the example the seeds
 * give; a blank programme serves any other award a group works towards.
 */
export interface Programme {
  id: string;
  title: string;
  /** One line for the "Start a journey" choice. */
  summary: string;
  steps: readonly string[];
  criteria: readonly string[];
}

export const CITY_OF_SANCTUARY_PROGRAMME: Programme = {
  id: 'city-of-sanctuary-council-award',
  title: 'City of Sanctuary: Council of Sanctuary award',
  summary:
    'The eight steps to becoming an awarded member of the City of Sanctuary Local Authority Network, with the recognition criteria as a checklist.',
  // The eight steps as the Leeds steering group set them out (meeting summary, 9 October 2023),
  // word for word: the group knows them in these words, so the template does not rephrase them.
  steps: [
    'Contact your local group to pledge support and connect with their / your shared vision',
    'By joining the network, Leeds pledged a commitment to work towards the Council of Sanctuary Award and agreed to sign up as a Supporting Organisation.',
    'Produce an Action Plan using the ‘LEARN, EMBED, SHARE’ criteria.',
    'Apply for recognition.',
    'Application will be reviewed by a Sanctuary Recognition panel.',
    'Once the application is approved, Leeds City Council will be given permission to use the Council of Sanctuary logo.',
    'On receipt of the award recognition, a celebration event will be held for its presentation (to include a press statement).',
    'The steering group will review the action plan and conversations during the three-year award period will inform a review, so Leeds City Council can apply for the award recognition again, at the end of the three years.',
  ],
  // The network's criteria for Council of Sanctuary recognition, then the one membership
  // condition of the network's proposal paper they do not already cover (named contacts).
  criteria: [
    'Join the City of Sanctuary Local Authority Network which includes a pledge to support the City of Sanctuary vision and charter',
    'Pass a council motion setting out commitment to being a place of sanctuary',
    'Commit to working with the local City of Sanctuary group (and other refugee orgs) and show evidence of this work',
    'Commit to work with partners to identify national policy issues to make collective representations to government to enable change',
    'Produce a written strategy, publicly available and sets out commitment for at least three years.',
    'Provide contact details for the councillor that has responsibility for City of Sanctuary, and at least one council officer as contact points for the City of Sanctuary Local Authority Network',
  ],
};

export const BLANK_PROGRAMME: Programme = {
  id: 'blank',
  title: 'Our programme',
  summary: 'No steps yet: add your own steps and criteria.',
  steps: [],
  criteria: [],
};

export const builtInProgrammes: readonly Programme[] = [
  CITY_OF_SANCTUARY_PROGRAMME,
  BLANK_PROGRAMME,
];

export function findProgramme(id: string): Programme {
  const programme = builtInProgrammes.find((p) => p.id === id);
  if (!programme) throw new Error(`No built-in programme with id ${id}`);
  return programme;
}

/** Starts a journey from a programme, its steps and criteria in order, in one transaction. */
export function startJourney(
  workspace: Y.Doc,
  programme: Programme,
  now = new Date(),
  title = programme.title,
  makeId: () => string = newId,
): string {
  let journeyId = '';
  workspace.transact(() => {
    journeyId = createJourney(
      workspace,
      { title, programmeId: programme === BLANK_PROGRAMME ? null : programme.id },
      now,
      makeId(),
    );
    for (const step of programme.steps)
      addStep(workspace, journeyId, { title: step }, undefined, makeId());
    for (const criterion of programme.criteria)
      addCriterion(workspace, journeyId, { title: criterion }, undefined, makeId());
  }, LOCAL_EDIT);
  return journeyId;
}
