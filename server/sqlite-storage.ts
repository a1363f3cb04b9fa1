import { SQLite, type SQLiteConfiguration } from '@hocuspocus/extension-sqlite';
import BetterSqlite3 from 'better-sqlite3';

/**
 * Hocuspocus's SQLite extension, able to load better-sqlite3 from a given addon file.
 *
 * The extension opens its database with `new BetterSqlite3(file)` and no options, which loads
 * the addon `npm ci` built for the system Node. Inside Electron (another ABI) that addon
 * cannot load, so the Electron main process passes the path of one built for Electron, and
 * this subclass opens the database the same way but with better-sqlite3's `nativeBinding`.
 */
export class SqliteStorage extends SQLite {
  private readonly nativeBinding: string | undefined;

  constructor(configuration: Partial<SQLiteConfiguration> & { nativeBinding?: string }) {
    const { nativeBinding, ...rest } = configuration;
    super(rest);
    this.nativeBinding = nativeBinding;
  }

  override async onConfigure(): Promise<void> {
    this.db = new BetterSqlite3(
      this.configuration.database,
      this.nativeBinding ? { nativeBinding: this.nativeBinding } : {},
    );
    this.db.exec(this.configuration.schema);
  }
}
