import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));
const MIGRATION_LOCK = 7_420_001; // pg_advisory_lock key: one migrator at a time on a shared server

export interface MigrationFile { version: number; name: string; sql: string; checksum: string }

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.sql')).sort();
  const migrations = files.map((file) => {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`migration file name must look like 0001_name.sql: ${file}`);
    const text = readFileSync(join(dir, file), 'utf8');
    return { version: Number(match[1]), name: match[2], sql: text, checksum: sha256(text), file };
  });
  const byVersion = new Map<number, string>();
  for (const migration of migrations) {
    const other = byVersion.get(migration.version);
    if (other) throw new Error(`two migrations have the number ${migration.file.slice(0, 4)}: ${other} and ${migration.file}; renumber one`);
    byVersion.set(migration.version, migration.file);
  }
  return migrations.map(({ file: _file, ...migration }) => migration);
}

/** Applies the migrations not yet applied, each in its own transaction; returns their names. */
export async function migrate(db: Kysely<Database>, files = readMigrations()): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`create table if not exists schema_migrations (
        version integer primary key, name text not null, checksum text not null,
        applied_at timestamptz not null default now())`.execute(conn);
      const applied = await conn.selectFrom('schema_migrations').selectAll().execute();
      const byVersion = new Map(applied.map((row) => [row.version, row]));
      const done: string[] = [];
      for (const file of files) {
        const previous = byVersion.get(file.version);
        if (previous) {
          if (previous.checksum !== file.checksum) {
            throw new Error(`migration ${migrationName(file)} was changed after it was applied; add a new migration instead`);
          }
          continue;
        }
        await conn.transaction().execute(async (trx) => {
          await sql.raw(file.sql).execute(trx);
          await trx.insertInto('schema_migrations')
            .values({ version: file.version, name: file.name, checksum: file.checksum })
            .execute();
        });
        done.push(migrationName(file));
      }
      return done;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}

function migrationName(file: MigrationFile): string {
  return `${String(file.version).padStart(4, '0')}_${file.name}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
