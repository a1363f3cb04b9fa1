import type { MeetingSummary } from '../../shared/workspace-file';
import { CliError, usageError } from '../cli-error';
import { readInputFile } from '../files';
import { parseOptions } from '../options';
import type { Command } from './command';
import { terminalText } from '../terminal-text';

const help = `Usage: quorum info <file.quorum> [--json]

Lists the meetings in a workspace file, oldest first, one line per meeting:

  2023-09-01  Meeting between …  (3 agenda items, 5 attendees, 2 actions)

The whole file is checked first; a damaged or incomplete file is reported, not listed.

What is counted:
  agenda items  every item on the meeting's agenda, standard items included
  attendees     people marked Present or In attendance (not Apologies or Absent)
  actions       actions in the action log raised at the meeting, open or not

Minutes are a draft until the next meeting approves them; --json says when and where.

Options:
  --json      Print JSON instead:
              { "meetings": [ { "id", "date": "YYYY-MM-DD", "title",
                                "agendaItems", "attendees", "actions",
                                "minutesStatus": "draft" | "approved",
                                "approvedOn": "YYYY-MM-DD" | null,
                                "approvedAt": the approving meeting's id | null } ] }
  -h, --help  Show this help
`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describe(meeting: MeetingSummary): string {
  const counts = [
    plural(meeting.agendaItems, 'agenda item'),
    plural(meeting.attendees, 'attendee'),
    plural(meeting.actions, 'action'),
  ];
  return `${meeting.date}  ${terminalText(meeting.title)}  (${counts.join(', ')})`;
}

export const infoCommand: Command = {
  name: 'info',
  summary: 'List the meetings in a workspace file',
  help,
  async run(args, io) {
    const { values, positionals } = parseOptions('info', args, {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) return io.stdout(help);
    const [path, extra] = positionals;
    if (!path) throw usageError('Missing the workspace file: quorum info <file.quorum>.');
    if (extra !== undefined)
      throw usageError(`Unexpected argument “${extra}”: info reads one file.`);

    const bytes = await readInputFile(path);
    // Loaded only now (Yjs and zod), so help and usage errors answer at once.
    const { importWorkspaceFile } = await import('../../shared/workspace-file');
    const result = importWorkspaceFile(bytes);
    if (!result.ok) throw new CliError(`${path}: ${result.message}`);
    const { meetings } = result.value.summary;
    if (values.json) {
      // Exactly these keys, in this order: scripts depend on them.
      const rows = meetings.map((m) => ({
        id: m.id,
        date: m.date,
        title: m.title,
        agendaItems: m.agendaItems,
        attendees: m.attendees,
        actions: m.actions,
        minutesStatus: m.minutesStatus,
        approvedOn: m.approvedOn,
        approvedAt: m.approvedAt,
      }));
      return io.stdout(`${JSON.stringify({ meetings: rows }, null, 2)}\n`);
    }
    io.stdout(meetings.length === 0 ? 'No meetings.\n' : meetings.map(describe).join('\n') + '\n');
  },
};
