import { readFileSync } from 'node:fs';

/** Quorum's version, from package.json, recorded in every file the command line writes. */
export function appVersion(): string {
  const url = new URL('../package.json', import.meta.url);
  const { version } = JSON.parse(readFileSync(url, 'utf8')) as { version?: unknown };
  return typeof version === 'string' ? version : '0.0.0';
}
