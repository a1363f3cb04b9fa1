import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCriterion,
  addEvidence,
  addStep,
  criterionTitleError,
  createJourney,
  describeStrandEvidence,
  evidenceGaps,
  evidenceReport,
  listCriteria,
  listEvidence,
  listSteps,
  migrateWorkspace,
  moveCriterion,
  removeCriterion,
  removeEvidence,
  updateCriterion,
  updateEvidence,
  validateEvidenceInput,
} from '../../../shared/model';
import { replicaOf, syncDocs } from './fixtures';

function workspaceWithJourney() {
  const workspace = new Y.Doc();
  migrateWorkspace(workspace);
  const journeyId = createJourney(workspace, { title: 'Council of Sanctuary award' });
  return { workspace, journeyId };
}

const deputation = {
  title: 'Deputation to full council',
  date: '2023-09-13',
  strand: 'share' as const,
  description:
    'Full council supported the call for action to work towards being a Council of Sanctuary.',
};

describe('journey evidence', () => {
  it('records an entry with its strand, criterion and links', () => {
    const { workspace, journeyId } = workspaceWithJourney();
    const motion = addCriterion(workspace, journeyId, { title: 'Pass a council motion' });
    addEvidence(workspace, journeyId, {
      ...deputation,
      criterionId: motion,
      meetingId: 'm1',
      itemId: 'i1',
      url: 'https://www.leeds.gov.uk',
    });
    expect(listEvidence(workspace, journeyId)).toEqual([
      expect.objectContaining({
        title: 'Deputation to full council',
        date: '2023-09-13',
        strand: 'share',
        criterionId: motion,
        meetingId: 'm1',
        itemId: 'i1',
        decisionId: null,
        actionId: null,
        url: 'https://www.leeds.gov.uk',
      }),
    ]);
  });

  it('names each bad field and writes nothing', () => {
    const { workspace, journeyId } = workspaceWithJourney();
    expect(
      validateEvidenceInput({
        title: '',
        date: '13 September',
        strand: 'celebrate' as 'learn',
        url: 'javascript:alert(1)',
        itemId: 'i1',
      }),
    ).toEqual({
      title: 'Enter a title for the evidence',
      date: 'Enter a real date, for example 13 September 2023',
      strand: 'Choose Learn, Embed or Share',
      url: 'Enter a web address starting https://, for example https://www.leeds.gov.uk',
    });
    expect(validateEvidenceInput({ ...deputation, itemId: 'i1' })).toEqual({
      meetingId: 'Choose the meeting the agenda item or decision belongs to',
    });
    expect(() => addEvidence(workspace, journeyId, { ...deputation, date: '2023-13-01' })).toThrow(
      'Enter a real date',
    );
    expect(listEvidence(workspace, journeyId)).toEqual([]);
  });

  it('edits and removes entries, oldest first', () => {
    const { workspace, journeyId } = workspaceWithJourney();
    const later = addEvidence(workspace, journeyId, deputation);
    addEvidence(workspace, journeyId, {
      title: 'Joined the network',
      date: '2023-05-01',
      strand: 'learn',
    });
    expect(listEvidence(workspace, journeyId).map((e) => e.title)).toEqual([
      'Joined the network',
      'Deputation to full council',
    ]);
    updateEvidence(workspace, later, { strand: 'embed' });
    expect(listEvidence(workspace, journeyId)[1]?.strand).toBe('embed');
    removeEvidence(workspace, later);
    expect(listEvidence(workspace, journeyId)).toHaveLength(1);
  });

  it('reports evidence per strand and criterion, with the gaps', () => {
    const { workspace, journeyId } = workspaceWithJourney();
    const motion = addCriterion(workspace, journeyId, { title: 'Pass a council motion' });
    addCriterion(workspace, journeyId, { title: 'Produce a written strategy' });
    addEvidence(workspace, journeyId, { ...deputation, criterionId: motion });
    addEvidence(workspace, journeyId, { ...deputation, title: 'Press release' });
    addEvidence(workspace, journeyId, { title: 'Mapping', date: '2023-10-09', strand: 'learn' });
    const report = evidenceReport(
      listEvidence(workspace, journeyId),
      listCriteria(workspace, journeyId),
    );
    expect(report.strands.map(describeStrandEvidence)).toEqual([
      'Learn: 1 piece of evidence',
      'Embed: no evidence yet',
      'Share: 2 pieces of evidence',
    ]);
    expect(evidenceGaps(report)).toEqual(['embed']);
    expect(report.criteria.map((c) => [c.criterion.title, c.entries.length])).toEqual([
      ['Pass a council motion', 1],
      ['Produce a written strategy', 0],
    ]);
  });

  it('ticks, renames, reorders and removes criteria', () => {
    const { workspace, journeyId } = workspaceWithJourney();
    const [a, b] = ['Council motion', 'Charter'].map((title) =>
      addCriterion(workspace, journeyId, { title }),
    );
    updateCriterion(workspace, a!, { met: true });
    updateCriterion(workspace, b!, { title: 'Charter and pledge' });
    moveCriterion(workspace, b!, 0);
    expect(listCriteria(workspace, journeyId).map((c) => [c.title, c.met])).toEqual([
      ['Charter and pledge', false],
      ['Council motion', true],
    ]);
    removeCriterion(workspace, a!);
    expect(listCriteria(workspace, journeyId)).toHaveLength(1);
    expect(() => updateCriterion(workspace, b!, { title: '' })).toThrow('Enter the criterion');
    expect(criterionTitleError(' ')).toBe('Enter the criterion');
    expect(criterionTitleError('x'.repeat(501))).toBe('Keep the criterion under 500 characters');
    expect(criterionTitleError('Charter')).toBeUndefined();
  });

  it('keeps both devices’ evidence and steps when they add offline at once', () => {
    const { workspace: laptop, journeyId } = workspaceWithJourney();
    const tablet = replicaOf(laptop);
    addEvidence(laptop, journeyId, deputation);
    addStep(laptop, journeyId, { title: 'Apply for recognition.' });
    addEvidence(tablet, journeyId, {
      title: 'Executive Board report',
      date: '2023-10-18',
      strand: 'embed',
    });
    addStep(tablet, journeyId, { title: 'Produce an Action Plan' });
    syncDocs(laptop, tablet);
    for (const doc of [laptop, tablet]) {
      expect(listEvidence(doc, journeyId).map((e) => e.title)).toEqual([
        'Deputation to full council',
        'Executive Board report',
      ]);
      expect(listSteps(doc, journeyId)).toHaveLength(2);
    }
    expect(listSteps(laptop, journeyId).map((s) => s.id)).toEqual(
      listSteps(tablet, journeyId).map((s) => s.id),
    );
  });
});
