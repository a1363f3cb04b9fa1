import type * as Y from 'yjs';

/**
 * One Y.Doc per meeting (its guid is the meeting id), so a device loads only the meetings it
 * opens and years of minutes never slow the app down.
 *
 *   meta        Y.Map  { schemaVersion, meetingId, workspaceId }
 *   header      Y.Map  title, date, times, venue, chair, minute-taker, next meeting, approval
 *   attendance  Y.Map<string>  person id → 'present' | 'apologies' | 'absent' | 'in-attendance'
 *   agenda      Y.Map<Y.Map>  item id → agenda item (agenda.ts)
 *   minutes/<item id>    Y.XmlFragment  the item's minutes, rich text (TipTap's schema)
 *   decisions/<item id>  Y.Array<Y.Map>  decisions taken on the item (item-notes.ts)
 *   questions/<item id>  Y.Array<Y.Map>  open questions left for later (item-notes.ts)
 *   run         Y.Map  the chair's running order: current item and time spent (run.ts)
 *
 * Minutes, decisions and questions are top-level types, not values inside the item's map:
 * a top-level type is never replaced, so text typed on two devices always merges, even if
 * both created the item's map at once (a map value would be last-writer-wins).
 *
 * docs/data-model.md describes every key.
 */
export const MEETING_SCHEMA_VERSION = 2;

export function meetingMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function headerMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('header');
}

export function attendanceMap(doc: Y.Doc): Y.Map<string> {
  return doc.getMap('attendance');
}

export function agendaMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('agenda');
}

export function runMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('run');
}

export function meetingSchemaVersionOf(doc: Y.Doc): number {
  const version = meetingMetaMap(doc).get('schemaVersion');
  return typeof version === 'number' ? version : 0;
}

export function minutesFragment(doc: Y.Doc, itemId: string): Y.XmlFragment {
  return doc.getXmlFragment(`minutes/${itemId}`);
}

export function itemNotesArray(
  doc: Y.Doc,
  itemId: string,
  kind: 'decisions' | 'questions',
): Y.Array<Y.Map<unknown>> {
  return doc.getArray(`${kind}/${itemId}`);
}
