import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { SystemActor, UserActor } from '../../src/core/access/actor.ts';
import { ANONYMOUS } from '../../src/core/access/actor.ts';
import { AppError } from '../../src/core/errors.ts';
import { changeOwnPassword, createUser } from '../../src/accounts/service.ts';
import { loadActor } from '../../src/accounts/repository.ts';
import { signIn, signOut, signOutEverywhere } from '../../src/accounts/sign-in.ts';
import { actorForApiToken, API_TOKEN_PREFIX, createApiToken, revokeApiToken } from '../../src/accounts/api-tokens.ts';
import { createSession, findLiveSession, listLiveSessions, revokeSession, SESSION_IDLE_MS, SESSION_MAX_MS } from '../../src/core/auth/sessions.ts';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MS } from '../../src/core/auth/throttle.ts';
import { describeEachDriver, uniqueEmail } from '../support/databases.ts';
import { auditEntriesSince, expectOneAuditEntry, expectRefusedWithoutAudit, isAppError, isValidationError, lastAuditSeq, withOwnDatabase } from './helpers.ts';

const SYSTEM: SystemActor = { kind: 'system', label: 'test' };
const PASSWORD = 'a long enough secret 1';
const NEW_PASSWORD = 'a brand new secret 22';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let ipCounter = 0;
/** Each test its own address, so the per-address throttle of one test never touches another. */
const freshIp = () => `198.51.100.${++ipCounter}`;

describeEachDriver('accounts: sessions and API tokens', (use, driver) => {
  async function newAccount(roles: string[] = ['editor']) {
    const email = uniqueEmail('session');
    const user = await createUser(use().db, SYSTEM, { email, displayName: 'Session User', password: PASSWORD, grants: { roles } });
    return { email, user, actor: (await loadActor(use().db, user.id))! as UserActor };
  }

  let account: Awaited<ReturnType<typeof newAccount>>;
  before(async () => { account = await newAccount(); });

  it('signIn opens a session whose id is the sha256 of the cookie value; the cookie value is not stored', async () => {
    const { db } = use();
    const ip = freshIp();
    const { result, entry } = await expectOneAuditEntry(db, 'session.sign_in',
      () => signIn(db, { email: ` ${account.email.toUpperCase()} `, password: PASSWORD }, { ip, userAgent: 'TestAgent/1.0' }), [PASSWORD]);
    assert.equal(result.userId, account.user.id);
    assert.match(result.cookieValue, /^[A-Za-z0-9_-]{43}$/, '32 random bytes, base64url');
    assert.equal(result.sessionId, sha256(result.cookieValue));
    const row = await db.selectFrom('sessions').selectAll().where('id', '=', result.sessionId).executeTakeFirstOrThrow();
    assert.equal(row.user_id, account.user.id);
    assert.equal(row.ip, ip);
    assert.equal(row.user_agent, 'TestAgent/1.0');
    assert.equal(row.revoked_at, null);
    assert.equal(row.expires_at.getTime() - row.created_at.getTime(), SESSION_MAX_MS);
    assert.equal(await db.selectFrom('sessions').select('id').where('id', '=', result.cookieValue).executeTakeFirst(), undefined);
    assert.equal(entry.actor_user_id, account.user.id);
    assert.ok(!JSON.stringify(entry).includes(result.cookieValue), 'the audit entry does not hold the cookie value');
    const live = await findLiveSession(db, result.cookieValue);
    assert.equal(live?.userId, account.user.id);
    assert.equal(live?.id, result.sessionId);
  });

  it('a wrong password and an unknown account get the same answer, and each counts as a failure', async () => {
    const { db } = use();
    const ip = freshIp();
    let wrong: AppError | undefined;
    let unknown: AppError | undefined;
    const before = await lastAuditSeq(db);
    await assert.rejects(signIn(db, { email: account.email, password: 'not the password' }, { ip }), (error: AppError) => { wrong = error; return isAppError('invalid_credentials', 401)(error); });
    await assert.rejects(signIn(db, { email: uniqueEmail('nobody'), password: PASSWORD }, { ip }), (error: AppError) => { unknown = error; return isAppError('invalid_credentials', 401)(error); });
    assert.equal(wrong?.message, unknown?.message);
    assert.deepEqual(wrong?.params, unknown?.params);
    const entries = await auditEntriesSince(db, before);
    assert.deepEqual(entries.map((e) => e.action), ['session.sign_in_failed', 'session.sign_in_failed']);
    assert.equal(entries[0].entity_id, String(account.user.id));
    for (const entry of entries) assert.ok(!JSON.stringify(entry).includes('not the password') && !JSON.stringify(entry).includes(PASSWORD));
    const failures = await db.selectFrom('login_failures').select('email').where('ip', '=', ip).execute();
    assert.equal(failures.length, 2);
    await assert.rejects(signIn(db, { email: '', password: '' }, { ip }), isValidationError('email'));
  });

  it(`after ${MAX_FAILURES_PER_ACCOUNT} failures even the right password is refused with too_many_attempts, until the window has passed`, async () => {
    const { db } = use();
    const { email, user } = await newAccount();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      // the same account whatever the case of the address, and from different addresses
      await assert.rejects(signIn(db, { email: i % 2 ? email.toUpperCase() : email, password: `wrong ${i}` }, { ip: freshIp() }), isAppError('invalid_credentials'));
    }
    const before = await lastAuditSeq(db);
    await assert.rejects(signIn(db, { email, password: PASSWORD }, { ip: freshIp() }), (error: unknown) => {
      isAppError('too_many_attempts', 429)(error);
      const minutes = (error as AppError).params.minutes as number;
      assert.ok(Number.isInteger(minutes) && minutes >= 14 && minutes <= THROTTLE_WINDOW_MS / MINUTE, `minutes: ${minutes}`);
      return true;
    });
    assert.deepEqual((await auditEntriesSince(db, before)).map((e) => e.action), [], 'a throttled attempt writes nothing, so it cannot grow the audit log');
    assert.equal((await db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).length, 0, 'no session opened');

    // Once the failures are older than the window, the right password works again and clears them.
    await db.updateTable('login_failures').set({ at: new Date(Date.now() - THROTTLE_WINDOW_MS - MINUTE) } as never).where('email', '=', email.toLowerCase()).execute();
    const ok = await signIn(db, { email, password: PASSWORD }, { ip: freshIp() });
    assert.equal(ok.userId, user.id);
    assert.equal((await db.selectFrom('login_failures').select('id').where('email', '=', email.toLowerCase()).execute()).length, 0);
  });

  it(`many guesses sent at the same time still get at most ${MAX_FAILURES_PER_ACCOUNT} password checks`, async () => {
    const guesses = 3 * MAX_FAILURES_PER_ACCOUNT;
    const results = await withOwnDatabase(driver, async ({ db }) => {
      const email = uniqueEmail('burst');
      await createUser(db, SYSTEM, { email, displayName: 'Burst', password: PASSWORD, grants: {} });
      return Promise.allSettled(Array.from({ length: guesses }, (_, i) => signIn(db, { email, password: `guess number ${i}` }, { ip: freshIp() })));
    });
    const codes = results.map((r) => (r.status === 'rejected' && r.reason instanceof AppError ? r.reason.code : 'unexpected'));
    assert.ok(codes.every((code) => code === 'invalid_credentials' || code === 'too_many_attempts'), codes.join(','));
    const checked = codes.filter((code) => code === 'invalid_credentials').length;
    assert.ok(checked <= MAX_FAILURES_PER_ACCOUNT, `${checked} of ${guesses} simultaneous guesses had their password checked`);
  });

  it('a successful sign-in clears the failures, so earlier mistakes do not add up', async () => {
    const { db } = use();
    const { email } = await newAccount();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) {
        await assert.rejects(signIn(db, { email, password: 'wrong password' }, { ip: freshIp() }), isAppError('invalid_credentials'));
      }
      assert.ok(await signIn(db, { email, password: PASSWORD }, { ip: freshIp() }));
    }
  });

  it(`after ${MAX_FAILURES_PER_ADDRESS} failures from one address, that address is refused for any account`, async () => {
    const { db } = use();
    const ip = freshIp();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await assert.rejects(signIn(db, { email: uniqueEmail('spray'), password: 'guess' }, { ip }), isAppError('invalid_credentials'));
    }
    await assert.rejects(signIn(db, { email: account.email, password: PASSWORD }, { ip }), isAppError('too_many_attempts', 429));
    assert.ok(await signIn(db, { email: account.email, password: PASSWORD }, { ip: freshIp() }), 'another address is not affected');
  });

  it('findLiveSession honours revocation, the idle timeout and the expiry, and touches last_seen_at at most once a minute', async () => {
    const { db } = use();
    const t0 = new Date('2031-05-01T08:00:00.000Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const lastSeen = async (id: string) => (await db.selectFrom('sessions').select('last_seen_at').where('id', '=', id).executeTakeFirstOrThrow()).last_seen_at.getTime();

    const idle = await createSession(db, account.user.id, {}, t0);
    assert.equal((await findLiveSession(db, idle.cookieValue, at(30_000)))?.id, idle.id);
    assert.equal(await lastSeen(idle.id), t0.getTime(), 'not touched within a minute');
    assert.equal(await findLiveSession(db, idle.cookieValue, at(SESSION_IDLE_MS + 1)), undefined, 'idle too long');
    assert.ok(await findLiveSession(db, idle.cookieValue, at(SESSION_IDLE_MS)), 'exactly at the idle limit it still counts');
    assert.equal(await lastSeen(idle.id), at(SESSION_IDLE_MS).getTime(), 'touched');
    assert.ok(await findLiveSession(db, idle.cookieValue, at(2 * SESSION_IDLE_MS - 1)), 'the touch moved the idle limit');

    // Used every 7 hours, a session lives until its expiry and not a millisecond longer.
    const busy = await createSession(db, account.user.id, {}, t0);
    for (let t = 7 * HOUR; t < SESSION_MAX_MS; t += 7 * HOUR) {
      assert.ok(await findLiveSession(db, busy.cookieValue, at(t)), `alive after ${t / HOUR} h`);
    }
    assert.ok(await findLiveSession(db, busy.cookieValue, at(SESSION_MAX_MS - 1)));
    assert.equal(await findLiveSession(db, busy.cookieValue, at(SESSION_MAX_MS)), undefined, 'expired');

    const revoked = await createSession(db, account.user.id, {}, t0);
    await revokeSession(db, revoked.id, at(MINUTE));
    assert.equal(await findLiveSession(db, revoked.cookieValue, at(2 * MINUTE)), undefined);

    assert.equal(await findLiveSession(db, 'no-such-cookie-value'), undefined);
    assert.equal(await findLiveSession(db, idle.id), undefined, 'the stored id is not a valid cookie value');
  });

  it('signOut ends that session only; signOutEverywhere ends them all', async () => {
    const { db } = use();
    const { email, actor } = await newAccount();
    const sessions: Awaited<ReturnType<typeof signIn>>[] = [];
    for (let i = 0; i < 3; i++) sessions.push(await signIn(db, { email, password: PASSWORD }, { ip: freshIp() }));

    const { entry } = await expectOneAuditEntry(db, 'session.sign_out', () => signOut(db, actor, sessions[0].sessionId));
    assert.equal(entry.entity_id, sessions[0].sessionId.slice(0, 12));
    assert.equal(await findLiveSession(db, sessions[0].cookieValue), undefined);
    assert.ok(await findLiveSession(db, sessions[1].cookieValue));
    assert.equal((await listLiveSessions(db, actor.id)).length, 2);

    const { result: count, entry: all } = await expectOneAuditEntry(db, 'session.revoke_all', () => signOutEverywhere(db, actor));
    assert.equal(count, 2);
    assert.deepEqual(all.after, { revoked: 2 });
    for (const session of sessions) assert.equal(await findLiveSession(db, session.cookieValue), undefined);
    assert.equal((await listLiveSessions(db, actor.id)).length, 0);

    const seq = await lastAuditSeq(db);
    assert.equal(await signOutEverywhere(db, ANONYMOUS), 0);
    assert.equal(await lastAuditSeq(db), seq);
  });

  it('changeOwnPassword keeps the current session, ends the others, and checks the current password', async () => {
    const { db } = use();
    const { email, actor } = await newAccount();
    const current = await signIn(db, { email, password: PASSWORD }, { ip: freshIp() });
    const other = await signIn(db, { email, password: PASSWORD }, { ip: freshIp() });

    await expectRefusedWithoutAudit(db, () => changeOwnPassword(db, actor, { currentPassword: 'not it at all', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, current.sessionId),
      isValidationError('currentPassword', 'error.wrong_password'));
    await expectRefusedWithoutAudit(db, () => changeOwnPassword(db, actor, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}x` }, current.sessionId),
      isValidationError('confirmPassword', 'error.passwords_differ'));
    await expectRefusedWithoutAudit(db, () => changeOwnPassword(db, actor, { currentPassword: PASSWORD, newPassword: 'short', confirmPassword: 'short' }, current.sessionId),
      isValidationError('newPassword', 'error.too_short'));
    await expectRefusedWithoutAudit(db, () => changeOwnPassword(db, ANONYMOUS, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, null),
      isAppError('unauthenticated', 401));
    assert.ok(await findLiveSession(db, other.cookieValue), 'nothing changed yet');

    const { entry } = await expectOneAuditEntry(db, 'user.change_password',
      () => changeOwnPassword(db, actor, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, current.sessionId), [PASSWORD, NEW_PASSWORD]);
    assert.equal(entry.actor_user_id, actor.id);
    assert.ok(await findLiveSession(db, current.cookieValue), 'the current session stays');
    assert.equal(await findLiveSession(db, other.cookieValue), undefined, 'the other session ended');
    await assert.rejects(signIn(db, { email, password: PASSWORD }, { ip: freshIp() }), isAppError('invalid_credentials'));
    assert.ok(await signIn(db, { email, password: NEW_PASSWORD }, { ip: freshIp() }));
  });

  it('API tokens: shown once, stored as a hash, resolve to their user; revoked, expired or unknown ones do not', async () => {
    const { db } = use();
    const { actor } = await newAccount(['analyst']);
    const { result: created, entry } = await expectOneAuditEntry(db, 'api_token.create', () => createApiToken(db, actor, { name: ' nightly export ' }));
    assert.ok(created.token.startsWith(API_TOKEN_PREFIX));
    assert.ok(created.token.length > API_TOKEN_PREFIX.length + 40);
    assert.deepEqual(entry.after, { name: 'nightly export', expiresAt: null });
    assert.ok(!JSON.stringify(entry).includes(created.token));
    const row = await db.selectFrom('api_tokens').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    assert.equal(row.token_hash, sha256(created.token));
    assert.equal(row.token_prefix, created.token.slice(0, API_TOKEN_PREFIX.length + 6));
    assert.ok(!Object.values(row).some((value) => value === created.token), 'the clear token is not stored');
    assert.equal(row.user_id, actor.id);

    const resolved = await actorForApiToken(db, created.token);
    assert.equal(resolved?.kind, 'user');
    assert.equal(resolved?.id, actor.id);
    assert.deepEqual(resolved?.grants, [{ role: 'analyst', countries: null }]);
    assert.ok((await db.selectFrom('api_tokens').select('last_used_at').where('id', '=', created.id).executeTakeFirstOrThrow()).last_used_at, 'last use recorded');

    assert.equal(await actorForApiToken(db, `${created.token}x`), undefined);
    assert.equal(await actorForApiToken(db, created.token.slice(API_TOKEN_PREFIX.length)), undefined, 'without its prefix');
    assert.equal(await actorForApiToken(db, row.token_hash), undefined, 'the stored hash is not a token');

    await expectOneAuditEntry(db, 'api_token.revoke', () => revokeApiToken(db, actor, created.id));
    assert.equal(await actorForApiToken(db, created.token), undefined, 'revoked');
    await expectRefusedWithoutAudit(db, () => revokeApiToken(db, actor, created.id), isAppError('not_found', 404));

    const expiring = await createApiToken(db, actor, { name: 'short-lived', expiresInDays: 1 });
    assert.equal((await actorForApiToken(db, expiring.token, new Date(Date.now() + 12 * HOUR)))?.id, actor.id);
    assert.equal(await actorForApiToken(db, expiring.token, new Date(Date.now() + 25 * HOUR)), undefined, 'expired');

    // one user cannot revoke another's token; nobody signed in cannot make one
    const stranger = await newAccount();
    await expectRefusedWithoutAudit(db, () => revokeApiToken(db, stranger.actor, expiring.id), isAppError('not_found', 404));
    assert.ok(await actorForApiToken(db, expiring.token));
    await expectRefusedWithoutAudit(db, () => createApiToken(db, ANONYMOUS, { name: 'x' }), isAppError('unauthenticated', 401));
    await expectRefusedWithoutAudit(db, () => createApiToken(db, actor, { name: '' }), isValidationError('name'));
    await expectRefusedWithoutAudit(db, () => createApiToken(db, actor, { name: 'x', expiresInDays: 400 }), isValidationError('expiresInDays'));
  });
});
