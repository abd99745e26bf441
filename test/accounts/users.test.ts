import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { SystemActor, UserActor } from '../../src/core/access/actor.ts';
import { ANONYMOUS } from '../../src/core/access/actor.ts';
import { createUser, resetPassword, setUserDisabled, updateUserGrants } from '../../src/accounts/service.ts';
import { listUsers, loadActor } from '../../src/accounts/repository.ts';
import { presentUser } from '../../src/accounts/presenters.ts';
import { signIn } from '../../src/accounts/sign-in.ts';
import { actorForApiToken, createApiToken } from '../../src/accounts/api-tokens.ts';
import { findLiveSession } from '../../src/core/auth/sessions.ts';
import { describeEachDriver, uniqueEmail } from '../support/databases.ts';
import { expectOneAuditEntry, expectRefusedWithoutAudit, isAppError, isValidationError, lastAuditSeq, withOwnDatabase } from './helpers.ts';

const SYSTEM: SystemActor = { kind: 'system', label: 'test' };
const PASSWORD = 'a long enough secret 1';
const OTHER_PASSWORD = 'another long secret 2';

describeEachDriver('accounts: users', (use, driver) => {
  let admin: UserActor;
  let editor: UserActor;

  const newUser = (email = uniqueEmail(), roles: string[] = [], countries = '') =>
    createUser(use().db, SYSTEM, { email, displayName: email.split('@')[0], password: PASSWORD, grants: { roles, countries } });

  before(async () => {
    const { db } = use();
    admin = (await loadActor(db, (await newUser(uniqueEmail('admin'), ['admin'])).id))!;
    editor = (await loadActor(db, (await newUser(uniqueEmail('editor'), ['editor'])).id))!;
    assert.ok(admin && editor);
  });

  it('createUser by the system actor stores an argon2 hash and writes one audit entry without it', async () => {
    const { db } = use();
    const email = uniqueEmail('sys');
    const { result: user, entry } = await expectOneAuditEntry(db, 'user.create',
      () => createUser(db, SYSTEM, { email: `  ${email}  `, displayName: ' Sys Created ', password: PASSWORD, grants: { roles: ['analyst', 'analyst'] } }), [PASSWORD]);
    assert.equal(user.email, email, 'the address is trimmed');
    assert.equal(user.displayName, 'Sys Created');
    assert.equal(user.disabledAt, null);
    assert.deepEqual(user.grants, [{ role: 'analyst', countries: null }]);
    const row = await db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.match(row.password_hash, /^\$argon2id\$/);
    assert.ok(!row.password_hash.includes(PASSWORD));
    assert.equal(entry.actor_user_id, null);
    assert.equal(entry.actor_label, 'test');
    assert.equal(entry.entity_type, 'user');
    assert.equal(entry.entity_id, String(user.id));
    assert.equal(entry.before, null);
    assert.deepEqual(entry.after, presentUser(user));
  });

  it('createUser by an admin (loaded with loadActor) records the admin as the actor; countries are kept as alpha-3', async () => {
    const { db } = use();
    const email = uniqueEmail('focal');
    const { result: user, entry } = await expectOneAuditEntry(db, 'user.create',
      () => createUser(db, admin, { email, displayName: 'Focal', password: PASSWORD, grants: { roles: ['focal_point', 'researcher'], countries: 'ner, mw;MWI' } }), [PASSWORD]);
    assert.deepEqual(user.grants, [{ role: 'focal_point', countries: ['MWI', 'NER'] }, { role: 'researcher', countries: null }]);
    assert.equal(entry.actor_user_id, admin.id);
    assert.equal(entry.actor_label, admin.email);
    assert.deepEqual(entry.after, presentUser(user));
    const actor = await loadActor(db, user.id);
    assert.equal(actor?.kind, 'user');
    assert.deepEqual(actor?.grants, user.grants);
  });

  it('refuses a second account with the same e-mail address in another case', async () => {
    const { db } = use();
    const email = uniqueEmail('Dup.Case');
    await newUser(email);
    await expectRefusedWithoutAudit(db, () => newUser(email.toUpperCase()), isValidationError('email', 'error.email_taken'));
    await expectRefusedWithoutAudit(db, () => newUser(` ${email.toLowerCase()} `), isValidationError('email', 'error.email_taken'));
    const rows = await db.selectFrom('users').select('id').where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase())).execute();
    assert.equal(rows.length, 1);
  });

  it('two simultaneous sign-ups with one address (a double submit): one account, the other gets the e-mail error', async () => {
    const email = uniqueEmail('race');
    const results = await withOwnDatabase(driver, ({ db }) => Promise.allSettled([email, email.toUpperCase()].map((address) =>
      createUser(db, SYSTEM, { email: address, displayName: 'Race', password: PASSWORD, grants: {} }))));
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(fulfilled.length, 1);
    assert.equal(rejected.length, 1);
    isValidationError('email', 'error.email_taken')(rejected[0].reason);
  });

  it('refuses invalid input with errors on the fields', async () => {
    const { db } = use();
    await expectRefusedWithoutAudit(db, () => newUser(uniqueEmail('fp'), ['focal_point'], ''), isValidationError('grants.countries', 'error.focal_point_needs_country'));
    await expectRefusedWithoutAudit(db, () => newUser(uniqueEmail('fp'), ['focal_point'], 'MWI, XYZ'), (error) => {
      isValidationError('grants.countries', 'error.unknown_country')(error);
      assert.deepEqual((error as { fields: { params?: unknown }[] }).fields[0].params, { value: 'XYZ' });
    });
    await expectRefusedWithoutAudit(db, () => newUser(uniqueEmail('hist'), ['editor'], 'YUG'), isValidationError('grants.countries', 'error.unknown_country'));
    await expectRefusedWithoutAudit(db, () => newUser('not-an-address'), isValidationError('email', 'error.email'));
    await expectRefusedWithoutAudit(db, () => newUser(uniqueEmail(), ['superuser']), isValidationError('grants.roles.0', 'error.not_allowed_value'));
    await expectRefusedWithoutAudit(db, () => createUser(db, SYSTEM, { email: uniqueEmail(), displayName: 'Short', password: 'short', grants: {} }), isValidationError('password', 'error.too_short'));
    await expectRefusedWithoutAudit(db, () => createUser(db, SYSTEM, { email: uniqueEmail(), displayName: '   ', password: PASSWORD, grants: {} }), isValidationError('displayName', 'error.required'));
  });

  it('only admins create accounts: another user is forbidden, nobody signed in is unauthenticated', async () => {
    const { db } = use();
    const email = uniqueEmail('nope');
    await expectRefusedWithoutAudit(db, () => createUser(db, editor, { email, displayName: 'X', password: PASSWORD, grants: {} }), isAppError('forbidden', 403));
    await expectRefusedWithoutAudit(db, () => createUser(db, ANONYMOUS, { email, displayName: 'X', password: PASSWORD, grants: {} }), isAppError('unauthenticated', 401));
    // even invalid input is refused for lack of rights first, so it tells nothing
    await expectRefusedWithoutAudit(db, () => createUser(db, editor, {}), isAppError('forbidden'));
    assert.equal(await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst(), undefined);
  });

  it('updateUserGrants replaces the roles and records before and after', async () => {
    const { db } = use();
    const user = await newUser(uniqueEmail('grants'), ['analyst']);
    const { result: updated, entry } = await expectOneAuditEntry(db, 'user.set_roles',
      () => updateUserGrants(db, admin, user.id, { grants: { roles: ['focal_point', 'editor'], countries: 'BRA' } }));
    assert.deepEqual(updated.grants, [{ role: 'editor', countries: null }, { role: 'focal_point', countries: ['BRA'] }]);
    assert.equal(entry.entity_id, String(user.id));
    assert.equal(entry.actor_user_id, admin.id);
    assert.deepEqual((entry.before as { roles: unknown }).roles, [{ role: 'analyst', countries: null }]);
    assert.deepEqual(entry.after, presentUser(updated));
    assert.deepEqual((await loadActor(db, user.id))?.grants, updated.grants);

    const { result: none } = await expectOneAuditEntry(db, 'user.set_roles', () => updateUserGrants(db, SYSTEM, user.id, { grants: { roles: [] } }));
    assert.deepEqual(none.grants, []);

    await expectRefusedWithoutAudit(db, () => updateUserGrants(db, admin, user.id, { grants: { roles: ['focal_point'] } }), isValidationError('grants.countries'));
    await expectRefusedWithoutAudit(db, () => updateUserGrants(db, editor, user.id, { grants: { roles: ['admin'] } }), isAppError('forbidden', 403));
    await expectRefusedWithoutAudit(db, () => updateUserGrants(db, ANONYMOUS, user.id, { grants: { roles: ['admin'] } }), isAppError('unauthenticated', 401));
    await expectRefusedWithoutAudit(db, () => updateUserGrants(db, admin, 987_654_321, { grants: { roles: ['editor'] } }), isAppError('not_found', 404));
  });

  it('setUserDisabled ends the sessions and API tokens; a disabled user cannot sign in; enabling lets them back', async () => {
    const { db } = use();
    const email = uniqueEmail('disable');
    const user = await newUser(email, ['editor']);
    const session = await signIn(db, { email, password: PASSWORD }, { ip: '192.0.2.10' });
    const userActor = (await loadActor(db, user.id))!;
    const { token } = await createApiToken(db, userActor, { name: 'script' });
    assert.ok(await findLiveSession(db, session.cookieValue));
    assert.equal((await actorForApiToken(db, token))?.id, user.id);

    const { result: disabled, entry } = await expectOneAuditEntry(db, 'user.disable', () => setUserDisabled(db, admin, user.id, true));
    assert.ok(disabled.disabledAt instanceof Date);
    assert.equal((entry.before as { disabled: boolean }).disabled, false);
    assert.equal((entry.after as { disabled: boolean }).disabled, true);
    assert.equal(entry.actor_user_id, admin.id);

    const sessions = await db.selectFrom('sessions').select('revoked_at').where('user_id', '=', user.id).execute();
    assert.ok(sessions.length >= 1 && sessions.every((s) => s.revoked_at !== null), 'every session revoked');
    const tokens = await db.selectFrom('api_tokens').select('revoked_at').where('user_id', '=', user.id).execute();
    assert.ok(tokens.length === 1 && tokens.every((t) => t.revoked_at !== null), 'every token revoked');
    assert.equal(await findLiveSession(db, session.cookieValue), undefined);
    assert.equal(await actorForApiToken(db, token), undefined);
    assert.equal(await loadActor(db, user.id), undefined);
    await assert.rejects(signIn(db, { email, password: PASSWORD }, { ip: '192.0.2.10' }), isAppError('invalid_credentials', 401));

    // disabling again changes nothing and records nothing
    const seq = await lastAuditSeq(db);
    await setUserDisabled(db, admin, user.id, true);
    assert.equal(await lastAuditSeq(db), seq);

    const { result: enabled } = await expectOneAuditEntry(db, 'user.enable', () => setUserDisabled(db, admin, user.id, false));
    assert.equal(enabled.disabledAt, null);
    const again = await signIn(db, { email, password: PASSWORD }, { ip: '192.0.2.10' });
    assert.ok(await findLiveSession(db, again.cookieValue));
    assert.equal(await actorForApiToken(db, token), undefined, 'a token revoked by the disabling stays revoked');

    await expectRefusedWithoutAudit(db, () => setUserDisabled(db, editor, user.id, true), isAppError('forbidden', 403));
    await expectRefusedWithoutAudit(db, () => setUserDisabled(db, ANONYMOUS, user.id, true), isAppError('unauthenticated', 401));
    await expectRefusedWithoutAudit(db, () => setUserDisabled(db, admin, 987_654_321, true), isAppError('not_found', 404));
  });

  it('an admin cannot remove their own admin role nor disable themselves', async () => {
    const { db } = use();
    await expectRefusedWithoutAudit(db, () => updateUserGrants(db, admin, admin.id, { grants: { roles: ['editor'] } }), isValidationError('roles', 'error.cannot_remove_own_admin'));
    await expectRefusedWithoutAudit(db, () => updateUserGrants(db, admin, admin.id, { grants: { roles: [] } }), isValidationError('roles'));
    await expectRefusedWithoutAudit(db, () => setUserDisabled(db, admin, admin.id, true), isAppError('forbidden', 403));
    const self = await loadActor(db, admin.id);
    assert.ok(self, 'still enabled');
    assert.deepEqual(self.grants, [{ role: 'admin', countries: null }]);
    // keeping admin while adding a role is fine
    const { result } = await expectOneAuditEntry(db, 'user.set_roles', () => updateUserGrants(db, admin, admin.id, { grants: { roles: ['admin', 'analyst'] } }));
    assert.deepEqual(result.grants.map((g) => g.role), ['admin', 'analyst']);
    // another admin may do both
    const other = (await loadActor(db, (await newUser(uniqueEmail('admin2'), ['admin'])).id))!;
    await expectOneAuditEntry(db, 'user.disable', () => setUserDisabled(db, other, admin.id, true));
    await expectOneAuditEntry(db, 'user.enable', () => setUserDisabled(db, other, admin.id, false));
  });

  it('resetPassword sets a new password, ends the sessions, and its audit entry holds no password', async () => {
    const { db } = use();
    const email = uniqueEmail('reset');
    const user = await newUser(email);
    const session = await signIn(db, { email, password: PASSWORD }, {});
    await expectOneAuditEntry(db, 'user.reset_password', () => resetPassword(db, admin, user.id, OTHER_PASSWORD), [PASSWORD, OTHER_PASSWORD]);
    assert.equal(await findLiveSession(db, session.cookieValue), undefined);
    await assert.rejects(signIn(db, { email, password: PASSWORD }, {}), isAppError('invalid_credentials'));
    assert.ok(await signIn(db, { email, password: OTHER_PASSWORD }, {}));
    await expectRefusedWithoutAudit(db, () => resetPassword(db, admin, user.id, 'short'), isValidationError('password'));
    await expectRefusedWithoutAudit(db, () => resetPassword(db, editor, user.id, OTHER_PASSWORD), isAppError('forbidden'));
  });

  it('listUsers filters by text (e-mail or name, any case, % taken literally), role and status', async () => {
    const { db } = use();
    const tag = `zq${randomBytes(3).toString('hex')}`;
    const a = await createUser(db, SYSTEM, { email: `${tag}.alpha@example.org`, displayName: 'Alpha One', password: PASSWORD, grants: { roles: ['editor'] } });
    const b = await createUser(db, SYSTEM, { email: `beta.${randomBytes(3).toString('hex')}@example.org`, displayName: `Beta ${tag.toUpperCase()} 100%`, password: PASSWORD, grants: { roles: ['reviewer'] } });
    const c = await createUser(db, SYSTEM, { email: `${tag}.gamma@example.org`, displayName: 'Gamma', password: PASSWORD, grants: { roles: ['editor', 'focal_point'], countries: 'NGA' } });
    await setUserDisabled(db, SYSTEM, c.id, true);

    const ids = (users: { id: number }[]) => users.map((u) => u.id).sort((x, y) => x - y);
    assert.deepEqual(ids(await listUsers(db, { query: tag })), ids([a, b, c]));
    assert.deepEqual(ids(await listUsers(db, { query: tag.toUpperCase() })), ids([a, b, c]));
    assert.deepEqual(ids(await listUsers(db, { query: `${tag}.ALPHA` })), [a.id]);
    assert.deepEqual(ids(await listUsers(db, { query: `${tag.toUpperCase()} 100%` })), [b.id]);
    assert.deepEqual(await listUsers(db, { query: `${tag}%` }), [], '% is not a wildcard');
    assert.deepEqual(await listUsers(db, { query: `${tag}_alpha` }), [], '_ is not a wildcard');
    assert.deepEqual(ids(await listUsers(db, { query: tag, role: 'editor' })), ids([a, c]));
    assert.deepEqual(ids(await listUsers(db, { query: tag, role: 'focal_point' })), [c.id]);
    assert.deepEqual(ids(await listUsers(db, { query: tag, role: 'admin' })), []);
    assert.deepEqual(ids(await listUsers(db, { query: tag, status: 'active' })), ids([a, b]));
    assert.deepEqual(ids(await listUsers(db, { query: tag, status: 'disabled' })), [c.id]);
    assert.deepEqual(ids(await listUsers(db, { query: tag, role: 'editor', status: 'active' })), [a.id]);

    const listed = (await listUsers(db, { query: tag })).find((u) => u.id === c.id)!;
    assert.deepEqual(listed.grants, [{ role: 'editor', countries: null }, { role: 'focal_point', countries: ['NGA'] }]);
    assert.ok(listed.disabledAt instanceof Date);
    assert.ok(!('passwordHash' in listed) && !('password_hash' in listed));

    const all = await listUsers(db);
    const emails = all.map((u) => u.email);
    assert.deepEqual(emails, [...emails].sort(), 'ordered by e-mail');
    assert.ok(all.length >= 5);
  });
});
