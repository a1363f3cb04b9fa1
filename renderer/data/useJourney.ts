import { useCallback, useMemo } from 'react';
import { localIsoDate } from '../../shared/format/local-date';
import {
  addCriterion,
  addEvidence,
  addStep,
  currentJourney,
  evidenceReport,
  journeyCriteriaMap,
  journeyEvidenceMap,
  journeyStepsMap,
  journeysMap,
  listCriteria,
  listEvidence,
  listSteps,
  moveCriterion,
  moveStep,
  removeCriterion,
  removeEvidence,
  removeStep,
  startJourney,
  updateCriterion,
  updateStep,
  whereWeAre,
  type CriterionInput,
  type Evidence,
  type EvidenceInput,
  type EvidenceReport,
  type Journey,
  type JourneyCriterion,
  type JourneyStep,
  type Programme,
  type StepInput,
  type WhereWeAre,
} from '../../shared/model';
import { useObserved } from './useObserved';
import { useWorkspaceDoc } from './useWorkspaceData';

export interface JourneyView {
  journey: Journey;
  steps: JourneyStep[];
  criteria: JourneyCriterion[];
  evidence: Evidence[];
  report: EvidenceReport;
  where: WhereWeAre;
}

/** The group's journey (the first one started) with its steps, criteria and evidence, or null. */
export function useJourney(): JourneyView | null {
  const doc = useWorkspaceDoc();
  return useObserved(
    useCallback(
      () => [
        journeysMap(doc),
        journeyStepsMap(doc),
        journeyCriteriaMap(doc),
        journeyEvidenceMap(doc),
      ],
      [doc],
    ),
    useCallback(() => {
      const journey = currentJourney(doc);
      if (!journey) return null;
      const steps = listSteps(doc, journey.id);
      const criteria = listCriteria(doc, journey.id);
      const evidence = listEvidence(doc, journey.id);
      return {
        journey,
        steps,
        criteria,
        evidence,
        report: evidenceReport(evidence, criteria),
        where: whereWeAre(steps),
      };
    }, [doc]),
  );
}

/** "Where we are" alone, for the meetings home: null when the group has no journey. */
export function useWhereWeAre(): WhereWeAre | null {
  return useJourney()?.where ?? null;
}

/**
 * The edits the Journey screen makes. Each is one Yjs transaction through shared/model; the
 * model throws InputError on bad input, which the forms check for before calling.
 */
export function useJourneyEdits() {
  const doc = useWorkspaceDoc();
  return useMemo(
    () => ({
      start: (programme: Programme) => startJourney(doc, programme),
      addStep: (journeyId: string, input: StepInput) => addStep(doc, journeyId, input),
      updateStep: (id: string, changes: Partial<StepInput>) =>
        updateStep(doc, id, changes, localIsoDate()),
      moveStep: (id: string, index: number) => moveStep(doc, id, index),
      removeStep: (id: string) => removeStep(doc, id),
      addCriterion: (journeyId: string, input: CriterionInput) =>
        addCriterion(doc, journeyId, input),
      updateCriterion: (id: string, changes: Partial<CriterionInput>) =>
        updateCriterion(doc, id, changes),
      moveCriterion: (id: string, index: number) => moveCriterion(doc, id, index),
      removeCriterion: (id: string) => removeCriterion(doc, id),
      addEvidence: (journeyId: string, input: EvidenceInput) => addEvidence(doc, journeyId, input),
      removeEvidence: (id: string) => removeEvidence(doc, id),
    }),
    [doc],
  );
}

export type JourneyEdits = ReturnType<typeof useJourneyEdits>;
