import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor, type UserActor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { AppError, forbidden, notFound, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { hashPassword, verifyPassword } from '../core/auth/passwords.ts';
import { revokeAllSessions } from '../core/auth/sessions.ts';
import { accountPolicy } from './policy.ts';
import { findUserRowByEmail, findUserRowById, getUser, replaceGrants, type UserRecord } from './repository.ts';
import { presentUser } from './presenters.ts';
import { changePasswordInput, createUserInput, localeField, updateGrantsInput } from './schemas.ts';

type Db = Kysely<Database>;

export async function createUser(db: Db, actor: Actor, input: unknown): Promise<UserRecord> {
  authorize(accountPolicy, actor, 'users.create');
  const data = parseInput(createUserInput, input);
  if (await findUserRowByEmail(db, data.email)) {
    throw new ValidationError([{ field: 'email', message: 'error.email_taken' }]);
  }
  const passwordHash = await hashPassword(data.password);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('users')
      .values({ email: data.email, display_name: data.displayName, password_hash: passwordHash })
      .returning('id').executeTakeFirstOrThrow();
    await replaceGrants(trx, row.id, data.grants);
    const created = (await getUser(trx, row.id))!;
    await recordAudit(trx, auditActorOf(actor), { action: 'user.create', entityType: 'user', entityId: row.id, after: presentUser(created) });
    return row.id;
  }).catch((error: { code?: string; constraint?: string }) => {
    // Two requests for the same address at once: the second meets the unique index.
    if (error.code === '23505' && error.constraint === 'users_email_unique') throw new ValidationError([{ field: 'email', message: 'error.email_taken' }]);
    throw error;
  });
  return (await getUser(db, id))!;
}

export async function updateUserGrants(db: Db, actor: Actor, userId: number, input: unknown): Promise<UserRecord> {
  authorize(accountPolicy, actor, 'users.update');
  const { grants } = parseInput(updateGrantsInput, input);
  return db.transaction().execute(async (trx) => {
    const before = await getUser(trx, userId);
    if (!before) throw notFound();
    if (actor.kind === 'user' && actor.id === userId && !grants.some((grant) => grant.role === 'admin')) {
      throw new ValidationError([{ field: 'roles', message: 'error.cannot_remove_own_admin' }]);
    }
    await replaceGrants(trx, userId, grants);
    const after = (await getUser(trx, userId))!;
    await recordAudit(trx, auditActorOf(actor), { action: 'user.set_roles', entityType: 'user', entityId: userId, before: presentUser(before), after: presentUser(after) });
    return after;
  });
}

/** Disabling also ends the user's sessions and API tokens at once. */
export async function setUserDisabled(db: Db, actor: Actor, userId: number, disabled: boolean): Promise<UserRecord> {
  authorize(accountPolicy, actor, disabled ? 'users.disable' : 'users.update', { id: userId });
  return db.transaction().execute(async (trx) => {
    const before = await getUser(trx, userId);
    if (!before) throw notFound();
    if ((before.disabledAt !== null) === disabled) return before;
    const now = new Date();
    await trx.updateTable('users').set({ disabled_at: disabled ? now : null, updated_at: now }).where('id', '=', userId).execute();
    if (disabled) {
      await revokeAllSessions(trx, userId, {}, now);
      await trx.updateTable('api_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
    }
    const after = (await getUser(trx, userId))!;
    await recordAudit(trx, auditActorOf(actor), { action: disabled ? 'user.disable' : 'user.enable', entityType: 'user', entityId: userId, before: presentUser(before), after: presentUser(after) });
    return after;
  });
}

/** An admin (or the CLI) sets a new password; the user's sessions end. */
export async function resetPassword(db: Db, actor: Actor, userId: number, newPassword: string): Promise<void> {
  authorize(accountPolicy, actor, 'users.update');
  const { password } = parseInput(createUserInput.pick({ password: true }), { password: newPassword });
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const user = await findUserRowById(trx, userId);
    if (!user) throw notFound();
    const now = new Date();
    await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: now, updated_at: now }).where('id', '=', userId).execute();
    await revokeAllSessions(trx, userId, {}, now);
    await recordAudit(trx, auditActorOf(actor), { action: 'user.reset_password', entityType: 'user', entityId: userId });
  });
}

/** The user changes their own password; their other sessions end. */
export async function changeOwnPassword(db: Db, actor: Actor, input: unknown, currentSessionId: string | null): Promise<void> {
  authorize(accountPolicy, actor, 'account.changePassword');
  const user = requireUserActor(actor);
  const data = parseInput(changePasswordInput, input);
  const row = await findUserRowById(db, user.id);
  if (!row || !(await verifyPassword(row.password_hash, data.currentPassword))) {
    throw new ValidationError([{ field: 'currentPassword', message: 'error.wrong_password' }]);
  }
  const passwordHash = await hashPassword(data.newPassword);
  await db.transaction().execute(async (trx) => {
    const now = new Date();
    await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: now, updated_at: now }).where('id', '=', user.id).execute();
    await revokeAllSessions(trx, user.id, { except: currentSessionId ?? undefined }, now);
    await recordAudit(trx, auditActorOf(actor), { action: 'user.change_password', entityType: 'user', entityId: user.id });
  });
}

export async function setPreferredLocale(db: Db, actor: Actor, locale: string): Promise<void> {
  if (actor.kind !== 'user') return;
  const value = parseInput(localeField, locale);
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('users').select('locale').where('id', '=', actor.id).executeTakeFirst();
    if (!before || before.locale === value) return;
    await trx.updateTable('users').set({ locale: value }).where('id', '=', actor.id).execute();
    await recordAudit(trx, auditActorOf(actor), { action: 'user.set_locale', entityType: 'user', entityId: actor.id, before: { locale: before.locale }, after: { locale: value } });
  });
}

/** Use cases about "my own account" need a signed-in user, not the command-line operator. */
export function requireUserActor(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw forbidden();
  return actor;
}

export async function requireUserByEmail(db: Db, email: string): Promise<UserRecord> {
  const row = await findUserRowByEmail(db, email);
  if (!row) throw new AppError('not_found', 404, 'error.user_not_found', { email });
  return (await getUser(db, row.id))!;
}
