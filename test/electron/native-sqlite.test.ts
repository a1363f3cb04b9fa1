import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseSqliteBinding,
  electronSqliteBindingPath,
  ElectronSqliteMissing,
} from '../../electron/sync/native-sqlite';

const appRoot = path.join(path.sep, 'home', 'jenny', 'quorum');
const built = electronSqliteBindingPath(appRoot, '41.9.2', 'linux', 'x64');
const facts = {
  electronVersion: '41.9.2' as string | undefined,
  isPackaged: false,
  appRoot,
  platform: 'linux',
  arch: 'x64',
  exists: (file: string) => file === built,
};

describe('which better-sqlite3 addon the sync server loads', () => {
  it('lets plain Node (tests, the CLI) use the addon npm ci built', () => {
    expect(chooseSqliteBinding({ ...facts, electronVersion: undefined })).toBeUndefined();
  });

  it('lets a packaged app use node_modules, which electron-builder rebuilt for Electron', () => {
    expect(
      chooseSqliteBinding({ ...facts, isPackaged: true, exists: () => false }),
    ).toBeUndefined();
  });

  it('points npm start at the copy built for this Electron, platform and architecture', () => {
    expect(chooseSqliteBinding(facts)).toBe(built);
    expect(built).toBe(
      path.join(
        appRoot,
        'node_modules',
        '.cache',
        'quorum-electron-sqlite',
        'electron-41.9.2-linux-x64',
        'better_sqlite3.node',
      ),
    );
  });

  it('says how to build it when that copy is missing (another Electron version)', () => {
    const choose = () => chooseSqliteBinding({ ...facts, electronVersion: '42.0.0' });
    expect(choose).toThrow(ElectronSqliteMissing);
    expect(choose).toThrow(/npm run electron-sqlite/);
  });
});
