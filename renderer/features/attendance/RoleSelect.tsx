import { useId } from 'react';
import type { Person } from '../../../shared/model';

interface RoleSelectProps {
  label: string;
  people: Person[];
  value: string | null;
  onChange: (personId: string | null) => void;
}

/** Picks the chair or the minute-taker from the directory. */
export function RoleSelect({ label, people, value, onChange }: RoleSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">Not chosen</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </div>
  );
}
