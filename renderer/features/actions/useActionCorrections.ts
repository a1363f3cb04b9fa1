import { useState } from 'react';
import {
  getAction,
  removeAction,
  restoreAction,
  updateAction,
  type Action,
  type ActionStatus,
} from '../../../shared/model';
import { useWorkspaceDoc } from '../../data/useWorkspaceData';
import { statusLabels } from './action-labels';

export interface ActionNotice {
  text: string;
  /** Puts back what the change did; absent once undone, or for a change that has no undo. */
  undo?: () => void;
  /** Undo takes focus: the row the person was on has left the list. */
  focusUndo: boolean;
  serial: number;
}

/**
 * What a list of actions says after a change made in it, with Undo for a status change or a
 * deletion: in a
 * list filtered to Open, marking an action done removes its row, and the person must be told
 * where it went and be able to take it back.
 */
export function useActionCorrections(
  stillListed: (status: ActionStatus) => boolean,
  /** How a status is written: the register records it in the action's history too. */
  writeStatus?: (action: Action, status: ActionStatus) => void,
) {
  const workspace = useWorkspaceDoc();
  const [notice, setNotice] = useState<ActionNotice | null>(null);
  const [editing, setEditing] = useState<Action | null>(null);
  const [deleting, setDeleting] = useState<Action | null>(null);
  const say = (text: string, undo?: () => void, focusUndo = false) =>
    setNotice((current) => ({ text, undo, focusUndo, serial: (current?.serial ?? 0) + 1 }));

  const statusChanged = (action: Action, status: ActionStatus) => {
    const before = action.status;
    const write = (to: ActionStatus) =>
      writeStatus ? writeStatus(action, to) : updateAction(workspace, action.id, { status: to });
    write(status);
    say(
      `Action marked ${statusLabels[status].toLowerCase()}: ${action.description}`,
      () => {
        write(before);
        say(`Status put back to ${statusLabels[before].toLowerCase()}: ${action.description}`);
      },
      !stillListed(status),
    );
  };

  const edited = (outcome?: 'saved' | 'delete') => {
    const action = editing;
    setEditing(null);
    if (!action) return;
    if (outcome === 'delete') setDeleting(action);
    else if (outcome === 'saved') {
      const saved = getAction(workspace, action.id) ?? action;
      // A new status may take the row, and its Edit button, out of a filtered list.
      say(`Action saved: ${saved.description}`, undefined, !stillListed(saved.status));
    }
  };

  const deleteConfirmed = (confirmed: boolean) => {
    const action = deleting;
    setDeleting(null);
    if (!action) return;
    // Cancel goes back to the action's form: the person may have meant Edit.
    if (!confirmed) return setEditing(action);
    const removed = removeAction(workspace, action.id);
    say(
      `Action deleted: ${action.description}`,
      () => {
        restoreAction(workspace, removed);
        say(`Action restored: ${action.description}`);
      },
      true,
    );
  };

  return {
    notice,
    say,
    editing,
    deleting,
    edit: setEditing,
    edited,
    deleteConfirmed,
    statusChanged,
  };
}
