import { describe, expect, it } from 'vitest';
import {
  addEvidence,
  CITY_OF_SANCTUARY_PROGRAMME,
  listCriteria,
  listEvidence,
  listSteps,
  startJourney,
  updateStep,
} from '../../../shared/model';
import { decodeWorkspaceFile, encodeWorkspaceFile } from '../../../shared/workspace-file';
import { richWorkspace } from './rich-workspace';

describe('a workspace file with a journey', () => {
  it('carries the journey’s steps, criteria and evidence whole', () => {
    const { workspace, meetings } = richWorkspace();
    const journeyId = startJourney(workspace, CITY_OF_SANCTUARY_PROGRAMME);
    const [first] = listSteps(workspace, journeyId);
    updateStep(workspace, first!.id, { status: 'done', completedDate: '2023-05-31' });
    addEvidence(workspace, journeyId, {
      title: 'Deputation to full council',
      date: '2023-09-13',
      strand: 'share',
    });
    const bytes = encodeWorkspaceFile({
      workspace,
      meetings,
      appVersion: '0.1.0',
      now: new Date('2024-01-15T09:30:00.000Z'),
    });
    const result = decodeWorkspaceFile(bytes);
    if (!result.ok) throw new Error(result.message);
    const copy = result.value.workspace;
    expect(listSteps(copy, journeyId)).toEqual(listSteps(workspace, journeyId));
    expect(listSteps(copy, journeyId)[0]).toMatchObject({
      status: 'done',
      completedDate: '2023-05-31',
    });
    expect(listCriteria(copy, journeyId)).toEqual(listCriteria(workspace, journeyId));
    expect(listEvidence(copy, journeyId).map((e) => e.title)).toEqual([
      'Deputation to full council',
    ]);
  });
});
