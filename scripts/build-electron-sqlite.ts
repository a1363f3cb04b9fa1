/**
 * Builds better-sqlite3 for the installed Electron into node_modules/.cache, for `npm start`.
 *
 * Why a separate copy: `npm ci` builds better-sqlite3 for the system Node, which the tests and
 * the CLI need; Electron's Node has another ABI. Rebuilding node_modules in place for Electron
 * (electron-builder install-app-deps) would break `npm test`, so the Electron build goes to
 * its own folder and the main process passes it to better-sqlite3 as `nativeBinding`
 * (electron/sync/native-sqlite.ts). Packaged apps do not need this: electron-builder rebuilds
 * node_modules for Electron while packaging.
 *
 * How: copy the better-sqlite3 package to a temporary folder, then inside it either download
 * the matching prebuilt binary (prebuild-install, which better-sqlite3 itself depends on) or,
 * failing that, compile it against Electron's headers (node-gyp). Both need the internet
 * once; the result is reused until Electron or better-sqlite3 changes.
 *
 * It never fails `npm start`: without the build, Quorum still runs and only "Host on this
 * network" reports that the database module is missing.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronSqliteBindingPath } from '../electron/sync/native-sqlite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

function versionOf(packageName: string): string {
  const file = require.resolve(`${packageName}/package.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function run(command: string, args: string[], cwd: string): void {
  // npm passes its settings down as npm_config_*; nodedir, target and runtime from a user's
  // .npmrc (or from npm ci here) would point node-gyp at the system Node's headers.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^npm_config_(nodedir|target|runtime|disturl|arch)$/i.test(name),
    ),
  );
  execFileSync(command, args, { cwd, env, stdio: 'inherit' });
}

function build(staging: string, electronVersion: string): void {
  const electronArgs = [
    `--runtime=electron`,
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
  ];
  try {
    const prebuild = createRequire(require.resolve('better-sqlite3/package.json')).resolve(
      'prebuild-install/bin.js',
    );
    run(process.execPath, [prebuild, ...electronArgs, `--platform=${process.platform}`], staging);
    return;
  } catch {
    console.warn(
      'electron-sqlite: no prebuilt binary; compiling against Electron headers instead.',
    );
  }
  const nodeGyp = process.env.npm_config_node_gyp ?? require.resolve('node-gyp/bin/node-gyp.js');
  run(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', ...electronArgs, '--dist-url=https://electronjs.org/headers'],
    staging,
  );
}

function main(): void {
  const electronVersion = versionOf('electron');
  const sqliteVersion = versionOf('better-sqlite3');
  const target = electronSqliteBindingPath(root, electronVersion, process.platform, process.arch);
  const stamp = path.join(path.dirname(target), 'better-sqlite3-version');
  if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8') === sqliteVersion) {
    return;
  }

  console.log(
    `electron-sqlite: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}…`,
  );
  const staging = mkdtempSync(path.join(tmpdir(), 'quorum-electron-sqlite-'));
  try {
    const source = path.dirname(require.resolve('better-sqlite3/package.json'));
    // The package without its Node build; its dependencies resolve from the real node_modules.
    cpSync(source, staging, {
      recursive: true,
      filter: (file) => {
        const top = path.relative(source, file).split(path.sep)[0];
        return top !== 'build' && top !== 'node_modules';
      },
    });
    build(staging, electronVersion);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(staging, 'build', 'Release', 'better_sqlite3.node'), target);
    writeFileSync(stamp, sqliteVersion);
    console.log(`electron-sqlite: built ${path.relative(root, target)}`);
  } catch (error) {
    console.warn(
      `electron-sqlite: could not build better-sqlite3 for Electron (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).\n` +
        '  Quorum will run, but "Host on this network" needs it. Connect to the internet (or install a C++ toolchain) and run: npm run electron-sqlite',
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

main();
