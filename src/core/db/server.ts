import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

const servers = new WeakMap<object, Promise<boolean>>();

/**
 * True when the database is a PostgreSQL server reached through node-postgres (a pool of
 * connections; COPY FROM STDIN works), false on PGlite (embedded, one connection).
 */
export function isPostgresServer(db: Kysely<Database>): Promise<boolean> {
  let known = servers.get(db);
  if (!known) {
    known = sql<{ version: string }>`select version()`.execute(db).then((result) => !/emscripten|wasm/i.test(result.rows[0]?.version ?? ''));
    servers.set(db, known);
  }
  return known;
}
