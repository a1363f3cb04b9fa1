import { useRef } from 'react';
import {
  addPerson,
  updatePerson,
  validatePersonInput,
  type Person,
  type PersonInput,
} from '../../../shared/model';
import { useWorkspaceDoc } from '../../data/useWorkspaceData';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { useFormDraft } from '../../ui/useFormDraft';
import { EMPTY_PERSON, PersonFields } from './PersonFields';

/** Adds someone to the directory, or edits them when `person` is given. */
export function PersonDialog({
  person,
  onClose,
}: {
  person?: Person;
  onClose: (savedId?: string) => void;
}) {
  const workspace = useWorkspaceDoc();
  const form = useFormDraft<Required<PersonInput>>(
    () =>
      person
        ? {
            name: person.name,
            role: person.role,
            organisation: person.organisation,
            email: person.email,
            tags: person.tags,
          }
        : EMPTY_PERSON,
    validatePersonInput,
  );
  const savedId = useRef<string | undefined>(undefined);

  const submit = () => {
    if (!form.submit()) return false;
    if (person) {
      updatePerson(workspace, person.id, form.draft);
      savedId.current = person.id;
    } else {
      savedId.current = addPerson(workspace, form.draft);
    }
  };

  return (
    <Dialog
      title={person ? `Edit ${person.name}` : 'Add a person'}
      submitLabel={person ? 'Update details' : 'Add person'}
      onSubmit={submit}
      onClose={() => onClose(savedId.current)}
    >
      <ErrorSummary errors={form.errors} submitCount={form.submitCount} />
      <PersonFields value={form.draft} errors={form.errors} onChange={form.change} />
    </Dialog>
  );
}
