import { useState } from 'react';
import { Link } from 'wouter';
import type { AttendancePeriod } from '../../../shared/model';
import { ScreenHeading } from '../../app/ScreenHeading';
import { usePersonById } from '../../data/usePersonRecord';
import { useWorkspaceAttendance } from '../../data/useWorkspaceAttendance';
import { EmptyState } from '../../ui/EmptyState';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { MergePersonDialog } from './MergePersonDialog';
import { PersonActionsLists } from './PersonActionsLists';
import { PersonAttendance } from './PersonAttendance';
import { PersonDeclarations } from './PersonDeclarations';
import { tagLabel } from './PersonFields';
import './people.css';

/**
 * One person's record: who they are, what they owe, how often they came and what they
 * declared. A duplicate merged into someone else opens as the person kept.
 */
export function PersonScreen({ personId }: { personId: string }) {
  const { person, keptId } = usePersonById(personId);
  const attendance = useWorkspaceAttendance();
  const [period, setPeriod] = useState<AttendancePeriod>({ from: null, to: null });
  const [merging, setMerging] = useState(false);

  if (!person)
    return (
      <section className="screen">
        <EmptyState title="Nobody with this link">
          <p>
            This person is not in the group’s directory. <Link href="/people">Back to People</Link>
          </p>
        </EmptyState>
      </section>
    );

  return (
    <section className="screen person-screen">
      <p className="breadcrumb">
        <Link href="/people">People</Link>
      </p>
      <header className="screen-header">
        <ScreenHeading>{person.name}</ScreenHeading>
        <button type="button" className="button" onClick={() => setMerging(true)}>
          Merge a duplicate
        </button>
      </header>
      {keptId !== personId && (
        <p role="status">This person was merged with a duplicate; their record is shown here.</p>
      )}
      <dl className="person-details">
        <dt>Role</dt>
        <dd>{person.role || 'Not given'}</dd>
        <dt>Organisation</dt>
        <dd>{person.organisation || 'Not given'}</dd>
        {person.email && (
          <>
            <dt>Email</dt>
            <dd>{person.email}</dd>
          </>
        )}
        {person.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>{person.tags.map(tagLabel).join(', ')}</dd>
          </>
        )}
      </dl>

      {attendance.status === 'loading' && <LoadingStatus />}
      {attendance.status === 'failed' && <p role="alert">{attendance.message}</p>}
      {attendance.status === 'ready' && (
        <PersonAttendance
          personId={keptId}
          meetings={attendance.meetings}
          period={period}
          onPeriodChange={setPeriod}
        />
      )}
      <PersonActionsLists personId={keptId} />
      {attendance.status === 'ready' && (
        <PersonDeclarations personId={keptId} docs={attendance.docs} />
      )}
      {merging && <MergePersonDialog person={person} onClose={() => setMerging(false)} />}
    </section>
  );
}
