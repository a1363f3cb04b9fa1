import { useState } from 'react';
import type * as Y from 'yjs';
import { actionStatuses, type ActionStatus } from '../../../shared/model';
import { localIsoDate } from '../../../shared/format/local-date';
import { useAgenda, useMeetingHeader } from '../../data/useMeetingData';
import { usePeople } from '../../data/useWorkspaceData';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { bindFields } from '../../ui/useFormDraft';
import { actionFormFromText, emptyActionForm, type ActionForm } from './action-form';
import { itemLabel, statusLabels } from './action-labels';
import { OwnerFields } from './OwnerFields';
import { useSaveAction, type ActionFormErrors } from './useSaveAction';
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
  const [submitCount, setSubmitCount] = useState(0);
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
  const [form, setForm] = useState<ActionForm>(initial.form);
  const [errors, setErrors] = useState<ActionFormErrors>({});

  const change = (changes: Partial<ActionForm>) =>
    setForm((current) => ({ ...current, ...changes }));
  const field = bindFields(form, errors, change);

  const submit = () => {
    const problems = save(form);
    if (!problems) return true;
    setErrors(problems);
    // ErrorSummary takes focus on each failed submit, so the problems are read out.
    setSubmitCount((count) => count + 1);
    return false;
  };
  const dueHint =
    initial.dueText && form.due === initial.form.due ? `From “${initial.dueText}”` : 'Optional';
  return (
    <Dialog
      title="New action"
      submitLabel="Record action"
      className="action-dialog"
      onSubmit={submit}
      onClose={(saved) => onClose(saved ? form.description.trim() : undefined)}
    >
      {sourceText && (
        <p className="action-dialog-source">
          From the minutes: <q>{sourceText}</q>
        </p>
      )}
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <TextAreaField
        label="Action"
        hint={sourceText ? undefined : 'What is to be done, for example Share the presentation'}
        rows={2}
        {...field('description')}
      />
      <OwnerFields form={form} people={people} error={errors.owner} onChange={change} />
      <div className="field-row">
        <Field label="Due date" hint={dueHint} type="date" {...field('due')} />
        <SelectField
          label="Status"
          options={actionStatuses.map((status) => ({
            value: status,
            label: statusLabels[status],
          }))}
          value={form.status}
          onChange={(event) => change({ status: event.target.value as ActionStatus })}
        />
      </div>
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
