import { useCallback } from 'react';
import {
  actionsMap,
  groupMap,
  listActions,
  listPeople,
  listStandardAgenda,
  peopleMap,
  readGroupProfile,
  standardAgendaMap,
  type Action,
  type ActionFilter,
  type GroupProfile,
  type Person,
  type StandardAgendaItem,
} from '../../shared/model';
import { useWorkspace } from './WorkspaceProvider';
import { useObserved } from './useObserved';

/** Hooks over the workspace document: people, actions, the group and its standard agenda. */

export function useWorkspaceDoc() {
  return useWorkspace().store.doc;
}

export function usePeople(): Person[] {
  const doc = useWorkspaceDoc();
  return useObserved(
    useCallback(() => [peopleMap(doc)], [doc]),
    useCallback(() => listPeople(doc), [doc]),
  );
}

/** Actions matching `filter`; pass a memoised or module-level filter object. */
export function useActions(filter: ActionFilter): Action[] {
  const doc = useWorkspaceDoc();
  return useObserved(
    useCallback(() => [actionsMap(doc)], [doc]),
    useCallback(() => listActions(doc, filter), [doc, filter]),
  );
}

export function useGroupProfile(): GroupProfile {
  const doc = useWorkspaceDoc();
  return useObserved(
    useCallback(() => [groupMap(doc)], [doc]),
    useCallback(() => readGroupProfile(doc), [doc]),
  );
}

export function useStandardAgenda(): StandardAgendaItem[] {
  const doc = useWorkspaceDoc();
  return useObserved(
    useCallback(() => [standardAgendaMap(doc)], [doc]),
    useCallback(() => listStandardAgenda(doc), [doc]),
  );
}
