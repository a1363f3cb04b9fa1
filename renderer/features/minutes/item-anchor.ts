/**
 * Where a link lands in a meeting's minutes: each item's heading carries an id made from its
 * agenda item's id, and a link names it in the route's fragment (lib/location-fragment.ts).
 */
export function itemHeadingId(itemId: string): string {
  return `item-${itemId}`;
}

/** The minutes of a meeting, at one item: the decision log links each decision here. */
export function minutesItemHref(meetingId: string, itemId: string): string {
  return `/meetings/${meetingId}/minutes#${itemHeadingId(itemId)}`;
}
