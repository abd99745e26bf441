import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { openPGlite, openPostgres, type AppDatabase, type DriverName } from '../../src/core/db/connect.ts';
import { migrate } from '../../src/core/db/migrate.ts';

export const TEST_DRIVERS = (process.env.ARIADNE_TEST_DRIVERS ?? 'pglite,postgres').split(',').filter(Boolean) as DriverName[];
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends AppDatabase {
  /** Drops the throw-away database (PostgreSQL) or the in-memory instance (PGlite). */
  dispose(): Promise<void>;
}

/** A fresh, migrated database on the driver: in-memory PGlite, or a new database on the test server. */
export async function openTestDatabase(driver: DriverName): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const database = await openPGlite();
    await migrate(database.db);
    return { ...database, dispose: () => database.close() };
  }
  const name = `ariadne_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  await migrate(database.db);
  return {
    ...database,
    async dispose() {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * The same suite once per driver: every repository test runs on PGlite and on PostgreSQL.
 * `use()` gives the suite's database inside tests.
 */
export function describeEachDriver(title: string, suite: (use: () => TestDatabase, driver: DriverName) => void) {
  for (const driver of TEST_DRIVERS) {
    describe(`${title} [${driver}]`, () => {
      let database: TestDatabase | undefined;
      before(async () => { database = await openTestDatabase(driver); });
      after(async () => { await database?.dispose(); });
      suite(() => {
        if (!database) throw new Error('test database not open yet');
        return database;
      }, driver);
    });
  }
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${randomBytes(4).toString('hex')}@example.org`;
}
