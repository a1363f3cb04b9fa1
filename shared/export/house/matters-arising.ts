import type { Paragraph } from 'docx';
import { MATTERS_ARISING_ITEM_ID } from '../../model/matters-arising';
import type { ExportAgendaItem, MeetingExportData } from '../meeting-data';
import { textParagraph } from './meeting-parts';
import { POINT_INDENT } from './numbering';

/**
 * Under the matters-arising item, each action spoken to, then the updates given on it:
 * "1 September 2023, A1: Share the presentation (Jennifer Jennings)." then "Status set to
 * done. Update given: …". Nothing for any other item, or when no update was given.
 */
export function mattersArisingParagraphs(
  item: ExportAgendaItem,
  data: MeetingExportData,
): Paragraph[] {
  if (item.id !== MATTERS_ARISING_ITEM_ID) return [];
  return (data.mattersArising ?? []).flatMap((matter) => [
    textParagraph(`${matter.reference}: ${matter.description} (${matter.owner}).`, {
      indent: POINT_INDENT,
    }),
    ...matter.updates.map((update) => textParagraph(update, { indent: POINT_INDENT })),
  ]);
}
