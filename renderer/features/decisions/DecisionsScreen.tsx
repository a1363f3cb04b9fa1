import { useDeferredValue, useMemo, useState } from 'react';
import type { DecisionFilter } from '../../../shared/model';
import { ScreenHeading } from '../../app/ScreenHeading';
import { useDecisionLog } from '../../data/useDecisionLog';
import { useMeetings } from '../../data/useMeetings';
import { EmptyState } from '../../ui/EmptyState';
import { DecisionFilters, NO_FILTER, type DecisionFilterValues } from './DecisionFilters';
import { DecisionLogTable } from './DecisionLogTable';
import './decisions.css';

/** Past this many rows the list asks for a narrower search rather than draw years of rows. */
const SHOWN_AT_MOST = 200;

/**
 * The decision log: every decision of every meeting, newest meeting first, found by words, by
 * meeting and by date. What the officer checks when asked "when did we agree that?".
 */
export function DecisionsScreen() {
  const [values, setValues] = useState<DecisionFilterValues>(NO_FILTER);
  // Typing stays responsive however long the log: the list catches up a moment later.
  const deferred = useDeferredValue(values);
  const filter = useMemo<DecisionFilter>(
    () => ({
      text: deferred.text,
      meetingId: deferred.meetingId || undefined,
      from: deferred.from || undefined,
      to: deferred.to || undefined,
    }),
    [deferred],
  );
  const decisions = useDecisionLog(filter);
  const meetings = useMeetings();
  const filtered = values !== NO_FILTER;
  const shown = decisions.slice(0, SHOWN_AT_MOST);

  return (
    <section className="screen">
      <header className="screen-header">
        <ScreenHeading>Decisions</ScreenHeading>
      </header>
      <DecisionFilters values={values} meetings={meetings} onChange={setValues} />
      <p role="status" className="decision-count">
        {countText(decisions.length, shown.length, filtered)}
      </p>
      {decisions.length === 0 ? (
        <EmptyState title={filtered ? 'No decisions match' : 'No decisions recorded yet'}>
          <p>
            {filtered
              ? 'Try fewer words, another meeting or a wider range of dates.'
              : 'Decisions recorded in the chair view appear here, from every meeting. A meeting recorded on another device before this version appears once it is opened.'}
          </p>
        </EmptyState>
      ) : (
        <DecisionLogTable decisions={shown} />
      )}
    </section>
  );
}

function countText(total: number, shown: number, filtered: boolean): string {
  const noun = total === 1 ? 'decision' : 'decisions';
  const found = filtered ? `${total} ${noun} found` : `${total} ${noun} from every meeting`;
  return shown < total
    ? `${found}. Showing the newest ${shown}: narrow the search to see the rest.`
    : `${found}.`;
}
