/** A person's page. */
export function personHref(personId: string): string {
  return `/people/${encodeURIComponent(personId)}`;
}
