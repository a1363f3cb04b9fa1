import { parseArgs } from 'node:util';
import { isWorkspaceId } from '../shared/sync/document-names';
import { DEFAULT_MAX_MESSAGE_BYTES } from './limits';

/**
 * Command-line and environment options for the sync server. One table drives parsing, the
 * environment fallback and --help, so an option cannot exist without being documented.
 * Precedence: command line, then environment, then default.
 */

export class UsageError extends Error {}

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  env?: string;
  value?: string;
  help: string;
}

export const OPTIONS = {
  port: {
    type: 'string',
    short: 'p',
    env: 'QUORUM_SYNC_PORT',
    value: '<port>',
    help: 'TCP port to listen on; 0 picks a free one (default 1234)',
  },
  host: {
    type: 'string',
    env: 'QUORUM_SYNC_HOST',
    value: '<address>',
    help: 'address to bind (default 127.0.0.1; 0.0.0.0 for a LAN)',
  },
  data: {
    type: 'string',
    short: 'd',
    env: 'QUORUM_SYNC_DATA',
    value: '<dir>',
    help: 'data directory holding the SQLite database (default ./sync-data)',
  },
  'redis-url': {
    type: 'string',
    env: 'QUORUM_SYNC_REDIS_URL',
    value: '<url>',
    help: 'redis://host:port to scale out across instances (default: off)',
  },
  'max-message-bytes': {
    type: 'string',
    env: 'QUORUM_SYNC_MAX_MESSAGE_BYTES',
    value: '<bytes>',
    help: `largest message a client may send (default ${DEFAULT_MAX_MESSAGE_BYTES})`,
  },
  closed: {
    type: 'boolean',
    env: 'QUORUM_SYNC_CLOSED',
    help: 'refuse unknown workspaces; create them with add-workspace',
  },
  'trust-proxy': {
    type: 'boolean',
    env: 'QUORUM_SYNC_TRUST_PROXY',
    help: 'behind a reverse proxy: limit wrong invite codes per X-Forwarded-For client',
  },
  replace: {
    type: 'boolean',
    help: 'add-workspace: replace the invite code of an existing workspace',
  },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
} satisfies Record<string, OptionSpec>;

export const HELP_TEXT = `Quorum sync server (Hocuspocus + SQLite)

Usage:
  npm run sync-server -- [options]                      run the server
  npm run sync-server -- add-workspace <workspaceId>    register a workspace, print its invite code

Options:
${Object.entries(OPTIONS as Record<string, OptionSpec>)
  .map(([name, spec]) => {
    const flags = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    const env = spec.env ? ` [env ${spec.env}]` : '';
    return `  ${flags.padEnd(32)}${spec.help}${env}`;
  })
  .join('\n')}
`;

export interface ServeSettings {
  port: number;
  host: string;
  dataDir: string;
  redisUrl: string | undefined;
  maxMessageBytes: number;
  closed: boolean;
  trustProxy: boolean;
}

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'serve'; settings: ServeSettings }
  | { kind: 'add-workspace'; dataDir: string; workspaceId: string; replace: boolean };

export function parseCli(argv: string[], env: Record<string, string | undefined>): CliCommand {
  const { values, positionals } = parseArgsOrThrow(argv);
  if (values.help) return { kind: 'help' };
  const pick = (name: keyof typeof OPTIONS): string | undefined => {
    const given = values[name];
    if (typeof given === 'string') return given;
    const spec: OptionSpec = OPTIONS[name];
    return spec.env ? env[spec.env] || undefined : undefined;
  };
  const dataDir = pick('data') ?? './sync-data';
  const [command, ...rest] = positionals;
  if (command === 'add-workspace') {
    const [workspaceId, ...extra] = rest;
    if (!workspaceId || extra.length > 0)
      throw new UsageError('add-workspace takes exactly one workspace id');
    if (!isWorkspaceId(workspaceId))
      throw new UsageError(`not a lowercase UUID workspace id: ${workspaceId}`);
    return { kind: 'add-workspace', dataDir, workspaceId, replace: values.replace === true };
  }
  if (command !== undefined) throw new UsageError(`unknown command: ${command} (see --help)`);
  const flag = (name: 'closed' | 'trust-proxy'): boolean => {
    const fromEnv = env[OPTIONS[name].env];
    return values[name] === true || (fromEnv !== undefined && /^(1|true|yes)$/i.test(fromEnv));
  };
  return {
    kind: 'serve',
    settings: {
      port: parsePort(pick('port') ?? '1234'),
      host: parseHost(pick('host') ?? '127.0.0.1'),
      dataDir,
      redisUrl: parseRedisUrl(pick('redis-url')),
      maxMessageBytes: parseMessageBytes(pick('max-message-bytes')),
      closed: flag('closed'),
      trustProxy: flag('trust-proxy'),
    },
  };
}

function parseArgsOrThrow(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    // node:util's message for an unknown option is a paragraph; keep the reason short.
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
    const reason = unknown ? `unknown option ${unknown}` : (message.split('\n')[0] ?? message);
    throw new UsageError(`${reason} (see --help)`);
  }
}

function parsePort(value: string): number {
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port > 65535) throw new UsageError(`invalid port: ${value}`);
  return port;
}

function parseHost(value: string): string {
  if (!/^[\w.:[\]-]+$/.test(value)) throw new UsageError(`invalid host: ${value}`);
  return value;
}

function parseRedisUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // Do not echo the value: a Redis URL may carry a password.
  if (!url || !/^rediss?:$/.test(url.protocol))
    throw new UsageError('invalid redis url: expected redis://host:port');
  return value;
}

function parseMessageBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_MESSAGE_BYTES;
  const bytes = /^\d+$/.test(value) ? Number(value) : NaN;
  // Below 1 KiB not even a handshake fits; above 1 GiB is a typo rather than a policy.
  if (!(bytes >= 1024 && bytes <= 1024 ** 3))
    throw new UsageError(`invalid max message bytes: ${value} (1024 to 1073741824)`);
  return bytes;
}
