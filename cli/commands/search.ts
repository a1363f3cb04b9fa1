import { formatLongDate } from '../../shared/format/dates';
import type { SearchHit } from '../../shared/search';
import { CliError, usageError } from '../cli-error';
import { readInputFile } from '../files';
import { parseOptions } from '../options';
import type { Command } from './command';
import { terminalText } from '../terminal-text';

const help = `Usage: quorum search <file.quorum> <query> [--json]

Searches a workspace file's meetings, agenda items, minutes, decisions, actions, open
questions and people, with the same search as the app, and prints one hit a line, best
first:

  minutes  9 October 2023  1. Welcome and Introductions  … the «deputation» to full council …

The query is words (plurals, British or American spelling and small typos still match),
"quoted phrases", and filters on the meeting:
  before:2024  after:2023-09  in:October  in:"Steering Group"

Options:
  --json      Print JSON instead:
              { "hits": [ { "kind", "meetingId", "meetingDate": "YYYY-MM-DD" | null,
                            "meetingTitle", "itemId", "title", "snippet" } ] }
              (matches in the snippet are marked «like this»)
  -h, --help  Show this help
`;

function line(hit: SearchHit, snippet: string): string {
  const date = hit.meetingDate ? formatLongDate(hit.meetingDate) : '–';
  return `${hit.kind}  ${date}  ${terminalText(hit.title)}  ${terminalText(snippet)}`;
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search a workspace file',
  help,
  async run(args, io) {
    const { values, positionals } = parseOptions('search', args, {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) return io.stdout(help);
    const [path, ...words] = positionals;
    if (!path) throw usageError('Missing the workspace file: quorum search <file.quorum> <query>.');
    const text = words.join(' ').trim();
    if (!text) throw usageError('Missing what to search for: quorum search <file.quorum> <query>.');
    // Loaded only now (Yjs, zod and MiniSearch), so help and usage errors answer at once.
    const search = await import('../../shared/search');
    const parsed = search.parseQuery(text);
    if (!parsed.ok) throw usageError(parsed.message);

    const bytes = await readInputFile(path);
    const { importWorkspaceFile } = await import('../../shared/workspace-file');
    const opened = importWorkspaceFile(bytes);
    if (!opened.ok) throw new CliError(`${path}: ${opened.message}`);
    const index = search.indexWorkspace(opened.value.workspace, opened.value.meetings);
    const hits = index.search(parsed.query, 100);

    if (values.json) {
      const rows = hits.map((hit) => ({
        kind: hit.kind,
        meetingId: hit.meetingId,
        meetingDate: hit.meetingDate || null,
        meetingTitle: hit.meetingTitle,
        itemId: hit.itemId,
        title: hit.title,
        snippet: search.snippetText(hit.snippet),
      }));
      return io.stdout(`${JSON.stringify({ hits: rows }, null, 2)}\n`);
    }
    if (hits.length === 0) return io.stdout(`Nothing found for ${text}.\n`);
    io.stdout(hits.map((hit) => line(hit, search.snippetText(hit.snippet))).join('\n') + '\n');
  },
};
