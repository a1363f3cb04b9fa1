import type { Meeting, Person, RegisterGrouping } from '../../../shared/model';
import { formatLongDate } from '../../../shared/format/dates';
import { Link } from 'wouter';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { STATUS_VIEWS, type RegisterView, type StatusView } from './register-view';

interface RegisterFiltersProps {
  view: RegisterView;
  onChange: (view: RegisterView) => void;
  /** Owners to choose from: people in the list, then free-text owners. */
  owners: { value: string; label: string }[];
  meetings: Meeting[];
  /** Who this device says it is; null when not set (then "My actions" points to Settings). */
  me: Person | null | undefined;
}

const GROUPINGS: { value: RegisterGrouping | ''; label: string }[] = [
  { value: '', label: 'No grouping' },
  { value: 'owner', label: 'Owner' },
  { value: 'meeting', label: 'Meeting' },
  { value: 'due month', label: 'Month due' },
];

const STATUS_OPTIONS = Object.entries(STATUS_VIEWS).map(([value, { label }]) => ({ value, label }));

/** The register's filters: who, what state, which meeting, when due, and how to group. */
export function RegisterFilters({ view, onChange, owners, meetings, me }: RegisterFiltersProps) {
  const set = <K extends keyof RegisterView>(key: K, value: RegisterView[K]) =>
    onChange({ ...view, [key]: value });
  return (
    <fieldset className="register-filters">
      <legend>Filter the register</legend>
      <div className="register-filter-grid">
        <SelectField
          label="Owner"
          value={view.mine ? '' : view.owner}
          disabled={view.mine}
          onChange={(e) => set('owner', e.target.value)}
          options={[{ value: '', label: 'Everyone' }, ...owners]}
        />
        <SelectField
          label="Status"
          value={view.status}
          onChange={(e) => set('status', e.target.value as StatusView)}
          options={STATUS_OPTIONS}
        />
        <SelectField
          label="Meeting"
          value={view.meetingId}
          onChange={(e) => set('meetingId', e.target.value)}
          options={[
            { value: '', label: 'Every meeting' },
            ...meetings.map((meeting) => ({
              value: meeting.id,
              label: `${formatLongDate(meeting.date)}: ${meeting.title}`,
            })),
          ]}
        />
        <Field
          label="Due from"
          type="date"
          value={view.dueFrom}
          onChange={(e) => set('dueFrom', e.target.value)}
        />
        <Field
          label="Due by"
          type="date"
          value={view.dueTo}
          onChange={(e) => set('dueTo', e.target.value)}
        />
        <SelectField
          label="Group by"
          value={view.groupBy}
          onChange={(e) => set('groupBy', e.target.value as RegisterGrouping | '')}
          options={GROUPINGS}
        />
      </div>
      <div className="register-toggles">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={view.overdue}
            onChange={(e) => set('overdue', e.target.checked)}
          />
          Overdue
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={view.dueSoon}
            onChange={(e) => set('dueSoon', e.target.checked)}
          />
          Due in the next 14 days
        </label>
        {me ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={view.mine}
              onChange={(e) => set('mine', e.target.checked)}
            />
            Only my actions ({me.name})
          </label>
        ) : (
          me === null && (
            <p className="register-me-hint">
              To see only your actions, say who you are in <Link href="/settings">Settings</Link>.
            </p>
          )
        )}
      </div>
    </fieldset>
  );
}
