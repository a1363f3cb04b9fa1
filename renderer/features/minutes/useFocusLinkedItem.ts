import { useEffect, useRef } from 'react';
import { useLocationFragment } from '../../lib/location-fragment';
import { readMinutesFragment } from './item-anchor';
import { showLinkedParagraph } from './linked-paragraph';

/**
 * Brings the item a link named (…/minutes#item-<id>) into view and moves focus to its
 * heading, so a keyboard or screen-reader user lands on it, as on a new screen's title. A
 * search hit names a paragraph too (…#item-<id>~p<n>): that paragraph is scrolled into view
 * and marked. Once per link followed: a change to the agenda arriving later (by sync) must
 * not pull focus back from wherever the person has moved it.
 */
export function useFocusLinkedItem(itemsShown: number): void {
  const fragment = useLocationFragment();
  const handled = useRef('');
  const unmark = useRef<(() => void) | null>(null);
  // The paragraph stays marked until another link is followed or the minutes close.
  useEffect(
    () => () => {
      unmark.current?.();
      unmark.current = null;
    },
    [fragment],
  );
  useEffect(() => {
    if (!fragment || handled.current === fragment) return;
    const { headingId, paragraph } = readMinutesFragment(fragment);
    const heading = document.getElementById(headingId);
    // Not rendered yet (the agenda still arriving from sync): try again when it changes.
    if (!heading) return;
    handled.current = fragment;
    // Room above it, so the heading does not sit flush against (or a fraction past) the
    // window's top edge.
    heading.style.scrollMarginTop = '16px';
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
    if (paragraph !== null) unmark.current = showLinkedParagraph(heading, paragraph);
  }, [fragment, itemsShown]);
}
