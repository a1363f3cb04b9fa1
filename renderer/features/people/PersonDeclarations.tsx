import type * as Y from 'yjs';
import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import { usePersonDeclarations } from '../../data/usePersonRecord';

const KIND_LABELS = {
  'disclosable pecuniary': 'Disclosable pecuniary interest',
  'other registrable': 'Other registrable interest',
  'non-registrable': 'Non-registrable interest',
} as const;

/** Declarations of interest the person made, meeting by meeting. */
export function PersonDeclarations({
  personId,
  docs,
}: {
  personId: string;
  docs: ReadonlyMap<string, Y.Doc>;
}) {
  const declarations = usePersonDeclarations(personId, docs);
  return (
    <section aria-labelledby="person-declarations-heading" className="person-section">
      <h2 id="person-declarations-heading">Declarations of interest</h2>
      {declarations.length === 0 ? (
        <p>No declarations of interest recorded.</p>
      ) : (
        <ul className="person-declarations">
          {declarations.map((declaration) => (
            <li key={`${declaration.meetingId}-${declaration.id}`}>
              <Link href={`/meetings/${declaration.meetingId}/minutes`}>
                {formatLongDate(declaration.meetingDate)}
              </Link>
              : {KIND_LABELS[declaration.kind]}, as {declaration.reason}; {declaration.action}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
