import { useState } from 'react';
import { Link } from 'wouter';
import type { Person } from '../../../shared/model';
import { ScreenHeading } from '../../app/ScreenHeading';
import { usePeople } from '../../data/useWorkspaceData';
import { EmptyState } from '../../ui/EmptyState';
import { PersonDialog } from './PersonDialog';
import { personHref } from './person-href';
import { tagLabel } from './PersonFields';
import './people.css';

type Editing = { mode: 'add' } | { mode: 'edit'; person: Person } | null;

/** The group's directory: who sits on it, their role and organisation. */
export function PeopleScreen() {
  const people = usePeople();
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <section className="screen">
      <header className="screen-header">
        <ScreenHeading>People</ScreenHeading>
        <div className="people-header-actions">
          <Link href="/people/attendance" className="button">
            Attendance table
          </Link>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ mode: 'add' })}
          >
            Add a person
          </button>
        </div>
      </header>
      {people.length === 0 ? (
        <EmptyState title="No people yet">
          <p>
            Add the group’s members with their role and organisation, or add them from a meeting’s
            attendance.
          </p>
        </EmptyState>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">People in the group</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Organisation</th>
              <th scope="col">Tags</th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  <Link href={personHref(person.id)}>{person.name}</Link>
                  {person.email && <span className="person-email">{person.email}</span>}
                </th>
                <td>{person.role}</td>
                <td>{person.organisation}</td>
                <td>
                  <ul className="tag-list">
                    {person.tags.map((tag) => (
                      <li key={tag} className="tag">
                        {tagLabel(tag)}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setEditing({ mode: 'edit', person })}
                  >
                    Edit<span className="visually-hidden"> {person.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <PersonDialog
          person={editing.mode === 'edit' ? editing.person : undefined}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
