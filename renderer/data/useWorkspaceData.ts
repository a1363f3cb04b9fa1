import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
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
import { observeValue, type ObservedValue } from './observed-value';
import { useObserved } from './useObserved';

/** Hooks over the workspace document: people, actions, the group and its standard agenda. */

export function useWorkspaceDoc() {
  return useWorkspace().store.doc;
}

/**
 * One people list per workspace document, shared by every component that shows names: a
 * meeting's minutes ask once per agenda item, and each reading its own copy parsed the
 * whole list of people twenty times over when the meeting opened.
 */
const peopleLists = new WeakMap<Y.Doc, ObservedValue<Person[]>>();

export function usePeople(): Person[] {
  const doc = useWorkspaceDoc();
  let people = peopleLists.get(doc);
  if (!people) {
    people = observeValue(
      () => [peopleMap(doc)],
      () => listPeople(doc),
    );
    peopleLists.set(doc, people);
  }
  return useSyncExternalStore(people.subscribe, people.getSnapshot);
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
