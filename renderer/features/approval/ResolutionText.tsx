import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import { resolutionWords, type PreviousMinutesResolution } from '../../../shared/model';

/** The resolution as the minutes read it. */
export function ResolutionText({ resolution }: { resolution: PreviousMinutesResolution }) {
  const { sentence, amendments } = resolutionWords(resolution);
  return (
    <div className="previous-minutes previous-minutes--resolved">
      <p>
        <strong>RESOLVED:</strong> {sentence}
      </p>
      {amendments.length > 0 && (
        <ul>
          {amendments.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/meetings/${resolution.meetingId}/minutes`}>
          Open the minutes of {formatLongDate(resolution.meetingDate)}
        </Link>
      </p>
    </div>
  );
}
