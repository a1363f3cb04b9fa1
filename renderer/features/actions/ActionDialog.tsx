import { useState } from 'react';
import type * as Y from 'yjs';
import { localIsoDate } from '../../../shared/format/local-date';
import { useAgenda, useMeetingHeader } from '../../data/useMeetingData';
import { usePeople } from '../../data/useWorkspaceData';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { actionFormFromText, emptyActionForm } from './action-form';
import { ActionFields } from './ActionFields';
import { itemLabel } from './action-labels';
import { useActionForm } from './useActionForm';
import { useSaveAction } from './useSaveAction';
import './actions.css';

interface ActionDialogProps {
  meetingId: string;
  doc: Y.Doc;
  itemId: string | null;
  /** The line of minutes the action was made from; absent for "Add action". */
  sourceText?: string;
  /** Called with the saved action's description, or with nothing on Cancel / Escape. */
  onClose: (saved?: string) => void;
}

/** "New action": prefilled from the minute-taker's line, checked and saved in one step. */
export function ActionDialog({ meetingId, doc, itemId, sourceText, onClose }: ActionDialogProps) {
  const people = usePeople();
  const header = useMeetingHeader(doc);
  const agenda = useAgenda(doc);
  const save = useSaveAction(meetingId);
  const [initial] = useState(() =>
    sourceText === undefined
      ? { form: emptyActionForm(itemId), dueText: null }
      : actionFormFromText(sourceText, {
          people: people.map(({ id, name }) => ({ id, name })),
          // Before the header has loaded (never in practice: the minutes show after it), today.
          meetingDate: header?.date ?? localIsoDate(),
          nextMeeting: header?.nextMeetingDate ?? undefined,
          itemId,
        }),
  );
  const draft = useActionForm(initial.form, save);
  const { form, change } = draft;
  const dueHint =
    initial.dueText && form.due === initial.form.due ? `From “${initial.dueText}”` : 'Optional';
  return (
    <Dialog
      title="New action"
      submitLabel="Record action"
      className="action-dialog"
      onSubmit={draft.submit}
      onClose={(saved) => onClose(saved ? form.description.trim() : undefined)}
    >
      {sourceText && (
        <p className="action-dialog-source">
          From the minutes: <q>{sourceText}</q>
        </p>
      )}
      <ActionFields
        draft={draft}
        people={people}
        descriptionHint={
          sourceText ? undefined : 'What is to be done, for example Share the presentation'
        }
        dueHint={dueHint}
      />
      <SelectField
        label="Agenda item"
        options={[
          { value: '', label: 'Not linked to an item' },
          ...agenda.map((item) => ({ value: item.id, label: itemLabel(item) })),
        ]}
        value={form.itemId}
        onChange={(event) => change({ itemId: event.target.value })}
      />
    </Dialog>
  );
}
