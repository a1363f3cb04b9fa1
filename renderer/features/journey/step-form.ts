import type { JourneyStep, StepInput, StepStatus } from '../../../shared/model';

/** What the step form holds while it is typed in: dates stay text ('' for none) until saved. */
export interface StepDraft {
  title: string;
  status: StepStatus;
  ownerName: string;
  targetDate: string;
  completedDate: string;
  notes: string;
}

export const NEW_STEP_DRAFT: StepDraft = {
  title: '',
  status: 'not started',
  ownerName: '',
  targetDate: '',
  completedDate: '',
  notes: '',
};

export function draftFromStep(step: JourneyStep): StepDraft {
  return {
    title: step.title,
    status: step.status,
    ownerName: step.ownerName,
    targetDate: step.targetDate ?? '',
    completedDate: step.completedDate ?? '',
    notes: step.notes,
  };
}

export function inputFromStepDraft(draft: StepDraft): StepInput {
  return {
    ...draft,
    targetDate: draft.targetDate || null,
    completedDate: draft.completedDate || null,
  };
}
