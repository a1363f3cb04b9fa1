import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  BLANK_PROGRAMME,
  CITY_OF_SANCTUARY_PROGRAMME,
  currentJourney,
  describeWhereWeAre,
  listCriteria,
  listSteps,
  migrateWorkspace,
  startJourney,
  whereWeAre,
} from '../../../shared/model';

/** A seed document as text, with runs of whitespace (its line breaks) made single spaces. */
function seedText(name: string): string {
  const text = readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ');
}

const meetingSummary = seedText('000_fe0db82e30aea28b.txt');
const networkPresentation = seedText('002_b9c5b7b2cc547111.txt');
const membershipProposal = seedText('003_939a89a5e0a5d546.txt');

describe('the City of Sanctuary programme', () => {
  it('has the eight steps of the 9 October 2023 meeting summary, in its words and order', () => {
    const found = [...meetingSummary.matchAll(/Step (\d) (.+?)(?= Step \d |\s*$)/g)].map(
      ([, number, text]) => [Number(number), text!.trim()],
    );
    expect(found).toHaveLength(8);
    expect(CITY_OF_SANCTUARY_PROGRAMME.steps.map((step, i) => [i + 1, step])).toEqual(found);
  });

  it('lists the recognition criteria and the named contacts as the seeds word them', () => {
    const [motion, ...others] = CITY_OF_SANCTUARY_PROGRAMME.criteria;
    expect(CITY_OF_SANCTUARY_PROGRAMME.criteria).toHaveLength(6);
    for (const criterion of [motion!, ...others.slice(0, 4)]) {
      expect(networkPresentation).toContain(criterion);
    }
    expect(membershipProposal).toContain(others[4]);
    // The checklist: motion, charter and pledge, local group, strategy, contacts.
    expect(CITY_OF_SANCTUARY_PROGRAMME.criteria.join('\n')).toMatch(
      /pledge.*charter[\s\S]*council motion[\s\S]*local City of Sanctuary group[\s\S]*written strategy[\s\S]*contact details/,
    );
  });

  it('starts a journey with its steps and criteria, all not started', () => {
    const workspace = new Y.Doc();
    migrateWorkspace(workspace);
    const id = startJourney(workspace, CITY_OF_SANCTUARY_PROGRAMME);
    expect(currentJourney(workspace)).toMatchObject({
      id,
      title: 'City of Sanctuary: Council of Sanctuary award',
      programmeId: 'city-of-sanctuary-council-award',
    });
    const steps = listSteps(workspace, id);
    expect(steps.map((s) => s.title)).toEqual(CITY_OF_SANCTUARY_PROGRAMME.steps);
    expect(steps.every((s) => s.status === 'not started')).toBe(true);
    expect(listCriteria(workspace, id).map((c) => c.title)).toEqual(
      CITY_OF_SANCTUARY_PROGRAMME.criteria,
    );
    expect(describeWhereWeAre(whereWeAre(steps))).toBe(
      'Step 1 of 8: Contact your local group to pledge support and connect with their / your shared vision',
    );
  });

  it('starts a blank programme with nothing in it', () => {
    const workspace = new Y.Doc();
    migrateWorkspace(workspace);
    const id = startJourney(workspace, BLANK_PROGRAMME);
    expect(currentJourney(workspace)).toMatchObject({ title: 'Our programme', programmeId: null });
    expect([listSteps(workspace, id), listCriteria(workspace, id)]).toEqual([[], []]);
  });
});
