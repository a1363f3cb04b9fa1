import { useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { describeNextMeeting } from '../../../shared/format/next-meeting';
import { setNextMeeting, type MeetingHeader } from '../../../shared/model';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import {
  validateNextMeeting,
  type NextMeetingDraft,
  type NextMeetingErrors,
} from './next-meeting-form';

/**
 * The date of the next meeting, agreed at the end of this one (or whenever it comes up).
 * The form starts from what is stored; setting it writes at once, for every device to see.
 */
export function NextMeetingPanel({ doc, header }: { doc: Y.Doc; header: MeetingHeader }) {
  const [draft, setDraft] = useState<NextMeetingDraft>({
    date: header.nextMeetingDate ?? '',
    startTime: header.nextMeetingStartTime ?? '',
    endTime: header.nextMeetingEndTime ?? '',
  });
  const [errors, setErrors] = useState<NextMeetingErrors>({});
  const [submitCount, setSubmitCount] = useState(0);
  const [status, setStatus] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const stored = describeNextMeeting({
    date: header.nextMeetingDate,
    startTime: header.nextMeetingStartTime,
    endTime: header.nextMeetingEndTime,
  });

  const update = (field: keyof NextMeetingDraft, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (submitCount > 0) setErrors(validateNextMeeting(next));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateNextMeeting(draft);
    setErrors(found);
    setSubmitCount((count) => count + 1);
    if (Object.keys(found).length > 0) return;
    const next = {
      date: draft.date,
      startTime: draft.startTime || null,
      endTime: draft.endTime || null,
    };
    setNextMeeting(doc, next);
    setStatus(`Date of next meeting set: ${describeNextMeeting(next)}`);
  };

  const clear = () => {
    setNextMeeting(doc, null);
    setDraft({ date: '', startTime: '', endTime: '' });
    setErrors({});
    setStatus('Date of next meeting removed');
    form.current?.querySelector('input')?.focus();
  };

  return (
    <section className="panel run-next" aria-labelledby="run-next-heading">
      <h3 id="run-next-heading">Date of next meeting</h3>
      <p className="run-next-stored">
        {stored ? (
          <>
            Next meeting: <strong>{stored}</strong>
          </>
        ) : (
          'Not set yet.'
        )}
      </p>
      <form ref={form} noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} submitCount={submitCount} />
        <Field
          label="Date"
          type="date"
          value={draft.date}
          error={errors.date}
          onChange={(e) => update('date', e.target.value)}
        />
        <div className="field-row">
          <Field
            label="Start time (optional)"
            type="time"
            value={draft.startTime}
            error={errors.startTime}
            onChange={(e) => update('startTime', e.target.value)}
          />
          <Field
            label="End time (optional)"
            type="time"
            value={draft.endTime}
            error={errors.endTime}
            onChange={(e) => update('endTime', e.target.value)}
          />
        </div>
        <div className="run-form-actions">
          <button type="submit" className="button button--primary">
            Set date of next meeting
          </button>
          {stored && (
            <button type="button" className="button" onClick={clear}>
              Remove date
            </button>
          )}
        </div>
      </form>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
