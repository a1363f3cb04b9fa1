import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addStep,
  createJourney,
  currentJourney,
  describeWhereWeAre,
  InputError,
  listSteps,
  migrateWorkspace,
  moveStep,
  removeStep,
  renameJourney,
  updateStep,
  whereWeAre,
} from '../../../shared/model';
import { replicaOf, syncDocs } from './fixtures';

function workspaceWithJourney() {
  const workspace = new Y.Doc();
  migrateWorkspace(workspace);
  const journeyId = createJourney(
    workspace,
    { title: 'Council of Sanctuary award' },
    new Date('2023-05-01T09:00:00Z'),
  );
  return { workspace, journeyId };
}

const titles = (workspace: Y.Doc, journeyId: string) =>
  listSteps(workspace, journeyId).map((step) => step.title);

describe('journey steps', () => {
  it('adds steps in order, numbered from 1, with their fields', () => {
    const { workspace, journeyId } = workspaceWithJourney();
    addStep(workspace, journeyId, { title: 'Apply for recognition.' });
    addStep(
      workspace,
      journeyId,
      {
        title: 'Produce an Action Plan',
        ownerName: 'Migration team',
        targetDate: '2023-12-01',
        notes: 'Mapping of services first',
      },
      0,
    );
    const steps = listSteps(workspace, journeyId);
    expect(steps.map((s) => [s.number, s.title, s.status, s.ownerName, s.targetDate])).toEqual([
      [1, 'Produce an Action Plan', 'not started', 'Migration team', '2023-12-01'],
      [2, 'Apply for recognition.', 'not started', '', null],
    ]);
    expect(steps[0]?.notes).toBe('Mapping of services first');
  });

  it('refuses a step without a title or with an impossible date, writing nothing', () => {
    const { workspace, journeyId } = workspaceWithJourney();
    expect(() => addStep(workspace, journeyId, { title: '  ' })).toThrow('Enter what the step is');
    expect(() =>
      addStep(workspace, journeyId, { title: 'Apply', targetDate: '2023-02-30' }),
    ).toThrow(InputError);
    expect(() => addStep(workspace, 'nope', { title: 'Apply' })).toThrow('No journey with id nope');
    expect(listSteps(workspace, journeyId)).toEqual([]);
  });

  it('dates a step done today unless told otherwise, and clears the date when reopened', () => {
    const { workspace, journeyId } = workspaceWithJourney();
    const id = addStep(workspace, journeyId, { title: 'Apply for recognition.' });
    updateStep(workspace, id, { status: 'done' }, '2023-10-09');
    expect(listSteps(workspace, journeyId)[0]).toMatchObject({
      status: 'done',
      completedDate: '2023-10-09',
    });
    updateStep(workspace, id, { status: 'in progress' }, '2023-10-10');
    expect(listSteps(workspace, journeyId)[0]).toMatchObject({
      status: 'in progress',
      completedDate: null,
    });
    updateStep(workspace, id, { status: 'done', completedDate: '2023-09-13' }, '2023-10-10');
    expect(listSteps(workspace, journeyId)[0]?.completedDate).toBe('2023-09-13');
  });

  it('reorders by rewriting one key and removes a step', () => {
    const { workspace, journeyId } = workspaceWithJourney();
    const ids = ['One', 'Two', 'Three', 'Four'].map((title) =>
      addStep(workspace, journeyId, { title }),
    );
    moveStep(workspace, ids[3]!, 0);
    moveStep(workspace, ids[0]!, 3);
    expect(titles(workspace, journeyId)).toEqual(['Four', 'Two', 'Three', 'One']);
    removeStep(workspace, ids[1]!);
    expect(listSteps(workspace, journeyId).map((s) => [s.number, s.title])).toEqual([
      [1, 'Four'],
      [2, 'Three'],
      [3, 'One'],
    ]);
  });

  it('keeps both devices’ steps when two add and reorder offline, in one order everywhere', () => {
    const { workspace: laptop, journeyId } = workspaceWithJourney();
    const [first, second] = ['Contact your local group', 'Join the network'].map((title) =>
      addStep(laptop, journeyId, { title }),
    );
    const tablet = replicaOf(laptop);
    // Both insert at the same place while apart, and each moves a different step.
    addStep(laptop, journeyId, { title: 'Laptop step' }, 1);
    addStep(tablet, journeyId, { title: 'Tablet step' }, 1);
    moveStep(laptop, first!, 3);
    updateStep(tablet, second!, { status: 'done' }, '2023-05-31');
    syncDocs(laptop, tablet);
    const onLaptop = listSteps(laptop, journeyId);
    expect(onLaptop.map((s) => s.title).sort()).toEqual(
      ['Contact your local group', 'Join the network', 'Laptop step', 'Tablet step'].sort(),
    );
    expect(titles(tablet, journeyId)).toEqual(onLaptop.map((s) => s.title));
    expect(new Set(onLaptop.map((s) => s.id)).size).toBe(4);
    expect(onLaptop.at(-1)?.title).toBe('Contact your local group');
    expect(onLaptop.find((s) => s.id === second)?.status).toBe('done');
    // The two added at the same place did not tie: a step can be put between them.
    expect(new Set(onLaptop.map((s) => s.position)).size).toBe(4);
    const between = onLaptop.findIndex((s) => s.title.endsWith('step')) + 1;
    moveStep(laptop, first!, between);
    expect(listSteps(laptop, journeyId)[between]?.id).toBe(first);
  });

  it('says where the group is: the first step not done', () => {
    const { workspace, journeyId } = workspaceWithJourney();
    expect(describeWhereWeAre(whereWeAre(listSteps(workspace, journeyId)))).toBe('No steps yet');
    const ids = ['Contact your local group', 'Join the network', 'Produce an Action Plan'].map(
      (title) => addStep(workspace, journeyId, { title }),
    );
    updateStep(workspace, ids[0]!, { status: 'done' }, '2023-05-01');
    updateStep(workspace, ids[1]!, { status: 'done' }, '2023-05-31');
    const where = whereWeAre(listSteps(workspace, journeyId));
    expect(where.done).toBe(2);
    expect(describeWhereWeAre(where)).toBe('Step 3 of 3: Produce an Action Plan');
    updateStep(workspace, ids[2]!, { status: 'done' }, '2023-10-09');
    expect(describeWhereWeAre(whereWeAre(listSteps(workspace, journeyId)))).toBe(
      'All 3 steps done',
    );
  });

  it('renames the journey and shows the first one started as current', () => {
    const { workspace, journeyId } = workspaceWithJourney();
    createJourney(workspace, { title: 'Later programme' }, new Date('2024-01-01T00:00:00Z'));
    renameJourney(workspace, journeyId, 'Council of Sanctuary');
    expect(currentJourney(workspace)).toMatchObject({
      id: journeyId,
      title: 'Council of Sanctuary',
    });
    expect(() => renameJourney(workspace, journeyId, ' ')).toThrow(
      'Enter a name for the programme',
    );
  });
});
