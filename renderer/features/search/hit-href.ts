import type { SearchHit } from '../../../shared/search';
import { minutesItemHref } from '../minutes/item-anchor';

/** Where Enter on a hit goes: the exact place, the minutes at its item for what an item holds. */
export function hitHref(hit: SearchHit): string {
  if (hit.meetingId && hit.itemId && hit.kind !== 'action')
    return minutesItemHref(hit.meetingId, hit.itemId);
  if (hit.kind === 'action' && hit.meetingId) return `/meetings/${hit.meetingId}/actions`;
  if (hit.kind === 'person') return '/people';
  if (hit.meetingId) return `/meetings/${hit.meetingId}/agenda`;
  return '/meetings';
}
