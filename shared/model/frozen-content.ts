import type * as Y from 'yjs';
import { z } from 'zod';
import { readRichText, type RichBlock } from '../export/rich-text-data';
import { agendaItemMinutes, listAgenda } from './agenda';
import { listItemNotes } from './item-notes';
import { attendanceMap, headerMap } from './meeting-doc';

/**
 * What approval freezes, read from the meeting document alone: the header, who attended and,
 * per agenda item, its minutes and decisions. Ids, not names, so renaming a person elsewhere in
 * the workspace is not mistaken for a change to the approved record.
 */
export const FROZEN_HEADER_KEYS = [
  'title',
  'date',
  'startTime',
  'endTime',
  'venueKind',
  'venue',
  'chairId',
  'minuteTakerId',
  'nextMeetingDate',
  'nextMeetingStartTime',
  'nextMeetingEndTime',
] as const;
export type FrozenHeaderKey = (typeof FROZEN_HEADER_KEYS)[number];

export interface FrozenItem {
  id: string;
  title: string;
  minutes: RichBlock[];
  decisions: string[];
}

export interface FrozenContent {
  header: Record<FrozenHeaderKey, string | null>;
  /** person id → attendance status */
  attendance: Record<string, string>;
  items: FrozenItem[];
}

// Minutes blocks are checked only as arrays: they are written by readRichText, never by hand.
const frozenContentSchema = z.object({
  header: z.record(z.string(), z.string().nullable()),
  attendance: z.record(z.string(), z.string()),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      minutes: z.array(z.any()),
      decisions: z.array(z.string()),
    }),
  ),
});

export function readFrozenContent(meetingDoc: Y.Doc): FrozenContent {
  const headerValues = headerMap(meetingDoc);
  const header = Object.fromEntries(
    FROZEN_HEADER_KEYS.map((key) => {
      const value = headerValues.get(key);
      return [key, typeof value === 'string' ? value : null];
    }),
  ) as Record<FrozenHeaderKey, string | null>;
  const attendance: Record<string, string> = {};
  attendanceMap(meetingDoc).forEach((status, personId) => {
    if (typeof status === 'string') attendance[personId] = status;
  });
  const items = listAgenda(meetingDoc).map((item) => ({
    id: item.id,
    title: item.title,
    minutes: readRichText(agendaItemMinutes(meetingDoc, item.id)),
    decisions: listItemNotes(meetingDoc, item.id, 'decisions').map((d) => d.text),
  }));
  return { header, attendance, items };
}

/** The stored JSON read back, or null if it is not this shape (written by a newer version). */
export function parseFrozenContent(json: unknown): FrozenContent | null {
  if (typeof json !== 'string') return null;
  try {
    const parsed = frozenContentSchema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as FrozenContent) : null;
  } catch {
    return null;
  }
}
