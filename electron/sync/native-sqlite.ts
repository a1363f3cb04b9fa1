import path from 'node:path';

/**
 * Which better-sqlite3 addon the sync server should load inside Electron.
 *
 * `npm ci` compiles better-sqlite3 for the system Node, which the tests and the CLI use.
 * Electron's Node has another ABI and cannot load that file. So:
 * - in plain Node (tests, CLI): nothing to choose, better-sqlite3 finds its own build;
 * - packaged: electron-builder rebuilt node_modules for Electron, so the same holds;
 * - `npm start` (Electron, not packaged): scripts/build-electron-sqlite.ts has built a copy for
 *   this Electron into node_modules/.cache, which is passed as better-sqlite3's nativeBinding.
 *
 * No `electron` import here: the facts come in as arguments, so the choice is unit-tested
 * and the build script can share the path.
 */

export interface RuntimeFacts {
  /** process.versions.electron; undefined in plain Node. */
  electronVersion: string | undefined;
  isPackaged: boolean;
  /** The folder holding package.json and node_modules. */
  appRoot: string;
  platform: string;
  arch: string;
  exists: (file: string) => boolean;
}

export class ElectronSqliteMissing extends Error {}

/** Where the build script puts, and the app looks for, the addon for one Electron. */
export function electronSqliteBindingPath(
  appRoot: string,
  electronVersion: string,
  platform: string,
  arch: string,
): string {
  return path.join(
    appRoot,
    'node_modules',
    '.cache',
    'quorum-electron-sqlite',
    `electron-${electronVersion}-${platform}-${arch}`,
    'better_sqlite3.node',
  );
}

/** The nativeBinding to pass, undefined for better-sqlite3's default, or a clear error. */
export function chooseSqliteBinding(facts: RuntimeFacts): string | undefined {
  if (facts.electronVersion === undefined || facts.isPackaged) return undefined;
  const binding = electronSqliteBindingPath(
    facts.appRoot,
    facts.electronVersion,
    facts.platform,
    facts.arch,
  );
  if (facts.exists(binding)) return binding;
  throw new ElectronSqliteMissing(
    `The database module has not been built for this version of Electron (${facts.electronVersion}). ` +
      'Run "npm run electron-sqlite" (npm start runs it), then restart Quorum.',
  );
}
