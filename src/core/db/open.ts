import type { Config } from '../config.ts';
import { openPGlite, openPostgres, type AppDatabase } from './connect.ts';
import { migrate } from './migrate.ts';

/** Opens the configured database (PostgreSQL if DATABASE_URL is set, else PGlite in DATA_DIR) and migrates it. */
export async function openConfiguredDatabase(config: Config, options: { migrate?: boolean } = {}): Promise<AppDatabase> {
  const database = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPGlite(config.dataDir);
  if (options.migrate !== false) {
    try {
      await migrate(database.db);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}
