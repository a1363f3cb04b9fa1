import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import {
  describeStrandEvidence,
  type EvidenceReport,
  type JourneyCriterion,
  type Meeting,
} from '../../../shared/model';

interface EvidenceSectionProps {
  report: EvidenceReport;
  criteria: readonly JourneyCriterion[];
  meetings: readonly Meeting[];
  onAdd: () => void;
}

/**
 * The evidence under Learn, Embed and Share, each strand saying how much it has or that it has
 * none yet: the gaps a recognition panel would find.
 */
export function EvidenceSection({ report, criteria, meetings, onAdd }: EvidenceSectionProps) {
  const meetingOf = (id: string | null) => meetings.find((m) => m.id === id);
  const criterionTitle = (id: string | null) => criteria.find((c) => c.id === id)?.title;
  return (
    <section className="journey-panel" aria-labelledby="journey-evidence-heading">
      <div className="journey-panel-header">
        <h2 id="journey-evidence-heading">Evidence</h2>
        <button type="button" className="button" onClick={onAdd}>
          Add evidence
        </button>
      </div>
      {report.strands.map((strand) => (
        <section key={strand.strand} aria-labelledby={`strand-${strand.strand}`}>
          <h3 id={`strand-${strand.strand}`} className="journey-strand-heading">
            {describeStrandEvidence(strand)}
          </h3>
          {strand.entries.length > 0 && (
            <ul className="journey-evidence">
              {strand.entries.map((entry) => {
                const criterion = criterionTitle(entry.criterionId);
                return (
                  <li key={entry.id}>
                    <strong>{entry.title}</strong>, {formatLongDate(entry.date)}
                    {entry.description && <p>{entry.description}</p>}
                    {criterion && <p className="field-hint">Supports: {criterion}</p>}
                    <RecordedAt meeting={meetingOf(entry.meetingId)} />
                    {entry.url && (
                      <p>
                        <a href={entry.url} target="_blank" rel="noreferrer">
                          {entry.url}
                        </a>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}

function RecordedAt({ meeting }: { meeting: Meeting | undefined }) {
  if (!meeting) return null;
  return (
    <p className="field-hint">
      Recorded at:{' '}
      <Link href={`/meetings/${meeting.id}/minutes`}>
        {meeting.title}, {formatLongDate(meeting.date)}
      </Link>
    </p>
  );
}
