import type { Action, Person } from '../../../shared/model';
import { PersonName } from '../people/PersonName';
import { ownerLabel, ownerPersonId } from './action-labels';

/** An action's owner by name, leading to their page when they are in the people list. */
export function ActionOwner({
  action,
  people,
}: {
  action: Pick<Action, 'ownerPersonId' | 'ownerName'>;
  people: readonly Person[];
}) {
  return <PersonName personId={ownerPersonId(action, people)} name={ownerLabel(action, people)} />;
}
