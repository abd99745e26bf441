import type { Kysely } from 'kysely';
import type { Database } from '../src/core/db/schema.ts';
import { GENESIS_HASH, hashEntry, type HashedContent } from '../src/core/audit/audit-log.ts';
import { hashPassword } from '../src/core/auth/passwords.ts';
import { ROLES } from '../src/core/access/roles.ts';

/**
 * Synthetic data of a national service after a few years: `users` accounts with roles and a
 * hash-chained audit log of `auditEntries` entries (valid chain, built with the real hash
 * function, inserted in batches because one transaction per entry would take hours).
 */
export async function generateFoundationData(db: Kysely<Database>, options: { users: number; auditEntries: number }) {
  const passwordHash = await hashPassword('benchmark password');
  const userIds: number[] = [];
  for (let start = 0; start < options.users; start += 500) {
    const rows = Array.from({ length: Math.min(500, options.users - start) }, (_, index) => ({
      email: `user${start + index}@bench.example.org`, display_name: `Bench User ${start + index}`, password_hash: passwordHash,
    }));
    const inserted = await db.insertInto('users').values(rows).returning('id').execute();
    userIds.push(...inserted.map((row) => row.id));
  }
  const grants = userIds.map((id, index) => {
    const role = ROLES[index % ROLES.length];
    return { user_id: id, role, country_code: role === 'focal_point' ? 'MWI' : null };
  });
  for (let start = 0; start < grants.length; start += 1000) await db.insertInto('user_roles').values(grants.slice(start, start + 1000)).execute();

  const actions = ['user.create', 'user.set_roles', 'session.sign_in', 'session.sign_out', 'record.update', 'record.publish'];
  let prevHash = GENESIS_HASH;
  const start = Date.UTC(2022, 0, 1);
  const step = (Date.UTC(2026, 0, 1) - start) / Math.max(1, options.auditEntries);
  for (let first = 1; first <= options.auditEntries; first += 1000) {
    const batch = [];
    for (let seq = first; seq < first + 1000 && seq <= options.auditEntries; seq++) {
      const userId = userIds[seq % userIds.length];
      const content: HashedContent = {
        seq, at: new Date(start + seq * step).toISOString(), actorUserId: userId, actorLabel: `user${seq % userIds.length}@bench.example.org`,
        action: actions[seq % actions.length], entityType: seq % 3 ? 'record' : 'user', entityId: String(seq % 5000),
        before: seq % 2 ? { status: 'draft', title: `Record ${seq % 5000}` } : null, after: { status: 'published', title: `Record ${seq % 5000}`, version: seq },
      };
      const hash = hashEntry(prevHash, content);
      batch.push({
        seq, at: content.at, actor_user_id: content.actorUserId, actor_label: content.actorLabel, action: content.action,
        entity_type: content.entityType, entity_id: content.entityId,
        before: content.before === null ? null : JSON.stringify(content.before), after: JSON.stringify(content.after), prev_hash: prevHash, hash,
      });
      prevHash = hash;
    }
    await db.insertInto('audit_log').values(batch).execute();
  }
  return { userIds };
}
