import { MATTERS_ARISING_ITEM_ID, type AgendaItem } from '../../../shared/model';
import { MattersArising } from './MattersArising';

/**
 * The minutes' matters-arising list, under the standard "Matters arising" item and named after
 * it; nothing for any other item (and nothing at all if a meeting removed that item).
 */
export function MattersArisingMinutes({
  meetingId,
  item,
}: {
  meetingId: string;
  item: AgendaItem;
}) {
  if (item.id !== MATTERS_ARISING_ITEM_ID) return null;
  return (
    <MattersArising
      meetingId={meetingId}
      title={`${item.number}. ${item.title}: updates on actions from earlier meetings`}
    />
  );
}
