import { useCallback, useEffect, useState } from 'react';
import {
  actionHistoryArray,
  actionsMap,
  groupMap,
  LOCAL_EDIT,
  meetingsMap,
  minuteReferencesMap,
  peopleMap,
  readActionHistory,
  readActionRegister,
  recordActionUpdate,
  updateAction,
  type ActionHistoryEntry,
  type ActionStatus,
  type RegisterRow,
} from '../../shared/model';
import { getSetting, putSetting } from './local-db';
import { whoAmIKey } from './reminders/reminder-check';
import { useObserved } from './useObserved';
import { useWorkspace } from './WorkspaceProvider';

/**
 * The action register's data (shared/model/action-register.ts): every action as a row with
 * its reference and RAG state on `today`, re-read when actions, meetings, people, minute
 * references or the group's prefix change, here or by sync.
 */
export function useActionRegister(today: string): RegisterRow[] {
  const doc = useWorkspace().store.doc;
  return useObserved(
    useCallback(
      () => [
        actionsMap(doc),
        meetingsMap(doc),
        peopleMap(doc),
        minuteReferencesMap(doc),
        groupMap(doc),
      ],
      [doc],
    ),
    useCallback(() => readActionRegister(doc, today), [doc, today]),
  );
}

/** One action's history (status changes and progress notes), oldest first, kept current. */
export function useActionHistory(actionId: string): ActionHistoryEntry[] {
  const doc = useWorkspace().store.doc;
  return useObserved(
    useCallback(() => [actionHistoryArray(doc, actionId)], [doc, actionId]),
    useCallback(() => readActionHistory(doc, actionId), [doc, actionId]),
  );
}

/**
 * Changes made from the register to many actions at once. A status change is recorded in each
 * action's history, signed with this person's sync name, so the register can say who closed
 * it and when; an owner change is an edit of the action, as in its dialog.
 */
export function useRegisterChanges() {
  const { store } = useWorkspace();
  const setStatus = useCallback(
    (ids: readonly string[], status: ActionStatus) => {
      store.doc.transact(() => {
        for (const id of ids) {
          recordActionUpdate(store.doc, id, { status, by: store.sync.currentUser.name });
        }
      }, LOCAL_EDIT);
    },
    [store],
  );
  const setOwner = useCallback(
    (ids: readonly string[], personId: string) => {
      store.doc.transact(() => {
        for (const id of ids)
          updateAction(store.doc, id, { ownerPersonId: personId, ownerName: '' });
      }, LOCAL_EDIT);
    },
    [store],
  );
  return { setStatus, setOwner };
}

/** Every mounted useWhoAmI, so a choice made in one (Settings) shows at once in the others. */
const whoAmIListeners = new Set<(workspaceId: string, personId: string | null) => void>();

/**
 * "Who I am" on this device: the person in this workspace's people list whose actions are
 * "My actions" (and whose actions the desktop app reminds of). Kept in this device's settings
 * (Dexie), never in the shared workspace: two officers sharing a workspace each have their
 * own. `undefined` while it loads.
 */
export function useWhoAmI(): [string | null | undefined, (personId: string | null) => void] {
  const { store } = useWorkspace();
  const [personId, setPersonId] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    getSetting<string>(store.localDb, whoAmIKey(store.workspaceId))
      .then((value) => live && setPersonId(typeof value === 'string' && value ? value : null))
      .catch(() => live && setPersonId(null));
    const heard = (workspaceId: string, next: string | null) => {
      if (workspaceId === store.workspaceId) setPersonId(next);
    };
    whoAmIListeners.add(heard);
    return () => {
      live = false;
      whoAmIListeners.delete(heard);
    };
  }, [store]);
  const choose = useCallback(
    (next: string | null) => {
      for (const listener of whoAmIListeners) listener(store.workspaceId, next);
      // A failed write only means the choice is forgotten at the next start.
      void putSetting(store.localDb, whoAmIKey(store.workspaceId), next ?? '').catch(() => {});
    },
    [store],
  );
  return [personId, choose];
}
