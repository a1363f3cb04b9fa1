import { useId } from 'react';
import {
  ATTENDANCE_LABELS,
  attendanceStatuses,
  type AttendanceStatus,
  type Person,
} from '../../../shared/model';

interface AttendanceRowProps {
  person: Person;
  status: AttendanceStatus | null;
  /** A prepared meeting expects them (its previous meeting's members). */
  expected: boolean;
  onChange: (status: AttendanceStatus | null) => void;
}

/** One person: a radio group named after them, so a screen reader says whose row it is. */
export function AttendanceRow({ person, status, expected, onChange }: AttendanceRowProps) {
  const name = useId();
  const detail = [person.role, person.organisation].filter(Boolean).join(', ');
  return (
    <li className="attendance-row">
      <fieldset>
        <legend>
          <span className="attendance-name">{person.name}</span>
          {detail && <span className="attendance-detail">{detail}</span>}
          {expected && <span className="attendance-expected">Expected</span>}
        </legend>
        <div className="attendance-choices">
          {attendanceStatuses.map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name={name}
                checked={status === choice}
                onChange={() => onChange(choice)}
              />
              {ATTENDANCE_LABELS[choice]}
            </label>
          ))}
          <label>
            <input
              type="radio"
              name={name}
              checked={status === null}
              onChange={() => onChange(null)}
            />
            Not recorded
          </label>
        </div>
      </fieldset>
    </li>
  );
}
