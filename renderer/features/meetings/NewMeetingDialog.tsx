import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  InputError,
  validateMeetingInput,
  type MeetingField,
  type MeetingInput,
} from '../../../shared/model';
import { useCreateMeeting } from '../../data/useMeetings';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { VenueFields } from './VenueFields';

const EMPTY: MeetingInput = {
  title: '',
  date: '',
  startTime: '',
  endTime: '',
  venueKind: 'online',
  venue: 'Microsoft Teams',
};

type Errors = Partial<Record<MeetingField, string>>;

/**
 * "New meeting" as a modal <dialog>: the browser traps focus and closes it on Escape.
 * Errors appear only after the first submit, then update as the person corrects them.
 */
export function NewMeetingDialog({
  onClose,
}: {
  onClose: (created?: { id: string; title: string }) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const createMeeting = useCreateMeeting();
  const [input, setInput] = useState<MeetingInput>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [submitCount, setSubmitCount] = useState(0);
  const submitted = submitCount > 0;

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  // Close the native dialog before handing back: while it is modal the rest of the page is
  // inert, so the caller could not move focus back to its button.
  const close = (created?: { id: string; title: string }) => {
    dialog.current?.close();
    onClose(created);
  };

  const update = (field: MeetingField, value: string) => {
    const next = { ...input, [field]: value } as MeetingInput;
    setInput(next);
    if (submitted) setErrors(validateMeetingInput(next));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      const id = createMeeting(input);
      close({ id, title: input.title.trim() });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      setErrors(error.fieldErrors);
      // ErrorSummary takes focus on each failed submit, so the problems are read out.
      setSubmitCount((count) => count + 1);
    }
  };
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="new-meeting-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <form noValidate onSubmit={submit}>
        <h2 id="new-meeting-title">New meeting</h2>
        <ErrorSummary errors={errors} submitCount={submitCount} />
        <Field
          label="Title"
          value={input.title}
          error={errors.title}
          autoFocus
          autoComplete="off"
          onChange={(e) => update('title', e.target.value)}
        />
        <Field
          label="Date"
          type="date"
          value={input.date}
          error={errors.date}
          onChange={(e) => update('date', e.target.value)}
        />
        <div className="field-row">
          <Field
            label="Start time"
            type="time"
            value={input.startTime}
            error={errors.startTime}
            onChange={(e) => update('startTime', e.target.value)}
          />
          <Field
            label="End time"
            type="time"
            value={input.endTime}
            error={errors.endTime}
            onChange={(e) => update('endTime', e.target.value)}
          />
        </div>
        <VenueFields
          kind={input.venueKind}
          venue={input.venue}
          error={errors.venue}
          onChange={(venueKind, venue) => {
            const next = { ...input, venueKind, venue };
            setInput(next);
            if (submitted) setErrors(validateMeetingInput(next));
          }}
        />
        <div className="dialog-actions">
          <button type="submit" className="button button--primary">
            Create meeting
          </button>
          <button type="button" className="button" onClick={() => close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
