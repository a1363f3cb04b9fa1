import { MATTERS_ARISING_ITEM_ID, type AgendaItem } from '../../../shared/model';
import { MattersArising } from './MattersArising';

/**
 * The minutes' matters-arising list, below the items and named after its item, when the
 * agenda has the standard "Matters arising" item (a meeting may have removed it).
 */
export function MattersArisingMinutes({
  meetingId,
  agenda,
}: {
  meetingId: string;
  agenda: readonly AgendaItem[];
}) {
  const item = agenda.find((i) => i.id === MATTERS_ARISING_ITEM_ID);
  if (!item) return null;
  return (
    <MattersArising
      meetingId={meetingId}
      title={`${item.number}. ${item.title}: updates on actions from earlier meetings`}
    />
  );
}
