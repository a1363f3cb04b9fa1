import { useCallback } from 'react';
import type * as Y from 'yjs';
import {
  addDeclaration,
  agendaMap,
  declarationsMap,
  groupMap,
  listDeclarations,
  meetingReferences,
  meetingsMap,
  minuteReferencesMap,
  removeDeclaration,
  type Declaration,
  type DeclarationInput,
  type MinuteReference,
} from '../../shared/model';
import { useWorkspaceDoc } from './useWorkspaceData';
import { useObserved } from './useObserved';

/** Hooks for what the formal minutes record beyond the text: references and declarations. */

/** Item id → minute reference ("SG 23/14"), provisional until the minutes are approved. */
export function useMinuteReferences(
  meetingDoc: Y.Doc,
  meetingId: string,
): Map<string, MinuteReference> {
  const workspace = useWorkspaceDoc();
  return useObserved(
    useCallback(
      () => [
        minuteReferencesMap(workspace),
        groupMap(workspace),
        meetingsMap(workspace),
        agendaMap(meetingDoc),
      ],
      [workspace, meetingDoc],
    ),
    useCallback(
      () => meetingReferences(workspace, meetingDoc, meetingId),
      [workspace, meetingDoc, meetingId],
    ),
  );
}

export interface DeclarationsApi {
  declarations: Declaration[];
  /** Throws InputError naming each bad field; nothing is written then. */
  add: (input: DeclarationInput) => string;
  remove: (id: string) => void;
}

export function useDeclarations(meetingDoc: Y.Doc): DeclarationsApi {
  const workspace = useWorkspaceDoc();
  const declarations = useObserved(
    useCallback(() => [declarationsMap(meetingDoc)], [meetingDoc]),
    useCallback(() => listDeclarations(meetingDoc), [meetingDoc]),
  );
  const add = useCallback(
    (input: DeclarationInput) => addDeclaration(meetingDoc, workspace, input),
    [meetingDoc, workspace],
  );
  const remove = useCallback((id: string) => removeDeclaration(meetingDoc, id), [meetingDoc]);
  return { declarations, add, remove };
}
