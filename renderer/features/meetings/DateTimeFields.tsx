import { Field } from '../../ui/Field';
import type { FieldBinding } from '../../ui/useFormDraft';

interface DateTimeFieldsProps {
  /** From useFormDraft: ties each field to the draft's date, startTime and endTime. */
  field: (name: 'date' | 'startTime' | 'endTime') => FieldBinding;
  /** Times may be left empty: a date of next meeting, or a past meeting from the records. */
  optionalTimes?: boolean;
}

/** When a meeting is: its date, then start and end times side by side. */
export function DateTimeFields({ field, optionalTimes = false }: DateTimeFieldsProps) {
  const optional = optionalTimes ? ' (optional)' : '';
  return (
    <>
      <Field label="Date" type="date" {...field('date')} />
      <div className="field-row">
        <Field label={`Start time${optional}`} type="time" {...field('startTime')} />
        <Field label={`End time${optional}`} type="time" {...field('endTime')} />
      </div>
    </>
  );
}
