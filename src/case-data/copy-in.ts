import { finished } from 'node:stream/promises';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../core/db/schema.ts';
import { isPostgresServer } from '../core/db/server.ts';

export type CopyValue = string | number | boolean | null | string[];

/** COPY FROM STDIN needs node-postgres and a PostgreSQL server (not PGlite through the Kysely dialect). */
export const supportsCopyIn = (db: Kysely<Database>): Promise<boolean> => isPostgresServer(db);

/**
 * COPY objects into a table inside the caller's transaction, one line per object with the
 * given columns (keys of the objects), through the transaction's own node-postgres client:
 * Kysely hands the compiled query's `sql` to `client.query`, and node-postgres runs an object
 * with `submit()` (pg-copy-streams' CopyStreamQuery) as the connection's next query. The rows
 * are sent as COPY text format, built straight from the objects (no array per row: a
 * million-row import is otherwise dominated by garbage collection); the client's queue holds
 * the transaction's next statements until the COPY has finished.
 */
export async function copyRows<T extends object>(trx: Transaction<Database>, table: string, columns: readonly (keyof T & string)[], rows: readonly T[]): Promise<void> {
  if (!rows.length) return;
  const stream = copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`);
  const done = finished(stream);
  await trx.executeQuery({ ...CompiledQuery.raw(''), sql: stream as unknown as string });
  let text = '';
  for (const row of rows) {
    for (let index = 0; index < columns.length; index++) {
      if (index) text += '\t';
      text += copyField(row[columns[index]] as CopyValue);
    }
    text += '\n';
  }
  stream.end(Buffer.from(text, 'utf8'));
  await done;
}

const SPECIAL = /[\\\t\n\r]/;
const escapeText = (text: string) => (SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r')) : text);

function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? escapeText(`{${value.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`) : '{}';
  return escapeText(value);
}
