// Helpers shared by the accounts tests (not a test file itself).
import assert from 'node:assert/strict';
import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../../src/core/db/schema.ts';
import { AppError, ValidationError } from '../../src/core/errors.ts';
import type { DriverName } from '../../src/core/db/connect.ts';
import { openTestDatabase, type TestDatabase } from '../support/databases.ts';

type Db = Kysely<Database>;

export type AuditRow = Pick<Selectable<AuditLogTable>, 'seq' | 'actor_user_id' | 'actor_label' | 'action' | 'entity_type' | 'entity_id' | 'before' | 'after'>;

export async function lastAuditSeq(db: Db): Promise<number> {
  const row = await db.selectFrom('audit_log').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row?.seq ?? 0;
}

export async function auditEntriesSince(db: Db, seq: number): Promise<AuditRow[]> {
  return db.selectFrom('audit_log')
    .select(['seq', 'actor_user_id', 'actor_label', 'action', 'entity_type', 'entity_id', 'before', 'after'])
    .where('seq', '>', seq).orderBy('seq').execute() as Promise<AuditRow[]>;
}

/** No password, password hash or argon2 string anywhere in the entry's before/after. */
export function assertNoSecretsIn(entry: AuditRow, passwords: string[] = []) {
  const text = JSON.stringify({ before: entry.before, after: entry.after });
  assert.doesNotMatch(text, /password/i, `audit entry ${entry.seq} (${entry.action}) mentions a password: ${text}`);
  assert.doesNotMatch(text, /\$argon2/, `audit entry ${entry.seq} holds a password hash`);
  for (const password of passwords) assert.ok(!text.includes(password), `audit entry ${entry.seq} holds a password in clear`);
}

/** Runs the write and checks that it added exactly one audit entry, of that action, without secrets. */
export async function expectOneAuditEntry<T>(db: Db, action: string, write: () => Promise<T>, passwords: string[] = []): Promise<{ result: T; entry: AuditRow }> {
  const before = await lastAuditSeq(db);
  const result = await write();
  const entries = await auditEntriesSince(db, before);
  assert.equal(entries.length, 1, `expected one audit entry, got ${JSON.stringify(entries.map((e) => e.action))}`);
  assert.equal(entries[0].action, action);
  assertNoSecretsIn(entries[0], passwords);
  return { result, entry: entries[0] };
}

/** Runs the failing call, checks its error, and that it left no audit entry. */
export async function expectRefusedWithoutAudit(db: Db, call: () => Promise<unknown>, check: (error: unknown) => void): Promise<void> {
  const before = await lastAuditSeq(db);
  await assert.rejects(call, (error: unknown) => { check(error); return true; });
  assert.equal(await lastAuditSeq(db), before, 'a refused write leaves no audit entry');
}

export function isAppError(code: string, status?: number) {
  return (error: unknown): true => {
    assert.ok(error instanceof AppError, `expected an AppError, got ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`);
    assert.equal(error.code, code);
    if (status !== undefined) assert.equal(error.status, status);
    return true;
  };
}

export function isValidationError(field: string, message?: string) {
  return (error: unknown): true => {
    assert.ok(error instanceof ValidationError, `expected a ValidationError, got ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`);
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.status, 422);
    const found = error.fields.find((f) => f.field === field);
    assert.ok(found, `expected an error on ${field}, got ${JSON.stringify(error.fields)}`);
    if (message) assert.equal(found.message, message);
    return true;
  };
}

/**
 * A fresh database of its own for a test that opens many connections at once. It is closed and
 * given a moment before it is dropped: pg's pool.end() resolves before its clients have finished
 * ending, and dropping the database "with (force)" at that moment makes a closing client emit an
 * error on a pool that has no error listener (see the report on src/core/db/connect.ts).
 */
export async function withOwnDatabase<T>(driver: DriverName, test: (database: TestDatabase) => Promise<T>): Promise<T> {
  const database = await openTestDatabase(driver);
  try {
    return await test(database);
  } finally {
    if (driver === 'postgres') {
      await database.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await database.dispose(); // closes PGlite (which may be closed only once)
  }
}
