import { useId } from 'react';
import { useMattersArising, useRecordActionUpdate } from '../../data/useMattersArising';
import { usePeople } from '../../data/useWorkspaceData';
import { MatterArisingRow } from './MatterArisingRow';
import './matters-arising.css';

interface MattersArisingProps {
  meetingId: string;
  /** Where it sits: under the minutes' items, or in the chair view's current item. */
  headingLevel?: 'h3' | 'h4';
  title?: string;
}

/**
 * Matters arising: every action still open from earlier meetings, each updated in one step
 * (a new status and a progress note). Shown in the minutes and, while the item is current,
 * in the chair view; the updates given here are kept in each action's history.
 */
export function MattersArising({
  meetingId,
  headingLevel = 'h3',
  title = 'Matters arising: actions from earlier meetings',
}: MattersArisingProps) {
  const id = useId();
  const matters = useMattersArising(meetingId);
  const people = usePeople();
  const recordUpdate = useRecordActionUpdate(meetingId);
  const Heading = headingLevel;
  return (
    <section className="matters-arising" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="matters-arising-heading">
        {title}
      </Heading>
      {matters.length === 0 ? (
        <p>No actions are open from earlier meetings.</p>
      ) : (
        <ol className="matters-list">
          {matters.map((matter) => (
            <MatterArisingRow
              key={matter.action.id}
              matter={matter}
              people={people}
              onUpdate={recordUpdate}
              headingLevel={headingLevel === 'h3' ? 'h4' : 'h5'}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
