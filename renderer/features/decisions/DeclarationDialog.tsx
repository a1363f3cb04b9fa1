import { useRef } from 'react';
import {
  interestActions,
  interestKinds,
  validateDeclarationInput,
  type AgendaItem,
  type DeclarationInput,
  type InterestAction,
  type InterestKind,
  type Person,
} from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { RadioField } from '../../ui/RadioField';
import { SelectField } from '../../ui/SelectField';
import { useFormDraft } from '../../ui/useFormDraft';
import './decisions.css';

interface Draft {
  personId: string;
  itemId: string;
  kind: InterestKind | '';
  action: InterestAction | '';
  reason: string;
}

const EMPTY: Draft = { personId: '', itemId: '', kind: '', action: '', reason: '' };

const KIND_LABELS: Record<InterestKind, string> = {
  'disclosable pecuniary': 'Disclosable pecuniary interest',
  'other registrable': 'Other registrable interest',
  'non-registrable': 'Non-registrable interest',
};

const ACTION_LABELS: Record<InterestAction, string> = {
  'left the room': 'Left the room while the item was considered',
  'took no part in the vote': 'Took no part in the vote',
  remained: 'Remained in the meeting',
};

interface DeclarationDialogProps {
  people: readonly Person[];
  agenda: readonly AgendaItem[];
  /** Records it (throws InputError on a bad field) and returns its id. */
  onRecord: (input: DeclarationInput) => string;
  /** `recorded`: the declaration was saved. */
  onClose: (recorded: boolean) => void;
}

/** Records one declaration of interest: who, in which item, what kind, why and what they did. */
export function DeclarationDialog({ people, agenda, onRecord, onClose }: DeclarationDialogProps) {
  const form = useFormDraft<Draft>(EMPTY, (draft) =>
    validateDeclarationInput(draft as DeclarationInput),
  );
  const recorded = useRef(false);
  const submit = () => {
    if (!form.submit()) return false;
    onRecord(form.draft as DeclarationInput);
    recorded.current = true;
  };
  return (
    <Dialog
      title="Record a declaration of interest"
      className="declaration-dialog"
      submitLabel="Record declaration"
      onSubmit={submit}
      onClose={() => onClose(recorded.current)}
    >
      <ErrorSummary errors={form.errors} submitCount={form.submitCount} />
      <SelectField
        label="Who declared it"
        value={form.draft.personId}
        error={form.errors.personId}
        onChange={(e) => form.change({ personId: e.target.value })}
        options={[
          { value: '', label: 'Choose a person' },
          ...people.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <SelectField
        label="Agenda item the interest is in"
        value={form.draft.itemId}
        error={form.errors.itemId}
        onChange={(e) => form.change({ itemId: e.target.value })}
        options={[
          { value: '', label: 'Choose an item' },
          ...agenda.map((i) => ({ value: i.id, label: `Item ${i.number}: ${i.title}` })),
        ]}
      />
      <RadioField<InterestKind | ''>
        legend="Kind of interest"
        value={form.draft.kind}
        error={form.errors.kind}
        onChange={(kind) => form.change({ kind })}
        options={interestKinds.map((value) => ({ value, label: KIND_LABELS[value] }))}
      />
      <Field
        label="Nature of the interest"
        hint="Completes “as …” in the minutes, for example: a trustee of Leeds City of Sanctuary"
        {...form.field('reason')}
      />
      <RadioField<InterestAction | ''>
        legend="What they did"
        value={form.draft.action}
        error={form.errors.action}
        onChange={(action) => form.change({ action })}
        options={interestActions.map((value) => ({ value, label: ACTION_LABELS[value] }))}
      />
    </Dialog>
  );
}
