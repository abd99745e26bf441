import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database } from './schema.ts';

export type DriverName = 'pglite' | 'postgres';

export interface AppDatabase {
  db: Kysely<Database>;
  driver: DriverName;
  close(): Promise<void>;
}

// Both drivers return the same JavaScript values: bigint columns as numbers (our counts
// and ids stay far below 2^53) and dates as 'YYYY-MM-DD' strings, never shifted by a time zone.
const INT8 = 20;
const DATE = 1082;
const parseInt8 = (value: string) => Number(value);
const keepDate = (value: string) => value;

export async function openPostgres(databaseUrl: string): Promise<AppDatabase> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: any) => {
        if (oid === INT8) return parseInt8;
        if (oid === DATE) return keepDate;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that the server ends (restart, failover) must not crash the process;
  // the pool replaces it on next use.
  pool.on('error', (error) => console.error(`ariadne: PostgreSQL connection lost: ${error.message}`));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new Error(`cannot connect to PostgreSQL at ${redactUrl(databaseUrl)}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, driver: 'postgres', close: () => db.destroy() };
}

/** Opens PGlite on files in dataDir, or in memory when dataDir is undefined. */
export async function openPGlite(dataDir?: string): Promise<AppDatabase> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const pglite = await PGlite.create({
      dataDir,
      parsers: { [pgliteTypes.INT8]: parseInt8, [pgliteTypes.DATE]: keepDate },
    });
    return fromPGlite(pglite, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

export function fromPGlite(pglite: PGlite, onClose: () => void = () => {}): AppDatabase {
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  let closed = false;
  return {
    db,
    driver: 'pglite',
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      await pglite.close();
      onClose();
    },
  };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
