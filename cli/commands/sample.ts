import { usageError } from '../cli-error';
import { writeOutputFile } from '../files';
import { parseOptions } from '../options';
import { checkOutName } from '../out-name';
import { appVersion } from '../version';
import type { Command } from './command';

const help = `Usage: quorum sample --out <file.quorum> [--force]

Writes the sample workspace to a file: the City of Sanctuary steering group of the seed
documents, with the meetings of 1 September 2023 and 9 October 2023, their agendas, minutes,
attendance and actions, and the people who took part; and the meeting of 15 January 2024,
prepared from October, at which October's minutes were agreed. Open it in Quorum, or read it
with "quorum info".

Options:
  -o, --out <file>  Where to write the workspace file (required)
  -f, --force       Replace the file if it already exists
  -h, --help        Show this help
`;

export const sampleCommand: Command = {
  name: 'sample',
  summary: 'Write the sample workspace (built from the seed documents) to a file',
  help,
  async run(args, io) {
    const { values, positionals } = parseOptions('sample', args, {
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean', short: 'f' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) return io.stdout(help);
    if (positionals.length > 0)
      throw usageError(
        `Unexpected argument “${positionals[0]}”; did you mean --out ${positionals[0]}?`,
      );
    if (!values.out)
      throw usageError('Missing --out: say where to write the sample, e.g. --out sample.quorum.');
    checkOutName(values.out, 'quorum');

    // Loaded only now, so help and usage errors answer at once: the sample's action parser
    // brings in chrono-node, which alone takes a second to load.
    const { buildSampleWorkspace } = await import('../../shared/sample');
    const { encodeWorkspaceFile } = await import('../../shared/workspace-file');
    const now = io.now();
    const { workspace, meetings } = buildSampleWorkspace({ now });
    const bytes = encodeWorkspaceFile({ workspace, meetings, appVersion: appVersion(), now });
    await writeOutputFile(values.out, bytes, { force: values.force ?? false });
    io.stdout(`Wrote the sample workspace (${meetings.size} meetings) to ${values.out}\n`);
  },
};
