import { useState } from 'react';
import { InputError, mergeCandidates, mergePeople, type Person } from '../../../shared/model';
import { usePeople, useWorkspaceDoc } from '../../data/useWorkspaceData';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';

/**
 * Merges a duplicate (the same person added twice, often on two devices offline) into the
 * person whose page this is. The duplicate leaves the directory; their attendance, actions,
 * meeting roles and declarations show under the person kept (shared/model/person-merge.ts).
 */
export function MergePersonDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const workspace = useWorkspaceDoc();
  const candidates = mergeCandidates(usePeople(), person);
  const [duplicateId, setDuplicateId] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    if (!duplicateId) {
      setError('Choose the duplicate to merge');
      return false;
    }
    try {
      mergePeople(workspace, duplicateId, person.id);
    } catch (caught) {
      if (!(caught instanceof InputError)) throw caught;
      setError(Object.values(caught.fieldErrors).join('; '));
      return false;
    }
    return true;
  };

  return (
    <Dialog
      title={`Merge a duplicate into ${person.name}`}
      submitLabel="Merge"
      onSubmit={submit}
      onClose={onClose}
    >
      {candidates.length === 0 ? (
        <p>Nobody else is in the directory.</p>
      ) : (
        <>
          <SelectField
            label="Duplicate"
            hint={`Their attendance, actions, meeting roles and declarations will show under ${person.name}. Details ${person.name} lacks are taken from the duplicate.`}
            value={duplicateId}
            error={error}
            onChange={(e) => {
              setDuplicateId(e.target.value);
              setError(undefined);
            }}
            options={[
              { value: '', label: 'Choose a person' },
              ...candidates.map((c) => ({
                value: c.id,
                label: c.organisation ? `${c.name} (${c.organisation})` : c.name,
              })),
            ]}
          />
        </>
      )}
    </Dialog>
  );
}
