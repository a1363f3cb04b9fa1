import { useCallback } from 'react';
import {
  decisionIndexMap,
  listLoggedDecisions,
  meetingsMap,
  type DecisionFilter,
  type LoggedDecision,
} from '../../shared/model';
import { useWorkspaceDoc } from './useWorkspaceData';
import { useObserved } from './useObserved';

/**
 * The decision log: decisions from every meeting matching `filter` (pass a memoised object),
 * read from the workspace's decision index, never from the meetings' own documents, so it
 * answers at once for years of meetings.
 */
export function useDecisionLog(filter: DecisionFilter): LoggedDecision[] {
  const doc = useWorkspaceDoc();
  return useObserved(
    useCallback(() => [decisionIndexMap(doc), meetingsMap(doc)], [doc]),
    useCallback(() => listLoggedDecisions(doc, filter), [doc, filter]),
  );
}
