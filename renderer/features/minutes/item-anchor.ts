/**
 * Where a link lands in a meeting's minutes: each item's heading carries an id made from its
 * agenda item's id, and a link names it in the route's fragment (lib/location-fragment.ts).
 * A search hit in the minutes names the paragraph too: "item-<id>~p<n>", the n-th paragraph
 * or heading with text in the item's minutes, counted as shared/model/minutes-text.ts counts.
 */
export function itemHeadingId(itemId: string): string {
  return `item-${itemId}`;
}

/** The minutes of a meeting, at one item: the decision log links each decision here. */
export function minutesItemHref(meetingId: string, itemId: string): string {
  return `/meetings/${meetingId}/minutes#${itemHeadingId(itemId)}`;
}

/** The minutes at one paragraph of an item: where a search hit in the minutes opens. */
export function minutesParagraphHref(meetingId: string, itemId: string, paragraph: number): string {
  return `${minutesItemHref(meetingId, itemId)}${PARAGRAPH_MARK}${paragraph}`;
}

const PARAGRAPH_MARK = '~p';

/** A minutes fragment read back: the heading's id and, for a search hit, the paragraph. */
export function readMinutesFragment(fragment: string): {
  headingId: string;
  paragraph: number | null;
} {
  const at = fragment.lastIndexOf(PARAGRAPH_MARK);
  const paragraph = at === -1 ? NaN : Number(fragment.slice(at + PARAGRAPH_MARK.length));
  if (at === -1 || !Number.isInteger(paragraph) || paragraph < 0)
    return { headingId: fragment, paragraph: null };
  return { headingId: fragment.slice(0, at), paragraph };
}
