import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import {
  ATTENDANCE_LABELS,
  formatPercentage,
  meetingsInPeriod,
  personAttendance,
  type AttendancePeriod,
  type MeetingAttendance,
} from '../../../shared/model';
import { describePeriod, PeriodFields } from './PeriodFields';

/** A person's attendance over the chosen period: the figures, then meeting by meeting. */
export function PersonAttendance({
  personId,
  meetings,
  period,
  onPeriodChange,
}: {
  personId: string;
  meetings: MeetingAttendance[];
  period: AttendancePeriod;
  onPeriodChange: (period: AttendancePeriod) => void;
}) {
  const figures = personAttendance(meetings, personId, period);
  const chosen = meetingsInPeriod(meetings, period);
  return (
    <section aria-labelledby="person-attendance-heading" className="person-section">
      <h2 id="person-attendance-heading">Attendance</h2>
      <PeriodFields period={period} onChange={onPeriodChange} />
      <p className="attendance-figures" role="status">
        {figures.expected === 0
          ? `Not marked at any meeting (${describePeriod(period, formatLongDate)}).`
          : `Attended ${figures.attended} of ${figures.expected} meetings (${formatPercentage(figures)}), ` +
            `apologies ${figures.apologies}, absent ${figures.absent}: ${describePeriod(period, formatLongDate)}.`}
      </p>
      {chosen.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">Attendance meeting by meeting</caption>
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Attendance</th>
            </tr>
          </thead>
          <tbody>
            {[...chosen].reverse().map((meeting) => {
              const mark = meeting.statuses.get(personId);
              return (
                <tr key={meeting.meetingId}>
                  <th scope="row">
                    <Link href={`/meetings/${meeting.meetingId}/attendance`}>
                      {formatLongDate(meeting.date)}
                    </Link>
                  </th>
                  <td>{mark ? ATTENDANCE_LABELS[mark] : 'Not marked'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
