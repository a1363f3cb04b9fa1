import { useCallback } from 'react';
import type * as Y from 'yjs';
import {
  agendaMap,
  attendanceMap,
  headerMap,
  itemNotesArray,
  listAgenda,
  listItemNotes,
  readAttendance,
  readMeetingHeader,
  readRunState,
  runMap,
  type AgendaItem,
  type Attendance,
  type ItemNote,
  type ItemNoteKind,
  type MeetingHeader,
  type RunState,
} from '../../shared/model';
import { useObserved } from './useObserved';

/** Hooks over one meeting's document (from useMeetingDoc), each observing only what it reads. */

export function useAgenda(doc: Y.Doc): AgendaItem[] {
  return useObserved(
    useCallback(() => [agendaMap(doc)], [doc]),
    useCallback(() => listAgenda(doc), [doc]),
  );
}

export function useMeetingHeader(doc: Y.Doc): MeetingHeader | null {
  return useObserved(
    useCallback(() => [headerMap(doc)], [doc]),
    useCallback(() => readMeetingHeader(doc), [doc]),
  );
}

export function useAttendance(doc: Y.Doc): Attendance {
  return useObserved(
    useCallback(() => [attendanceMap(doc), headerMap(doc)], [doc]),
    useCallback(() => readAttendance(doc), [doc]),
  );
}

export function useRunState(doc: Y.Doc): RunState {
  return useObserved(
    useCallback(() => [runMap(doc)], [doc]),
    useCallback(() => readRunState(doc), [doc]),
  );
}

export function useItemNotes(doc: Y.Doc, itemId: string, kind: ItemNoteKind): ItemNote[] {
  return useObserved(
    useCallback(() => [itemNotesArray(doc, itemId, kind), agendaMap(doc)], [doc, itemId, kind]),
    useCallback(
      () => (agendaMap(doc).has(itemId) ? listItemNotes(doc, itemId, kind) : []),
      [doc, itemId, kind],
    ),
  );
}
