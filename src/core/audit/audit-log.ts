import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { canonicalJson } from '../canonical-json.ts';
import type { Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../db/schema.ts';

export interface AuditActor {
  userId: number | null;
  /** Who did it, readable without a join: an e-mail, or "cli:<os user>", or "system". */
  label: string;
}

export interface AuditChange {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_CHAIN_LOCK = 7_420_002;

/**
 * Appends an entry to the audit log inside the caller's transaction, so the entry exists if
 * and only if the change was committed. The advisory lock makes concurrent writers take turns,
 * which keeps seq gapless and the chain linear.
 */
export async function recordAudit(trx: Transaction<Database>, actor: AuditActor, change: AuditChange): Promise<void> {
  await recordAuditBatch(trx, actor, [change]);
}

/** Appends several entries at once (an import of thousands of records), in order, in one statement per 500. */
export async function recordAuditBatch(trx: Transaction<Database>, actor: AuditActor, changes: AuditChange[]): Promise<void> {
  if (!trx.isTransaction) throw new Error('recordAudit must run inside the transaction of the change it records');
  if (!changes.length) return;
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const rows = changes.map((change) => {
    const entry: HashedContent = {
      seq: ++seq,
      at,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId == null ? null : String(change.entityId),
      before: asJson(change.before),
      after: asJson(change.after),
    };
    const hash = hashEntry(prevHash, entry);
    const row = {
      seq: entry.seq,
      at: entry.at,
      actor_user_id: entry.actorUserId,
      actor_label: entry.actorLabel,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  for (let start = 0; start < rows.length; start += 500) {
    await trx.insertInto('audit_log').values(rows.slice(start, start + 500)).execute();
  }
}

export interface HashedContent {
  seq: number;
  at: string;
  actorUserId: number | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** What the hash of a stored entry covers, read back from its row (verification recomputes it). */
export function hashedContentOf(row: Selectable<AuditLogTable>): HashedContent {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}

export function hashEntry(prevHash: string, content: HashedContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

/** The value as it will come back from a jsonb column (dates as ISO strings, undefined dropped). */
function asJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
