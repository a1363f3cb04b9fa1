import { useState } from 'react';
import { Link } from 'wouter';
import { formatLongDate } from '../../../shared/format/dates';
import {
  ATTENDANCE_LABELS,
  attendanceTable,
  formatPercentage,
  type AttendancePeriod,
} from '../../../shared/model';
import { ScreenHeading } from '../../app/ScreenHeading';
import { useAttendanceExport } from '../../data/useAttendanceExport';
import { useSaveFile } from '../../data/useSaveFile';
import { usePeople } from '../../data/useWorkspaceData';
import { useWorkspaceAttendance } from '../../data/useWorkspaceAttendance';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { StatusMessage } from '../../ui/StatusMessage';
import { personHref } from './person-href';
import { describePeriod, PeriodFields } from './PeriodFields';
import './people.css';

/**
 * People by meetings for a period, with each person's figures: who came, who sent apologies,
 * who was absent. Saves to Word in the house style, or to Excel.
 */
export function AttendanceTableScreen() {
  const attendance = useWorkspaceAttendance();
  const people = usePeople();
  const [period, setPeriod] = useState<AttendancePeriod>({ from: null, to: null });
  const { toWord, toExcel } = useAttendanceExport();
  const { progress, save } = useSaveFile();

  const busy = progress.stage === 'working';
  const table =
    attendance.status === 'ready' ? attendanceTable(attendance.meetings, people, period) : null;

  return (
    <section className="screen">
      <p className="breadcrumb">
        <Link href="/people">People</Link>
      </p>
      <header className="screen-header">
        <ScreenHeading>Attendance</ScreenHeading>
        <div className="screen-actions">
          <button
            type="button"
            className="button"
            disabled={!table || busy}
            onClick={() => table && void save(() => toWord(table), 'docx')}
          >
            Save as Word
          </button>
          <button
            type="button"
            className="button"
            disabled={!table || busy}
            onClick={() => table && void save(() => toExcel(table), 'xlsx')}
          >
            Save as Excel
          </button>
        </div>
      </header>
      <StatusMessage progress={progress} failedPrefix="The document was not saved." />
      <PeriodFields period={period} onChange={setPeriod} />
      {attendance.status === 'loading' && <LoadingStatus />}
      {attendance.status === 'failed' && <p role="alert">{attendance.message}</p>}
      {table && (
        <>
          <p role="status">
            {table.meetings.length} {table.meetings.length === 1 ? 'meeting' : 'meetings'}
            {period.from || period.to ? `, ${describePeriod(period, formatLongDate)}` : ''}.
          </p>
          {table.rows.length === 0 ? (
            <p>Nobody’s attendance was recorded at these meetings.</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Attendance table">
              <table className="data-table attendance-table">
                <caption className="visually-hidden">People by meetings</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    {table.meetings.map((meeting) => (
                      <th scope="col" key={meeting.meetingId}>
                        <Link href={`/meetings/${meeting.meetingId}/attendance`}>
                          {formatLongDate(meeting.date)}
                        </Link>
                      </th>
                    ))}
                    <th scope="col">Attended</th>
                    <th scope="col">Apologies</th>
                    <th scope="col">Absent</th>
                    <th scope="col">Attendance</th>
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={row.personId}>
                      <th scope="row">
                        <Link href={personHref(row.personId)}>{row.name}</Link>
                      </th>
                      {row.cells.map((mark, index) => (
                        <td key={table.meetings[index]?.meetingId ?? index}>
                          {mark ? ATTENDANCE_LABELS[mark] : 'Not marked'}
                        </td>
                      ))}
                      <td>
                        {row.attended} of {row.expected}
                      </td>
                      <td>{row.apologies}</td>
                      <td>{row.absent}</td>
                      <td>{formatPercentage(row)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
