import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string; // YYYY-MM-DD, inclusive
  to?: string; // YYYY-MM-DD, inclusive
  beforeSeq?: number;
  limit?: number;
}

export interface AuditEntry {
  seq: number;
  at: Date;
  actorUserId: number | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** Newest first, keyset-paginated by seq. */
export async function listAuditEntries(db: Kysely<Database>, filter: AuditFilter): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(Math.min(filter.limit ?? 50, 500));
  if (filter.actor) query = query.where('actor_label', 'ilike', `%${escapeLike(filter.actor)}%`);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.from) query = query.where('at', '>=', new Date(`${filter.from}T00:00:00Z`));
  if (filter.to) query = query.where('at', '<', nextDay(filter.to));
  if (filter.beforeSeq) query = query.where('seq', '<', filter.beforeSeq);
  const rows = await query.execute();
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
  }));
}

/** The distinct actions and record types, for the filter lists. */
export async function listAuditActions(db: Kysely<Database>): Promise<{ actions: string[]; entityTypes: string[] }> {
  return { actions: await distinctValues(db, 'action'), entityTypes: await distinctValues(db, 'entity_type') };
}

/**
 * The distinct values of an indexed column by a recursive "skip scan" that walks the index from
 * one value to the next, so that it stays fast on a log of millions of entries.
 */
async function distinctValues(db: Kysely<Database>, column: 'action' | 'entity_type'): Promise<string[]> {
  const result = await sql<{ value: string }>`
    with recursive walk(value) as (
      select min(${sql.ref(column)}) from audit_log
      union all
      select (select min(${sql.ref(column)}) from audit_log where ${sql.ref(column)} > walk.value) from walk where walk.value is not null
    ) select value from walk where value is not null`.execute(db);
  return result.rows.map((row) => row.value);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function nextDay(date: string): Date {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day;
}
