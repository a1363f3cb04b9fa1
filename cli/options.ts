import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs, strict, with its errors turned into one-line usage errors that name the
 * command, so `quorum info --jsno` says what went wrong and where to look.
 */
export function parseOptions<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const found = /'([^']+)'/.exec(String((error as Error).message))?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw usageError(
        `Unknown option ${found ?? ''} for “quorum ${command}”; see quorum ${command} --help.`,
      );
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // parseArgs names the option as '-o, --out <value>': keep the long name.
      const name = /--[\w-]+/.exec(found ?? '')?.[0] ?? found ?? '';
      throw usageError(`Option ${name} needs a value; see quorum ${command} --help.`);
    }
    throw usageError(`${(error as Error).message.split('\n')[0]} (see quorum ${command} --help).`);
  }
}
