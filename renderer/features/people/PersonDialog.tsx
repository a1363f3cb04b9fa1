import { useRef, useState, type FormEvent } from 'react';
import {
  addPerson,
  updatePerson,
  validatePersonInput,
  type Person,
  type PersonInput,
} from '../../../shared/model';
import { useWorkspaceDoc } from '../../data/useWorkspaceData';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TitledDialog } from '../../ui/TitledDialog';
import { useModalDialog } from '../../ui/useModalDialog';
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
  const [value, setValue] = useState<Required<PersonInput>>(() =>
    person
      ? {
          name: person.name,
          role: person.role,
          organisation: person.organisation,
          email: person.email,
          tags: person.tags,
        }
      : EMPTY_PERSON,
  );
  const [submitCount, setSubmitCount] = useState(0);
  const errors = submitCount > 0 ? validatePersonInput(value) : {};
  const savedId = useRef<string | undefined>(undefined);
  const { ref, close } = useModalDialog(() => onClose(savedId.current));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((n) => n + 1);
    if (Object.keys(validatePersonInput(value)).length > 0) return;
    if (person) {
      updatePerson(workspace, person.id, value);
      savedId.current = person.id;
    } else {
      savedId.current = addPerson(workspace, value);
    }
    close();
  };

  return (
    <TitledDialog
      title={person ? `Edit ${person.name}` : 'Add a person'}
      dialogRef={ref}
      onCancel={close}
    >
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} submitCount={submitCount} />
        <PersonFields value={value} errors={errors} onChange={setValue} autoFocus />
        <div className="dialog-actions">
          <button type="submit" className="button button--primary">
            {person ? 'Update details' : 'Add person'}
          </button>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </TitledDialog>
  );
}
