import type * as Y from 'yjs';
import {
  approvedExportJson,
  PREVIOUS_MINUTES_ITEM_ID,
  readPreviousMinutesResolution,
  resolutionWords,
} from '../model';
import type { MeetingExportData } from './meeting-data';
import type { RichBlock } from './rich-text-data';

/**
 * Approval as exports see it: the snapshot an approved meeting's exports are built from, and
 * the resolution the approving meeting's minutes carry under "Minutes of the previous meeting".
 */

/** The export data stored at approval, or null (a draft, or approved before snapshots). */
export function approvedExportData(meetingDoc: Y.Doc): MeetingExportData | null {
  const json = approvedExportJson(meetingDoc);
  if (!json) return null;
  try {
    const data = JSON.parse(json) as MeetingExportData;
    return data?.meeting?.id === meetingDoc.guid && Array.isArray(data.agenda) ? data : null;
  } catch {
    return null;
  }
}

/** Adds "RESOLVED: …" (and the amendments as a list) to the previous-minutes item's minutes. */
export function withPreviousMinutesResolution(
  data: MeetingExportData,
  meetingDoc: Y.Doc,
): MeetingExportData {
  const resolution = readPreviousMinutesResolution(meetingDoc);
  if (!resolution) return data;
  const { sentence, amendments } = resolutionWords(resolution);
  const blocks: RichBlock[] = [
    { type: 'paragraph', inlines: [{ text: 'RESOLVED: ', bold: true }, { text: sentence }] },
  ];
  if (amendments.length > 0)
    blocks.push({
      type: 'list',
      ordered: false,
      start: 1,
      items: amendments.map((text) => ({ blocks: [{ type: 'paragraph', inlines: [{ text }] }] })),
    });
  return {
    ...data,
    agenda: data.agenda.map((item) =>
      item.id === PREVIOUS_MINUTES_ITEM_ID
        ? { ...item, minutes: [...item.minutes, ...blocks] }
        : item,
    ),
  };
}
