/**
 * A small line logger whose one promise is that secrets never reach the log: invite codes,
 * tokens and passwords in Redis URLs. Server logs end up in journald, support tickets and
 * screenshots, and an invite code there is a key to a council's minutes.
 *
 * Two layers, because either alone is easy to defeat by accident:
 * - fields with secret-sounding names are replaced wholesale;
 * - every value and message is scrubbed of anything shaped like an invite code or URL
 *   credentials, in case a secret arrives inside an innocent field (an error message).
 * The code itself still never passes a token to the logger; this is the safety net.
 */

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export type LogSink = (line: string, level: LogLevel) => void;

const REDACTED = '[redacted]';
const SECRET_KEY = /^(token|code|invite|invitecode|secret|password|authorization|cookie)$/i;
// Invite codes with or without prefix and hyphens (QRM-7KX4-P9TD-M2HQ, 7KX4P9TDM2HQ): Crockford
// base32 plus the I, L and O a person may type for 1, 1 and 0; never U. A code stands alone:
// text joined to it by a path separator, a dot, an underscore or another hyphenated group
// (/srv/quorum/2024-ward-data-sync, report-2024-june-ab12.docx) is a name, not a code.
const CODE_CHAR = '[0-9A-TV-Z]';
const GROUP = `${CODE_CHAR}{4}`;
const INVITE_CODE_SHAPE = new RegExp(
  `(?<![\\w./\\\\-])(QRM[\\s-]?)?${GROUP}[\\s-]?${GROUP}[\\s-]?${GROUP}(?![\\w/\\\\-]|\\.\\w)`,
  'gi',
);
const URL_CREDENTIALS = /\/\/[^/\s@]*@/g;
const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

export function redact(text: string): string {
  // UUIDs (workspace and meeting ids) are not secrets and are what an operator needs to see,
  // so they are set aside before looking for code-shaped text.
  return text
    .split(UUID)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(URL_CREDENTIALS, `//${REDACTED}@`).replace(INVITE_CODE_SHAPE, (match) =>
            // A code has the prefix, or its hyphenated groups (about 1 code in 90 is all
            // letters), or mixes digits and letters; plain words are left alone.
            /^QRM/i.test(match) || match.includes('-') || (/\d/.test(match) && /[A-Z]/i.test(match))
              ? REDACTED
              : match,
          ),
    )
    .join('');
}

function formatFields(fields: LogFields): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const shown = SECRET_KEY.test(key) ? REDACTED : redact(String(value));
      return `${key}=${/\s/.test(shown) ? JSON.stringify(shown) : shown}`;
    })
    .join(' ');
}

const defaultSink: LogSink = (line, level) => {
  // stderr for problems, stdout for the rest, so `2>` captures what an operator must read.
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
};

export function createLogger(sink: LogSink = defaultSink): Logger {
  const write = (level: LogLevel, event: string, fields: LogFields = {}) => {
    const rest = formatFields(fields);
    const line = `${new Date().toISOString()} ${level.toUpperCase()} ${redact(event)}`;
    sink(rest ? `${line} ${rest}` : line, level);
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

/** For embedding and tests that want no output at all. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
