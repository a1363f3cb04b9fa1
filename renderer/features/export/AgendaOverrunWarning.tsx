import type * as Y from 'yjs';
import { agendaOverrun, describeOverrun } from '../../../shared/export/agenda-timings';
import { useAgenda, useMeetingHeader } from '../../data/useMeetingData';

/**
 * Before export: says so when the agenda's timings run past the meeting's end, as the agenda
 * document prints each item's start time and members plan their day by it. Nothing when the
 * agenda fits or the meeting has no times.
 */
export function AgendaOverrunWarning({ doc }: { doc: Y.Doc }) {
  const header = useMeetingHeader(doc);
  const agenda = useAgenda(doc);
  const overrun = header ? agendaOverrun(header, agenda) : null;
  if (!overrun) return null;
  return (
    <div className="template-warnings" role="note" aria-labelledby="agenda-overrun-heading">
      <h3 id="agenda-overrun-heading">The agenda overruns</h3>
      <p>{describeOverrun(overrun)}</p>
    </div>
  );
}
