import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  currentJourney,
  describeStrandEvidence,
  describeWhereWeAre,
  evidenceReport,
  listAgenda,
  listCriteria,
  listEvidence,
  listMeetings,
  listSteps,
  whereWeAre,
} from '../../../shared/model';
import { buildSampleWorkspace } from '../../../shared/sample';

const NOW = new Date('2024-01-15T09:30:00.000Z');

const seed000 = readFileSync(
  new URL('../../fixtures/seeds/000_fe0db82e30aea28b.txt', import.meta.url),
  'utf8',
).replace(/\s+/g, ' ');

function sampleJourney(asOf?: string) {
  const { workspace, meetings } = buildSampleWorkspace({ now: NOW, ...(asOf ? { asOf } : {}) });
  const journey = currentJourney(workspace);
  if (!journey) throw new Error('The sample has no journey');
  return { workspace, meetings, journey };
}

describe('the sample workspace’s journey', () => {
  it('stands where seed 000 puts Leeds: steps 1 and 2 done, the action plan in progress', () => {
    const { workspace, journey } = sampleJourney();
    expect(journey.title).toBe('City of Sanctuary: Council of Sanctuary award');
    const steps = listSteps(workspace, journey.id);
    expect(steps.map((s) => s.status)).toEqual([
      'done',
      'done',
      'in progress',
      ...Array(5).fill('not started'),
    ]);
    expect(describeWhereWeAre(whereWeAre(steps))).toBe(
      'Step 3 of 8: Produce an Action Plan using the ‘LEARN, EMBED, SHARE’ criteria.',
    );
    // Only the date the seed gives: 13 September; May 2023 has no day, so none is made up.
    expect(steps.map((s) => s.completedDate)).toEqual(['2023-09-13', ...Array(7).fill(null)]);
    expect(steps.every((s) => s.ownerName === '' && s.targetDate === null)).toBe(true);
    // Every note is the seed's own words (the board report, once held, in the past tense).
    expect(seed000).toContain(steps[0]!.notes);
    expect(seed000).toContain(steps[1]!.notes);
    expect(seed000).toContain(steps[2]!.notes.split('\n')[0]);
  });

  it('holds the deputation, the mapping and the Executive Board report as evidence', () => {
    const { workspace, journey } = sampleJourney();
    const evidence = listEvidence(workspace, journey.id);
    expect(evidence.map((e) => [e.date, e.title, e.strand])).toEqual([
      ['2023-09-13', 'Deputation to full council', 'embed'],
      ['2023-10-09', 'Mapping of council services', 'learn'],
      ['2023-10-18', 'Migration Report to the Executive Board', 'embed'],
    ]);
    const october = listMeetings(workspace).find((m) => m.date === '2023-10-09')!;
    expect(evidence.every((e) => e.meetingId === october.id)).toBe(true);
    const report = evidenceReport(evidence, listCriteria(workspace, journey.id));
    expect(report.strands.map(describeStrandEvidence)).toEqual([
      'Learn: 1 piece of evidence',
      'Embed: 2 pieces of evidence',
      'Share: no evidence yet',
    ]);
    const supported = report.criteria.filter((c) => c.entries.length > 0);
    expect(supported.map((c) => c.criterion.title)).toEqual([
      'Commit to working with the local City of Sanctuary group (and other refugee orgs) and show evidence of this work',
    ]);
  });

  it('links evidence to the October item the seed records it under', () => {
    const { workspace, meetings, journey } = sampleJourney();
    const october = listMeetings(workspace).find((m) => m.date === '2023-10-09')!;
    const titles = new Map(listAgenda(meetings.get(october.id)!).map((i) => [i.id, i.title]));
    expect(listEvidence(workspace, journey.id).map((e) => titles.get(e.itemId!))).toEqual([
      'Steps to Become an Awarded Member',
      'Steps to Become an Awarded Member',
      'Welcome and Introductions',
    ]);
  });

  it('as of 9 October 2023 has no board report yet, and before October no journey', () => {
    const { workspace, journey } = sampleJourney('2023-10-09');
    expect(listEvidence(workspace, journey.id).map((e) => e.title)).toEqual([
      'Deputation to full council',
      'Mapping of council services',
    ]);
    expect(listSteps(workspace, journey.id)[2]?.notes).toContain(
      'A Migration Report is being presented to the Executive Board on the 18th of October',
    );
    expect(currentJourney(buildSampleWorkspace({ now: NOW, asOf: '2023-09-30' }).workspace)).toBe(
      null,
    );
  });
});
