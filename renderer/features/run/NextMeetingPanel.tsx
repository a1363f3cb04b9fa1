import { useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { describeNextMeeting } from '../../../shared/format/next-meeting';
import { setNextMeeting, type MeetingHeader } from '../../../shared/model';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { useFormDraft } from '../../ui/useFormDraft';
import { DateTimeFields } from '../meetings/DateTimeFields';
import { validateNextMeeting, type NextMeetingDraft } from './next-meeting-form';

/**
 * The date of the next meeting, agreed at the end of this one (or whenever it comes up).
 * The form starts from what is stored; setting it writes at once, for every device to see.
 */
export function NextMeetingPanel({ doc, header }: { doc: Y.Doc; header: MeetingHeader }) {
  const form = useFormDraft<NextMeetingDraft>(
    {
      date: header.nextMeetingDate ?? '',
      startTime: header.nextMeetingStartTime ?? '',
      endTime: header.nextMeetingEndTime ?? '',
    },
    validateNextMeeting,
  );
  const [status, setStatus] = useState('');
  const formElement = useRef<HTMLFormElement>(null);
  const stored = describeNextMeeting({
    date: header.nextMeetingDate,
    startTime: header.nextMeetingStartTime,
    endTime: header.nextMeetingEndTime,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.submit()) return;
    const next = {
      date: form.draft.date,
      startTime: form.draft.startTime || null,
      endTime: form.draft.endTime || null,
    };
    setNextMeeting(doc, next);
    setStatus(`Date of next meeting set: ${describeNextMeeting(next)}`);
  };

  const clear = () => {
    setNextMeeting(doc, null);
    form.reset({ date: '', startTime: '', endTime: '' });
    setStatus('Date of next meeting removed');
    formElement.current?.querySelector('input')?.focus();
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
      <form ref={formElement} noValidate onSubmit={submit}>
        <ErrorSummary errors={form.errors} submitCount={form.submitCount} />
        <DateTimeFields field={form.field} optionalTimes />
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
