import { CliError, usageError } from '../cli-error';
import { readInputFile } from '../files';
import { parseOptions } from '../options';
import type { Command } from './command';
import { terminalText } from '../terminal-text';

const help = `Usage: quorum actions <file.quorum> [--owner NAME] [--status S] [--overdue]
                      [--as-of YYYY-MM-DD] [--json]

Lists the workspace's action register, soonest due first, one line per action:

  SG 23/14 A2  Overdue             Jennifer Jennings  due 14 September 2023  Share presentation…

Each action's reference is its item's minute reference and its number in the meeting's
minutes; "?" stands for a minute number not given yet (the minutes are not approved).
RAG states: Overdue, Due within 14 days, On track, Done, Dropped.

Options:
  --owner NAME      Only this owner's actions (case and spacing ignored)
  --status S        Only actions with this status: open, in-progress, done, dropped;
                    several separated by commas ("open,in-progress")
  --overdue         Only open or in-progress actions due before the --as-of day
  --as-of DATE      The day RAG states are worked out for (default: today, local time)
  --json            Print JSON instead:
                    { "asOf": "YYYY-MM-DD", "actions": [ { "reference", "provisional",
                      "description", "owner", "due": "YYYY-MM-DD" | null, "status", "rag",
                      "meeting": { "id", "title", "date" } } ] }
  -h, --help        Show this help
`;

const STATUS_WORDS: Record<string, 'open' | 'in progress' | 'done' | 'dropped'> = {
  open: 'open',
  'in-progress': 'in progress',
  'in progress': 'in progress',
  done: 'done',
  dropped: 'dropped',
};

function parseStatuses(text: string) {
  return text.split(',').map((word) => {
    const status = STATUS_WORDS[word.trim().toLowerCase()];
    if (!status) {
      throw usageError(
        `Unknown status “${word.trim()}”: use open, in-progress, done or dropped (see quorum actions --help).`,
      );
    }
    return status;
  });
}

export const actionsCommand: Command = {
  name: 'actions',
  summary: 'List the action register, with references and RAG states',
  help,
  async run(args, io) {
    const { values, positionals } = parseOptions('actions', args, {
      owner: { type: 'string' },
      status: { type: 'string' },
      overdue: { type: 'boolean' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) return io.stdout(help);
    const [path, extra] = positionals;
    if (!path) throw usageError('Missing the workspace file: quorum actions <file.quorum>.');
    if (extra !== undefined)
      throw usageError(`Unexpected argument “${extra}”: actions reads one file.`);
    const owner = values.owner?.trim();
    if (values.owner !== undefined && !owner)
      throw usageError('--owner needs a name, for example --owner "Jennifer Jennings".');
    const statuses = values.status === undefined ? undefined : parseStatuses(values.status);

    // Loaded only now (Yjs and zod), so help and usage errors answer at once.
    const { isIsoDate, formatLongDate } = await import('../../shared/format/dates');
    const { localIsoDate } = await import('../../shared/format/local-date');
    const asOf = values['as-of'] ?? localIsoDate(io.now());
    if (!isIsoDate(asOf))
      throw usageError(`--as-of wants a real date as YYYY-MM-DD, not “${asOf}”.`);

    const bytes = await readInputFile(path);
    const { importWorkspaceFile } = await import('../../shared/workspace-file');
    const model = await import('../../shared/model');
    const result = importWorkspaceFile(bytes);
    if (!result.ok) throw new CliError(`${path}: ${result.message}`);
    const register = model.readActionRegister(result.value.workspace, asOf);
    if (owner && !register.some((row) => model.ownerMatches(row, owner))) {
      const owners = [...new Set(register.map((row) => terminalText(row.owner)))].sort().join(', ');
      throw new CliError(
        `No action is owned by “${owner}”${owners ? ` (owners: ${owners})` : ''}.`,
      );
    }
    const rows = model.filterRegister(register, {
      owner,
      statuses,
      overdue: values.overdue === true,
    });

    if (values.json) {
      // Exactly these keys, in this order: scripts depend on them.
      const actions = rows.map((row) => ({
        reference: row.reference,
        provisional: row.provisional,
        description: row.description,
        owner: row.owner,
        due: row.due,
        status: row.status,
        rag: row.rag,
        meeting: { id: row.meetingId, title: row.meetingTitle, date: row.meetingDate || null },
      }));
      return io.stdout(`${JSON.stringify({ asOf, actions }, null, 2)}\n`);
    }
    if (rows.length === 0) return io.stdout('No actions match.\n');
    const shown = rows.map((row) => ({
      ...row,
      reference: terminalText(row.reference),
      owner: terminalText(row.owner),
      description: terminalText(row.description),
    }));
    const width = (pick: (row: (typeof shown)[number]) => string) =>
      Math.max(...shown.map((row) => pick(row).length));
    const refWidth = width((row) => row.reference);
    const ragWidth = width((row) => model.ACTION_RAG_LABELS[row.rag]);
    const ownerWidth = width((row) => row.owner);
    const lines = shown.map((row) => {
      const due = row.due && isIsoDate(row.due) ? `due ${formatLongDate(row.due)}` : 'no due date';
      return [
        row.reference.padEnd(refWidth),
        model.ACTION_RAG_LABELS[row.rag].padEnd(ragWidth),
        row.owner.padEnd(ownerWidth),
        due.padEnd(24),
        row.description,
      ].join('  ');
    });
    io.stdout(`${lines.join('\n')}\n`);
  },
};
