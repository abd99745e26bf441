import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { GENESIS_HASH, hashedContentOf, hashEntry } from './audit-log.ts';

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; seq: number; problem: 'altered' | 'removed' | 'relinked'; message: string };

const PAGE = 2000;

/** Walks the whole chain in order and reports the first entry that was altered or removed. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll()
      .where('seq', '>=', expectedSeq).orderBy('seq').limit(PAGE).execute();
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return fail(checked, expectedSeq, 'removed', `audit entry ${expectedSeq} was removed (the log jumps from ${expectedSeq - 1} to ${row.seq})`);
      }
      const recomputed = hashEntry(row.prev_hash, hashedContentOf(row));
      if (recomputed !== row.hash) {
        return fail(checked, row.seq, 'altered', `audit entry ${row.seq} was altered (its content no longer matches its hash)`);
      }
      if (row.prev_hash !== prevHash) {
        return fail(checked, row.seq - 1, 'relinked', `audit entry ${row.seq - 1} was altered or replaced (entry ${row.seq} no longer links to it)`);
      }
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < PAGE) return { ok: true, entries: checked };
  }
}

function fail(entries: number, seq: number, problem: 'altered' | 'removed' | 'relinked', message: string): AuditVerification {
  return { ok: false, entries, seq, problem, message };
}
