import { useAgenda } from '../../data/useMeetingData';
import { EmptyState } from '../../ui/EmptyState';
import type { MeetingSectionProps } from '../meeting-screen/meeting-sections';
import { MattersArisingMinutes } from './MattersArisingMinutes';
import { MinutesHelp } from './MinutesHelp';
import { MinutesItem } from './MinutesItem';
import { OpenQuestions } from './OpenQuestions';
import './minutes.css';

const HELP_ID = 'minutes-help';

/** The Minutes tab: an editor per agenda item, in running order, then the open questions. */
export function MinutesSection({ meetingId, doc }: MeetingSectionProps) {
  const agenda = useAgenda(doc);
  return (
    <section className="minutes" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading" className="minutes-title">
        Minutes
      </h2>
      {agenda.length === 0 ? (
        <EmptyState title="No agenda items yet">
          <p>Add items on the Agenda tab, then take the minutes for each one here.</p>
        </EmptyState>
      ) : (
        <>
          <MinutesHelp id={HELP_ID} />
          <div className="minutes-items">
            {agenda.map((item) => (
              <MinutesItem
                key={item.id}
                meetingId={meetingId}
                doc={doc}
                item={item}
                helpId={HELP_ID}
              />
            ))}
          </div>
          <MattersArisingMinutes meetingId={meetingId} agenda={agenda} />
          <OpenQuestions doc={doc} agenda={agenda} />
        </>
      )}
    </section>
  );
}
