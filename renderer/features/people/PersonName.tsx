import { Link } from 'wouter';
import { personHref } from './person-href';

interface PersonNameProps {
  /** The person in the workspace's people list, or null for a name typed in freely. */
  personId: string | null;
  name: string;
}

/**
 * A person's name wherever it is shown, leading to their page (role, actions, attendance,
 * declarations). A name typed in freely, with nobody behind it, stays plain text.
 */
export function PersonName({ personId, name }: PersonNameProps) {
  if (!personId) return <>{name}</>;
  return (
    <Link href={personHref(personId)} className="person-name">
      {name}
    </Link>
  );
}
