import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openPGlite, openPostgres, type AppDatabase, type DriverName } from '../../../src/core/db/connect.ts';
import { migrate, MIGRATIONS_DIR, readMigrations, type MigrationFile } from '../../../src/core/db/migrate.ts';
import { describeEachDriver } from '../../support/databases.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A database on which no migration ran yet (openTestDatabase always migrates). */
async function openBlank(driver: DriverName): Promise<AppDatabase & { url?: string; dispose(): Promise<void> }> {
  if (driver === 'pglite') {
    const database = await openPGlite();
    return { ...database, dispose: () => database.close() };
  }
  const name = `ariadne_migrate_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    ...database,
    url: url.toString(),
    async dispose() {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try { await client.query(text); } finally { await client.end(); }
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ariadne-migrations-'));
}

/** A migrations directory with a copy of the real migrations plus the given extra files. */
function migrationsDirWith(extra: Record<string, string>): string {
  const dir = tempDir();
  for (const file of readMigrations()) {
    const name = `${String(file.version).padStart(4, '0')}_${file.name}.sql`;
    writeFileSync(join(dir, name), readFileSync(join(MIGRATIONS_DIR, name), 'utf8'));
  }
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('readMigrations', () => {
  const dirs: string[] = [];
  const dirWith = (files: Record<string, string>) => {
    const dir = tempDir();
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  after(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

  it('reads the real migrations in order, with a sha256 checksum of each file', () => {
    const files = readMigrations();
    assert.ok(files.length >= 1);
    assert.deepEqual(files[0].version, 1);
    assert.equal(files[0].name, 'foundation');
    assert.equal(files[0].checksum, sha256(readFileSync(join(MIGRATIONS_DIR, '0001_foundation.sql'), 'utf8')));
    const versions = files.map((file) => file.version);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
  });

  it('sorts by file name and ignores files that are not .sql', () => {
    const dir = dirWith({ '0002_second.sql': 'select 2;', '0001_first.sql': 'select 1;', 'README.md': 'notes' });
    assert.deepEqual(readMigrations(dir).map((file) => [file.version, file.name]), [[1, 'first'], [2, 'second']]);
  });

  for (const bad of ['1_short.sql', '0001-dash.sql', '0001_Upper.sql', '0001_with space.sql', '00001_five_digits.sql', '0001_.sql']) {
    it(`refuses a badly named file: ${bad}`, () => {
      const dir = dirWith({ '0001_good.sql': 'select 1;', [bad]: 'select 1;' });
      assert.throws(() => readMigrations(dir), (error: Error) => {
        assert.match(error.message, /must look like 0001_name\.sql/);
        assert.ok(error.message.includes(bad), `the message names the file: ${error.message}`);
        return true;
      });
    });
  }

  it('refuses two files with the same version number (two branches both adding 0002)', () => {
    // With both files, migrate() would apply the first and then call the second "changed after
    // it was applied" (or fail on the primary key), so the mistake must be caught when reading.
    const dir = dirWith({ '0001_first.sql': 'select 1;', '0002_a.sql': 'select 2;', '0002_b.sql': 'select 3;' });
    assert.throws(() => readMigrations(dir), /0002/);
  });
});

describeEachDriver('migrate', (use, driver) => {
  it('the test database has each migration recorded exactly once, with its checksum', async () => {
    const { db } = use();
    const rows = await db.selectFrom('schema_migrations').select(['version', 'name', 'checksum']).orderBy('version').execute();
    assert.deepEqual(rows, readMigrations().map((file) => ({ version: file.version, name: file.name, checksum: file.checksum })));
    const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(db);
    for (const table of ['app_secrets', 'api_tokens', 'audit_log', 'login_failures', 'schema_migrations', 'sessions', 'user_roles', 'users']) {
      assert.ok(tables.rows.some((row) => row.table_name === table), `table ${table} exists`);
    }
  });

  it('running migrate again applies nothing and changes nothing', async () => {
    const { db } = use();
    const before = await db.selectFrom('schema_migrations').selectAll().orderBy('version').execute();
    assert.deepEqual(await migrate(db), []);
    assert.deepEqual(await migrate(db), []);
    const after = await db.selectFrom('schema_migrations').selectAll().orderBy('version').execute();
    assert.deepEqual(after, before);
  });

  it('refuses a migration whose file changed after it was applied, with a clear message', async () => {
    const { db } = use();
    const files = readMigrations();
    const changedSql = `${files[0].sql}\n-- an innocent-looking edit\n`;
    const changed: MigrationFile[] = [{ ...files[0], sql: changedSql, checksum: sha256(changedSql) }, ...files.slice(1)];
    await assert.rejects(migrate(db, changed), (error: Error) => {
      assert.match(error.message, /^migration \S*foundation was changed after it was applied; add a new migration instead$/);
      return true;
    });
    // Nothing was recorded, and the advisory lock was released: a normal run still works.
    const rows = await db.selectFrom('schema_migrations').select(['version', 'checksum']).execute();
    assert.deepEqual(rows, files.map((file) => ({ version: file.version, checksum: file.checksum })));
    assert.deepEqual(await migrate(db), []);
  });

  it('the refusal names the migration as its file is named (0001_foundation, as migrate() reports it)', async () => {
    const { db } = use();
    const files = readMigrations();
    const changedSql = `${files[0].sql}\n-- edited\n`;
    await assert.rejects(migrate(db, [{ ...files[0], sql: changedSql, checksum: sha256(changedSql) }, ...files.slice(1)]), (error: Error) => {
      assert.match(error.message, /\b0001_foundation\b/);
      return true;
    });
  });

  it('a changed migration stops the run before any later migration is applied', async () => {
    const { db } = use();
    const files = readMigrations();
    const changedSql = `${files[0].sql} `;
    const later: MigrationFile = { version: 9001, name: 'later', sql: 'create table later_should_not_exist (id int);', checksum: sha256('x') };
    await assert.rejects(migrate(db, [{ ...files[0], sql: changedSql, checksum: sha256(changedSql) }, ...files.slice(1), later]), /changed after it was applied/);
    const exists = await sql<{ name: string | null }>`select to_regclass('later_should_not_exist')::text as name`.execute(db);
    assert.equal(exists.rows[0].name, null);
    assert.equal(await db.selectFrom('schema_migrations').select('version').where('version', '=', 9001).executeTakeFirst(), undefined);
  });

  it('applies a new migration once; a failing one is rolled back entirely and not recorded', async () => {
    const { db } = use();
    const broken = migrationsDirWith({ '0900_broken.sql': 'create table half_done (id int);\nselect 1 / 0;\n' });
    const fixed = migrationsDirWith({ '0900_broken.sql': 'create table half_done (id int);\ninsert into half_done values (1);\n' });
    try {
      await assert.rejects(migrate(db, readMigrations(broken)), /division by zero/);
      const exists = await sql<{ name: string | null }>`select to_regclass('half_done')::text as name`.execute(db);
      assert.equal(exists.rows[0].name, null, 'the statements before the failure were rolled back');
      assert.equal(await db.selectFrom('schema_migrations').select('version').where('version', '=', 900).executeTakeFirst(), undefined);

      assert.deepEqual(await migrate(db, readMigrations(fixed)), ['0900_broken']);
      assert.deepEqual(await migrate(db, readMigrations(fixed)), []);
      const rows = await sql<{ id: number }>`select id from half_done`.execute(db);
      assert.deepEqual(rows.rows, [{ id: 1 }]);
    } finally {
      await sql`drop table if exists half_done`.execute(db);
      await db.deleteFrom('schema_migrations').where('version', '=', 900).execute();
      rmSync(broken, { recursive: true, force: true });
      rmSync(fixed, { recursive: true, force: true });
    }
  });

  it(`on a blank ${driver} database, the first run applies every migration, the next none`, async () => {
    const blank = await openBlank(driver);
    try {
      const names = readMigrations().map((file) => `${String(file.version).padStart(4, '0')}_${file.name}`);
      assert.deepEqual(await migrate(blank.db), names);
      assert.deepEqual(await migrate(blank.db), []);
      const count = await blank.db.selectFrom('schema_migrations').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(count.n), names.length);
    } finally {
      await blank.dispose();
    }
  });

  it('two migrators started at once: one applies the migrations, the other finds nothing to do', async () => {
    const blank = await openBlank(driver);
    const second = blank.url ? await openPostgres(blank.url) : undefined;
    try {
      const results = await Promise.all([migrate(blank.db), migrate((second ?? blank).db)]);
      const names = readMigrations().map((file) => `${String(file.version).padStart(4, '0')}_${file.name}`);
      assert.deepEqual(results.map((r) => r.length).sort(), [0, names.length]);
      assert.deepEqual(results.flat(), names);
    } finally {
      await second?.close();
      await blank.dispose();
    }
  });
});
