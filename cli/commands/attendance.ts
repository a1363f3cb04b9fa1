import type { AttendanceTable } from '../../shared/model/attendance-stats';
import { formatLongDate, isIsoDate } from '../../shared/format/dates';
import { CliError, usageError } from '../cli-error';
import { readInputFile } from '../files';
import { parseOptions } from '../options';
import type { Command } from './command';
import { terminalText } from '../terminal-text';

const help = `Usage: quorum attendance <file.quorum> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]

Counts who came to the group's meetings over a period, one line per person:

  Councillor Harland   attended 3 of 3, apologies 0, absent 0   100%

A person is expected at the meetings that marked them (present, in attendance, apologies or
absent); a meeting before they joined is not held against them. Attended counts present and
in attendance. People merged as duplicates are counted once, under the person kept.

Options:
  --from D    Count meetings on or after this day (YYYY-MM-DD)
  --to D      Count meetings on or before this day (YYYY-MM-DD)
  --json      Print JSON instead:
              { "from", "to", "meetings": [ { "id", "date", "title" } ],
                "people": [ { "id", "name", "expected", "attended", "apologies",
                              "absent", "percentage" (null: none expected),
                              "marks": one per meeting, "present" | "apologies" |
                                       "absent" | "in-attendance" | null } ] }
  -h, --help  Show this help
`;

function dateOption(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isIsoDate(value))
    throw usageError(
      `--${name} “${value}” is not a date: write it as YYYY-MM-DD, e.g. 2023-09-01.`,
    );
  return value;
}

function describePeriod(table: AttendanceTable): string {
  const { from, to } = table.period;
  const count = `${table.meetings.length} ${table.meetings.length === 1 ? 'meeting' : 'meetings'}`;
  if (from && to) return `${formatLongDate(from)} to ${formatLongDate(to)}: ${count}`;
  if (from) return `From ${formatLongDate(from)}: ${count}`;
  if (to) return `Up to ${formatLongDate(to)}: ${count}`;
  return `All meetings: ${count}`;
}

function asText(table: AttendanceTable): string {
  const heading = describePeriod(table);
  if (table.rows.length === 0) return `${heading}\nNobody was marked at these meetings.\n`;
  const rows = table.rows.map((row) => ({ ...row, name: terminalText(row.name) }));
  const width = Math.max(...rows.map((row) => row.name.length));
  const lines = rows.map((row) => {
    const counts = `attended ${row.attended} of ${row.expected}, apologies ${row.apologies}, absent ${row.absent}`;
    const percentage = row.percentage === null ? '' : `${row.percentage}%`;
    return `${row.name.padEnd(width)}  ${counts.padEnd(44)}${percentage}`.trimEnd();
  });
  return `${heading}\n${lines.join('\n')}\n`;
}

export const attendanceCommand: Command = {
  name: 'attendance',
  summary: 'Count attendance at the meetings in a workspace file over a period',
  help,
  async run(args, io) {
    const { values, positionals } = parseOptions('attendance', args, {
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) return io.stdout(help);
    const [path, extra] = positionals;
    if (!path) throw usageError('Missing the workspace file: quorum attendance <file.quorum>.');
    if (extra !== undefined)
      throw usageError(`Unexpected argument “${extra}”: attendance reads one file.`);
    const from = dateOption('from', values.from);
    const to = dateOption('to', values.to);
    if (from && to && from > to)
      throw usageError(`--from ${from} is after --to ${to}: the period would hold no meetings.`);

    const bytes = await readInputFile(path);
    // Loaded only now (Yjs and zod), so help and usage errors answer at once.
    const { importWorkspaceFile } = await import('../../shared/workspace-file');
    const { attendanceTable, listPeople, workspaceAttendance } = await import('../../shared/model');
    const result = importWorkspaceFile(bytes);
    if (!result.ok) throw new CliError(`${path}: ${result.message}`);
    const { workspace, meetings } = result.value;
    const table = attendanceTable(workspaceAttendance(workspace, meetings), listPeople(workspace), {
      from,
      to,
    });
    if (!values.json) return io.stdout(asText(table));
    const json = {
      from,
      to,
      meetings: table.meetings.map((m) => ({ id: m.meetingId, date: m.date, title: m.title })),
      people: table.rows.map((row) => ({
        id: row.personId,
        name: row.name,
        expected: row.expected,
        attended: row.attended,
        apologies: row.apologies,
        absent: row.absent,
        percentage: row.percentage,
        marks: row.cells,
      })),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  },
};
