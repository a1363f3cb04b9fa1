import { Fragment } from 'react';
import { useAgenda, useRunState } from '../../data/useMeetingData';
import { EmptyState } from '../../ui/EmptyState';
import type { MeetingSectionProps } from '../meeting-screen/meeting-sections';
import { chairItem } from './chair-item';
import { ChairPosition } from './ChairPosition';
import { MattersArisingMinutes } from './MattersArisingMinutes';
import { useFrozen } from '../approval/frozen-context';
import { MinutesHelp } from './MinutesHelp';
import { MinutesItem } from './MinutesItem';
import { OpenQuestions } from './OpenQuestions';
import { useFocusLinkedItem } from './useFocusLinkedItem';
import './minutes.css';

const HELP_ID = 'minutes-help';

/** The Minutes tab: an editor per agenda item, in running order, then the open questions. */
export function MinutesSection({ meetingId, doc }: MeetingSectionProps) {
  const agenda = useAgenda(doc);
  const current = chairItem(agenda, useRunState(doc));
  // Approved minutes take no typing: no help on how to type them (features/approval).
  const frozen = useFrozen();
  useFocusLinkedItem(agenda.length);
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
          {!frozen && <MinutesHelp id={HELP_ID} />}
          <ChairPosition current={current} />
          <div className="minutes-items">
            {agenda.map((item) => (
              <Fragment key={item.id}>
                <MinutesItem
                  meetingId={meetingId}
                  doc={doc}
                  item={item}
                  helpId={frozen ? 'frozen-notice' : HELP_ID}
                  chairIsHere={item.id === current?.id}
                />
                {/* Under its own item, where the minutes record the updates given. */}
                <MattersArisingMinutes meetingId={meetingId} item={item} />
              </Fragment>
            ))}
          </div>
          <OpenQuestions doc={doc} agenda={agenda} />
        </>
      )}
    </section>
  );
}
