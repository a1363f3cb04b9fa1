import type { Meeting } from '../../../shared/model';
import { formatLongDate } from '../../../shared/format/dates';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';

export interface DecisionFilterValues {
  text: string;
  meetingId: string;
  from: string;
  to: string;
}

export const NO_FILTER: DecisionFilterValues = { text: '', meetingId: '', from: '', to: '' };

interface DecisionFiltersProps {
  values: DecisionFilterValues;
  meetings: readonly Meeting[];
  onChange: (values: DecisionFilterValues) => void;
}

/**
 * Search and filters over the decision log. Every change applies at once (no submit): the list
 * below narrows as the person types, and its count is announced.
 */
export function DecisionFilters({ values, meetings, onChange }: DecisionFiltersProps) {
  const set = (changes: Partial<DecisionFilterValues>) => onChange({ ...values, ...changes });
  const rangeError =
    values.from && values.to && values.from > values.to
      ? 'The “from” date is after the “to” date'
      : undefined;
  return (
    <form
      className="decision-filters"
      role="search"
      aria-label="Find decisions"
      onSubmit={(e) => e.preventDefault()}
    >
      <Field
        label="Search decisions"
        hint="Words the decision contains, in any order"
        type="search"
        value={values.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <SelectField
        label="Meeting"
        value={values.meetingId}
        onChange={(e) => set({ meetingId: e.target.value })}
        options={[
          { value: '', label: 'All meetings' },
          ...meetings.map((m) => ({ value: m.id, label: `${formatLongDate(m.date)}: ${m.title}` })),
        ]}
      />
      <div className="field-row">
        <Field
          label="Meetings from"
          type="date"
          value={values.from}
          onChange={(e) => set({ from: e.target.value })}
        />
        <Field
          label="Meetings to"
          type="date"
          value={values.to}
          error={rangeError}
          onChange={(e) => set({ to: e.target.value })}
        />
      </div>
      <button
        type="button"
        className="button"
        disabled={values === NO_FILTER}
        onClick={() => onChange(NO_FILTER)}
      >
        Clear search and filters
      </button>
    </form>
  );
}
