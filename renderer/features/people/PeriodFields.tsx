import { isIsoDate } from '../../../shared/format/dates';
import type { AttendancePeriod } from '../../../shared/model';
import { Field } from '../../ui/Field';

/** Two date fields choosing the period attendance is counted over; empty leaves an end open. */
export function PeriodFields({
  period,
  onChange,
}: {
  period: AttendancePeriod;
  onChange: (period: AttendancePeriod) => void;
}) {
  const error =
    period.from && period.to && period.from > period.to
      ? 'The start of the period is after its end: no meeting falls in it'
      : undefined;
  const set = (end: 'from' | 'to') => (e: React.ChangeEvent<HTMLInputElement>) =>
    onChange({ ...period, [end]: isIsoDate(e.target.value) ? e.target.value : null });
  return (
    <fieldset className="period-fields">
      <legend>Period</legend>
      <Field label="From" type="date" value={period.from ?? ''} onChange={set('from')} />
      <Field label="To" type="date" value={period.to ?? ''} onChange={set('to')} error={error} />
    </fieldset>
  );
}

/** Words for the period: "1 September 2023 to 15 January 2024", "all meetings". */
export function describePeriod(period: AttendancePeriod, format: (d: string) => string): string {
  if (period.from && period.to) return `${format(period.from)} to ${format(period.to)}`;
  if (period.from) return `from ${format(period.from)}`;
  if (period.to) return `up to ${format(period.to)}`;
  return 'all meetings';
}
