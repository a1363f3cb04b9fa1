import { useSyncExternalStore } from 'react';
import { useHashLocation } from 'wouter/use-hash-location';

/**
 * Routes live in the URL's hash (#/meetings/…), so a place within a screen is a second
 * fragment after the route: #/meetings/<id>/minutes#item-<item id>. The router sees the route
 * alone (so /meetings/<id>/minutes still matches and its tab is still current); the screen
 * reads the fragment with useLocationFragment.
 */
export function useRouteLocation(): ReturnType<typeof useHashLocation> {
  const [location, navigate] = useHashLocation();
  return [routeOf(location), navigate];
}
// How links write their href ("#" + route), which wouter's types leave out: it reads it from
// the hook, as it would from useHashLocation.
useRouteLocation.hrefs = (href: string) => `#${href}`;

function routeOf(location: string): string {
  const at = location.indexOf('#');
  return at === -1 ? location : location.slice(0, at);
}

/** The fragment after the route ("item-…"), or '' when there is none. */
export function fragmentOf(hash: string): string {
  const at = hash.indexOf('#', 1);
  return at === -1 ? '' : decodeURIComponent(hash.slice(at + 1));
}

function subscribe(onChange: () => void): () => void {
  // wouter's navigate dispatches hashchange too, so links and the back button both count.
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useLocationFragment(): string {
  return useSyncExternalStore(subscribe, () => fragmentOf(window.location.hash));
}
