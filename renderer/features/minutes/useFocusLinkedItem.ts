import { useEffect, useRef } from 'react';
import { useLocationFragment } from '../../lib/location-fragment';

/**
 * Brings the item a link named (…/minutes#item-<id>) into view and moves focus to its
 * heading, so a keyboard or screen-reader user lands on it, as on a new screen's title. Once
 * per link followed: a change to the agenda arriving later (by sync) must not pull focus
 * back from wherever the person has moved it.
 */
export function useFocusLinkedItem(itemsShown: number): void {
  const fragment = useLocationFragment();
  const handled = useRef('');
  useEffect(() => {
    if (!fragment || handled.current === fragment) return;
    const heading = document.getElementById(fragment);
    // Not rendered yet (the agenda still arriving from sync): try again when it changes.
    if (!heading) return;
    handled.current = fragment;
    // Room above it, so the heading does not sit flush against (or a fraction past) the
    // window's top edge.
    heading.style.scrollMarginTop = '16px';
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [fragment, itemsShown]);
}
