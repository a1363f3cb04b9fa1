import { minutesParagraphOf, type SearchHit } from '../../../shared/search';
import { actionHref } from '../actions/action-anchor';
import { minutesItemHref, minutesParagraphHref } from '../minutes/item-anchor';
import { personHref } from '../people/person-href';

/**
 * Where Enter on a hit goes: the exact place. A minutes hit opens the minutes at its
 * paragraph; what else an item holds (its title, decisions, questions) opens at the item;
 * an action opens at its row in the register.
 */
export function hitHref(hit: SearchHit): string {
  const paragraph = minutesParagraphOf(hit);
  if (hit.meetingId && hit.itemId && paragraph !== null)
    return minutesParagraphHref(hit.meetingId, hit.itemId, paragraph);
  if (hit.meetingId && hit.itemId && hit.kind !== 'action')
    return minutesItemHref(hit.meetingId, hit.itemId);
  if (hit.kind === 'action') return actionHref(hit.id.slice('action:'.length));
  if (hit.kind === 'person') return hit.personId ? personHref(hit.personId) : '/people';
  if (hit.meetingId) return `/meetings/${hit.meetingId}/agenda`;
  return '/meetings';
}
