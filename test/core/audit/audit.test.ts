import { it } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../src/core/db/schema.ts';
import { GENESIS_HASH, hashedContentOf, hashEntry, recordAudit, type AuditActor, type AuditChange } from '../../../src/core/audit/audit-log.ts';
import { verifyAuditChain } from '../../../src/core/audit/verify.ts';
import { listAuditActions, listAuditEntries } from '../../../src/core/audit/query.ts';
import { describeEachDriver } from '../../support/databases.ts';
import { withOwnDatabase } from '../../accounts/helpers.ts';

type Db = Kysely<Database>;
const ADMIN: AuditActor = { userId: 1, label: 'admin@example.org' };
const CLI: AuditActor = { userId: null, label: 'cli:root' };

async function record(db: Db, change: AuditChange, actor: AuditActor = ADMIN) {
  await db.transaction().execute((trx) => recordAudit(trx, actor, change));
}

async function rows(db: Db) {
  return db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
}

async function row(db: Db, seq: number) {
  return db.selectFrom('audit_log').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
}

type Row = Awaited<ReturnType<typeof row>>;

function contentOf(entry: Row, changes: Partial<Record<'after' | 'before' | 'actorLabel' | 'action', unknown>> = {}) {
  return { ...hashedContentOf(entry), ...changes } as Parameters<typeof hashEntry>[1];
}

/** Puts a row back exactly as it was (after a tamper test), by direct SQL like the tampering itself. */
async function restore(db: Db, original: Row) {
  await db.deleteFrom('audit_log').where('seq', '=', original.seq).execute();
  await db.insertInto('audit_log').values({
    ...original,
    before: original.before === null ? null : JSON.stringify(original.before),
    after: original.after === null ? null : JSON.stringify(original.after),
  }).execute();
}

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

describeEachDriver('audit log', (use, driver) => {
  it('an empty log verifies', async () => {
    assert.deepEqual(await verifyAuditChain(use().db), { ok: true, entries: 0 });
  });

  it('recordAudit outside a transaction throws and writes nothing', async () => {
    const { db } = use();
    await assert.rejects(recordAudit(db as unknown as Transaction<Database>, ADMIN, { action: 'x.y', entityType: 'x' }), /must run inside the transaction/);
    assert.equal((await rows(db)).length, 0);
  });

  it('entries get a gapless seq from 1 and each links to the previous one by prev_hash', async () => {
    const { db } = use();
    const started = Date.now();
    await record(db, { action: 'user.create', entityType: 'user', entityId: 7, after: { email: 'a@example.org', roles: [{ role: 'admin', countries: null }] } });
    await record(db, { action: 'user.set_roles', entityType: 'user', entityId: '7', before: { roles: [] }, after: { roles: ['editor'] } }, CLI);
    await record(db, { action: 'session.sign_out', entityType: 'session' });
    await record(db, { action: 'user.disable', entityType: 'user', entityId: 8, before: { disabled: false }, after: { disabled: true } });
    const all = await rows(db);
    assert.deepEqual(all.map((r) => r.seq), [1, 2, 3, 4]);
    assert.equal(all[0].prev_hash, GENESIS_HASH);
    for (let i = 1; i < all.length; i++) assert.equal(all[i].prev_hash, all[i - 1].hash);
    for (const entry of all) {
      assert.match(entry.hash, /^[0-9a-f]{64}$/);
      assert.equal(entry.hash, hashEntry(entry.prev_hash, contentOf(entry)));
      assert.ok(entry.at.getTime() >= started - 1000 && entry.at.getTime() <= Date.now() + 1000);
    }
    assert.equal(new Set(all.map((r) => r.hash)).size, all.length);
    assert.equal(all[0].entity_id, '7');
    assert.equal(all[0].actor_user_id, 1);
    assert.equal(all[1].actor_user_id, null);
    assert.equal(all[1].actor_label, 'cli:root');
    assert.equal(all[2].entity_id, null);
    assert.equal(all[2].before, null);
    assert.equal(all[2].after, null);
    assert.deepEqual(all[0].after, { email: 'a@example.org', roles: [{ role: 'admin', countries: null }] });
  });

  it('a rolled-back transaction leaves no entry, and the next entry takes the next seq', async () => {
    const { db } = use();
    const before = await rows(db);
    await assert.rejects(db.transaction().execute(async (trx) => {
      await recordAudit(trx, ADMIN, { action: 'user.create', entityType: 'user', entityId: 99 });
      throw new Error('the change failed after its audit entry was written');
    }), /the change failed/);
    assert.deepEqual(await rows(db), before);
    await record(db, { action: 'user.enable', entityType: 'user', entityId: 8 });
    const after = await rows(db);
    assert.deepEqual(after.map((r) => r.seq), [...before.map((r) => r.seq), before.length + 1]);
    assert.equal(after.at(-1)!.prev_hash, before.at(-1)!.hash);
  });

  it('values come back as they were hashed: nested objects, dates, unicode, odd numbers', async () => {
    const { db } = use();
    const when = new Date('2024-02-29T23:59:59.123Z');
    await record(db, {
      action: 'odd.values', entityType: 'thing', entityId: 'ü-1',
      before: { z: 1, a: { y: [1, 'two', null, true, { b: 2, a: 1 }], x: 0.1 }, gone: undefined },
      after: { when, emoji: '👩‍⚖️ Ñandú', quote: '"\\\'\n', big: 1e21, small: 1e-7, negative: -12.5, empty: {}, list: [] },
    });
    const entry = (await rows(db)).at(-1)!;
    assert.deepEqual(entry.before, { z: 1, a: { y: [1, 'two', null, true, { b: 2, a: 1 }], x: 0.1 } });
    assert.equal((entry.after as { when: string }).when, when.toISOString());
    const verified = await verifyAuditChain(db);
    assert.deepEqual(verified, { ok: true, entries: entry.seq });
  });

  it('concurrent writers take turns: seq stays gapless and the chain linear', async () => {
    await withOwnDatabase(driver, async ({ db }) => {
      await record(db, { action: 'first', entityType: 'test' });
      await Promise.all(Array.from({ length: 12 }, (_, i) => db.transaction().execute(async (trx) => {
        await trx.selectFrom('audit_log').select('seq').limit(1).execute();
        await recordAudit(trx, { userId: i, label: `writer${i}@example.org` }, { action: 'concurrent.write', entityType: 'test', entityId: i });
      })));
      const all = await rows(db);
      assert.equal(all.length, 13);
      assert.deepEqual(all.map((r) => r.seq), all.map((_, i) => i + 1));
      assert.deepEqual(await verifyAuditChain(db), { ok: true, entries: all.length });
    });
  });

  it('verifyAuditChain reports an intact log with its number of entries', async () => {
    const { db } = use();
    assert.ok((await rows(db)).length >= 5);
    assert.deepEqual(await verifyAuditChain(db), { ok: true, entries: (await rows(db)).length });
  });

  it('tampering (a): the after of entry 2 changed in the database → entry 2 altered', async () => {
    const { db } = use();
    const original = await row(db, 2);
    try {
      await sql`update audit_log set after = ${json({ roles: ['admin'] })} where seq = 2`.execute(db);
      const result = await verifyAuditChain(db);
      assert.equal(result.ok, false);
      assert.ok(!result.ok);
      assert.equal(result.seq, 2);
      assert.equal(result.problem, 'altered');
      assert.equal(result.entries, 1, 'entry 1 was verified before it');
      assert.match(result.message, /audit entry 2 was altered/);
    } finally {
      await restore(db, original);
    }
    assert.equal((await verifyAuditChain(db)).ok, true, 'restored');
  });

  it('tampering with any other column of an entry is found as well', async () => {
    const { db } = use();
    const original = await row(db, 2);
    const tampers = [
      sql`update audit_log set before = null where seq = 2`,
      sql`update audit_log set after = null where seq = 2`,
      sql`update audit_log set actor_label = 'someone.else@example.org' where seq = 2`,
      sql`update audit_log set actor_user_id = 42 where seq = 2`,
      sql`update audit_log set action = 'user.create' where seq = 2`,
      sql`update audit_log set entity_type = 'session' where seq = 2`,
      sql`update audit_log set entity_id = '8' where seq = 2`,
      sql`update audit_log set at = at - interval '1 day' where seq = 2`,
      sql`update audit_log set prev_hash = ${'f'.repeat(64)} where seq = 2`,
    ];
    for (const tamper of tampers) {
      try {
        await tamper.execute(db);
        const result = await verifyAuditChain(db);
        assert.ok(!result.ok, `not found: ${tamper.compile(db).sql}`);
        assert.equal(result.seq, 2, tamper.compile(db).sql);
        assert.equal(result.problem, 'altered');
      } finally {
        await restore(db, original);
      }
    }
    assert.equal((await verifyAuditChain(db)).ok, true);
  });

  it('tampering with the time below the millisecond is found too (or the column cannot hold it)', async () => {
    // JavaScript dates, and so the hash, have milliseconds; timestamptz keeps microseconds.
    const { db } = use();
    const original = await row(db, 2);
    const atText = async () => (await sql<{ t: string }>`select at::text as t from audit_log where seq = 2`.execute(db)).rows[0].t;
    const stored = await atText();
    try {
      await sql`update audit_log set at = at + interval '999 microseconds' where seq = 2`.execute(db);
      if ((await atText()) !== stored) {
        const result = await verifyAuditChain(db);
        assert.ok(!result.ok, `the time of entry 2 was changed from ${stored} to ${await atText()} and verification did not notice`);
        assert.equal(result.seq, 2);
      }
    } finally {
      await restore(db, original);
    }
  });

  it('tampering (b): entry 3 deleted → entry 3 removed', async () => {
    const { db } = use();
    const original = await row(db, 3);
    try {
      await sql`delete from audit_log where seq = 3`.execute(db);
      const result = await verifyAuditChain(db);
      assert.ok(!result.ok);
      assert.equal(result.seq, 3);
      assert.equal(result.problem, 'removed');
      assert.equal(result.entries, 2);
      assert.match(result.message, /audit entry 3 was removed/);
    } finally {
      await restore(db, original);
    }
    const first = await row(db, 1);
    try {
      await sql`delete from audit_log where seq = 1`.execute(db);
      const result = await verifyAuditChain(db);
      assert.ok(!result.ok);
      assert.equal(result.seq, 1);
      assert.equal(result.problem, 'removed');
    } finally {
      await restore(db, first);
    }
    assert.equal((await verifyAuditChain(db)).ok, true);
  });

  it('tampering (c): entry 2 changed and its hash recomputed to match → found through the broken link from entry 3', async () => {
    const { db } = use();
    const original = await row(db, 2);
    const forged = { roles: ['admin'], note: 'looks legitimate' };
    const forgedHash = hashEntry(original.prev_hash, contentOf(original, { after: forged }));
    try {
      await sql`update audit_log set after = ${json(forged)}, hash = ${forgedHash} where seq = 2`.execute(db);
      const tampered = await row(db, 2);
      assert.equal(hashEntry(tampered.prev_hash, contentOf(tampered)), tampered.hash, 'entry 2 is self-consistent now');
      const result = await verifyAuditChain(db);
      assert.ok(!result.ok);
      assert.equal(result.seq, 2);
      assert.equal(result.problem, 'relinked');
      assert.equal(result.entries, 2, 'entries 1 and 2 passed their own checks');
      assert.match(result.message, /audit entry 2 was altered or replaced \(entry 3 no longer links to it\)/);
    } finally {
      await restore(db, original);
    }
    assert.equal((await verifyAuditChain(db)).ok, true);
  });

  it('tampering: two entries swapped (seq exchanged) → found', async () => {
    const { db } = use();
    const two = await row(db, 2);
    const three = await row(db, 3);
    try {
      await sql`update audit_log set seq = -1 where seq = 2`.execute(db);
      await sql`update audit_log set seq = 2 where seq = 3`.execute(db);
      await sql`update audit_log set seq = 3 where seq = -1`.execute(db);
      const result = await verifyAuditChain(db);
      assert.ok(!result.ok);
      assert.equal(result.seq, 2);
    } finally {
      await db.deleteFrom('audit_log').where('seq', 'in', [2, 3, -1]).execute();
      await restore(db, two);
      await restore(db, three);
    }
    assert.equal((await verifyAuditChain(db)).ok, true);
  });
});

describeEachDriver('audit log: listing and filters', (use) => {
  /** Appends an entry with a chosen time, hashed exactly as recordAudit does, so the chain stays valid. */
  async function append(db: Db, at: string, actor: AuditActor, change: AuditChange) {
    const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    const content = {
      seq: (last?.seq ?? 0) + 1, at: new Date(at).toISOString(), actorUserId: actor.userId, actorLabel: actor.label,
      action: change.action, entityType: change.entityType, entityId: change.entityId == null ? null : String(change.entityId),
      before: change.before ?? null, after: change.after ?? null,
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    await db.insertInto('audit_log').values({
      seq: content.seq, at: content.at, actor_user_id: content.actorUserId, actor_label: content.actorLabel, action: content.action,
      entity_type: content.entityType, entity_id: content.entityId,
      before: content.before === null ? null : JSON.stringify(content.before), after: content.after === null ? null : JSON.stringify(content.after),
      prev_hash: prevHash, hash: hashEntry(prevHash, content),
    }).execute();
    return content.seq;
  }

  const ALICE: AuditActor = { userId: 10, label: 'Alice.Admin@example.org' };
  const BOB: AuditActor = { userId: 11, label: 'bob@example.org' };
  const PERCENT: AuditActor = { userId: null, label: 'cli:ops_100%' };

  it('filters by actor, action, entity, dates, and pages backwards by seq', async () => {
    const { db } = use();
    const s1 = await append(db, '2024-03-01T00:00:00.000Z', ALICE, { action: 'user.create', entityType: 'user', entityId: 1 });
    const s2 = await append(db, '2024-03-01T23:59:59.999Z', BOB, { action: 'user.set_roles', entityType: 'user', entityId: 1 });
    const s3 = await append(db, '2024-03-02T00:00:00.000Z', ALICE, { action: 'session.sign_in', entityType: 'session', entityId: 'abc' });
    const s4 = await append(db, '2024-03-03T12:00:00.000Z', PERCENT, { action: 'user.disable', entityType: 'user', entityId: 2 });
    const s5 = await append(db, '2024-03-05T08:00:00.000Z', BOB, { action: 'user.create', entityType: 'user', entityId: 3, after: { email: 'c@example.org' } });
    await db.transaction().execute((trx) => recordAudit(trx, ALICE, { action: 'user.enable', entityType: 'user', entityId: 2 }));
    const s6 = s5 + 1;
    assert.deepEqual(await verifyAuditChain(db), { ok: true, entries: 6 }, 'entries appended with chosen times are hashed like recordAudit');

    const seqs = async (filter: Parameters<typeof listAuditEntries>[1]) => (await listAuditEntries(db, filter)).map((e) => e.seq);
    assert.deepEqual(await seqs({}), [s6, s5, s4, s3, s2, s1], 'newest first');
    assert.deepEqual(await seqs({ actor: 'alice.admin' }), [s6, s3, s1], 'actor: part of the label, any case');
    assert.deepEqual(await seqs({ actor: 'BOB@' }), [s5, s2]);
    assert.deepEqual(await seqs({ actor: '100%' }), [s4], '% is taken literally');
    assert.deepEqual(await seqs({ actor: '%' }), [s4]);
    assert.deepEqual(await seqs({ actor: 'ops_' }), [s4]);
    assert.deepEqual(await seqs({ actor: '_' }), [s4], '_ is taken literally');
    assert.deepEqual(await seqs({ action: 'user.create' }), [s5, s1]);
    assert.deepEqual(await seqs({ action: 'user' }), [], 'action matches exactly');
    assert.deepEqual(await seqs({ entityType: 'session' }), [s3]);
    assert.deepEqual(await seqs({ entityType: 'user', entityId: '2' }), [s6, s4]);
    assert.deepEqual(await seqs({ from: '2024-03-02', to: '2024-03-03' }), [s4, s3], 'both days included');
    assert.deepEqual(await seqs({ from: '2024-03-01', to: '2024-03-01' }), [s2, s1], 'a whole day, to its last millisecond');
    assert.deepEqual(await seqs({ from: '2024-03-04', to: '2024-03-05' }), [s5]);
    assert.deepEqual(await seqs({ to: '2024-02-29' }), []);
    assert.deepEqual(await seqs({ from: '2024-03-06', to: '2099-12-31' }), [s6]);
    assert.deepEqual(await seqs({ actor: 'bob', action: 'user.create', from: '2024-03-02' }), [s5], 'filters combine');

    assert.deepEqual(await seqs({ limit: 2 }), [s6, s5]);
    assert.deepEqual(await seqs({ limit: 2, beforeSeq: s5 }), [s4, s3]);
    assert.deepEqual(await seqs({ limit: 2, beforeSeq: s3 }), [s2, s1]);
    assert.deepEqual(await seqs({ limit: 2, beforeSeq: s1 }), []);
    assert.deepEqual(await seqs({ actor: 'alice', beforeSeq: s6 }), [s3, s1]);

    const [newest] = await listAuditEntries(db, { beforeSeq: s6 });
    assert.deepEqual(newest, {
      seq: s5, at: new Date('2024-03-05T08:00:00.000Z'), actorUserId: 11, actorLabel: 'bob@example.org', action: 'user.create',
      entityType: 'user', entityId: '3', before: null, after: { email: 'c@example.org' },
    });
    assert.ok(!('hash' in newest) && !('prev_hash' in newest));
  });

  it('the limit is capped at 500', async () => {
    const { db } = use();
    await sql`insert into audit_log (seq, at, actor_label, action, entity_type, prev_hash, hash)
      select 1000 + n, now(), 'bulk', 'bulk.insert', 'test', 'x', 'x' from generate_series(1, 520) as n`.execute(db);
    assert.equal((await listAuditEntries(db, { limit: 10_000 })).length, 500);
    assert.equal((await listAuditEntries(db, {})).length, 50, 'default 50');
  });

  it('listAuditActions gives the distinct actions and entity types, sorted', async () => {
    const { actions, entityTypes } = await listAuditActions(use().db);
    assert.deepEqual(actions, ['bulk.insert', 'session.sign_in', 'user.create', 'user.disable', 'user.enable', 'user.set_roles']);
    assert.deepEqual(entityTypes, ['session', 'test', 'user']);
  });
});
