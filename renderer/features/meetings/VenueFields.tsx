import { useId } from 'react';
import type { VenueKind } from '../../../shared/model';
import { Field } from '../../ui/Field';

const DEFAULT_ONLINE_PLATFORM = 'Microsoft Teams';

interface VenueFieldsProps {
  kind: VenueKind;
  venue: string;
  error: string | undefined;
  onChange: (kind: VenueKind, venue: string) => void;
}

/** Where the meeting is: a room, or an online platform (Teams by default, as councils use). */
export function VenueFields({ kind, venue, error, onChange }: VenueFieldsProps) {
  const name = useId();
  const switchTo = (next: VenueKind) => {
    if (next === kind) return;
    // Keep what was typed unless it is the other kind's default.
    const carried = venue === DEFAULT_ONLINE_PLATFORM ? '' : venue;
    onChange(next, next === 'online' && carried === '' ? DEFAULT_ONLINE_PLATFORM : carried);
  };
  return (
    <fieldset className="fieldset">
      <legend>Venue</legend>
      <div className="radios">
        <label>
          <input
            type="radio"
            name={name}
            checked={kind === 'room'}
            onChange={() => switchTo('room')}
          />
          In a room
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={kind === 'online'}
            onChange={() => switchTo('online')}
          />
          Online
        </label>
      </div>
      <Field
        label={kind === 'room' ? 'Room and building' : 'Online platform'}
        hint={kind === 'room' ? 'For example, Committee Room 2, Civic Hall' : undefined}
        value={venue}
        error={error}
        autoComplete="off"
        onChange={(e) => onChange(kind, e.target.value)}
      />
    </fieldset>
  );
}
