import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { AppError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { decoyPasswordHash, verifyPassword } from '../core/auth/passwords.ts';
import { createSession, revokeAllSessions, revokeSession } from '../core/auth/sessions.ts';
import { clearSignInFailures, normalizeEmail, recordSignInFailure, signInLockedForMinutes } from '../core/auth/throttle.ts';
import { findUserRowByEmail } from './repository.ts';
import { signInInput } from './schemas.ts';

type Db = Kysely<Database>;

export interface SignInResult { cookieValue: string; sessionId: string; userId: number; locale: string | null }

/**
 * Checks the password and opens a session. Every failure gives the same answer (no hint
 * whether the account exists) and counts towards the throttle; while throttled, even the
 * right password is refused. The attempt is counted before the password is checked, under a
 * lock per account and per address, so that guesses sent at the same time cannot slip past
 * the limit.
 */
export async function signIn(db: Db, input: unknown, meta: { ip?: string; userAgent?: string }): Promise<SignInResult> {
  const { email, password } = parseInput(signInInput, input);
  const lockedMinutes = await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${normalizeEmail(email)}`}))`.execute(trx);
    if (meta.ip) await sql`select pg_advisory_xact_lock(hashtext(${`sign-in-from:${meta.ip}`}))`.execute(trx);
    const minutes = await signInLockedForMinutes(trx, email, meta.ip);
    if (minutes === 0) await recordSignInFailure(trx, email, meta.ip);
    return minutes;
  });
  // A throttled attempt writes nothing (so it cannot be used to grow the audit log).
  if (lockedMinutes > 0) throw new AppError('too_many_attempts', 429, 'error.too_many_attempts', { minutes: lockedMinutes });

  const user = await findUserRowByEmail(db, email);
  const passwordOk = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), password);
  if (!user || !passwordOk || user.disabled_at) {
    await db.transaction().execute((trx) => recordAudit(trx, { userId: null, label: 'anonymous' }, {
      action: 'session.sign_in_failed', entityType: 'user', entityId: user ? user.id : normalizeEmail(email), after: { ip: meta.ip ?? null },
    }));
    throw new AppError('invalid_credentials', 401, 'error.invalid_credentials');
  }
  return db.transaction().execute(async (trx) => {
    await clearSignInFailures(trx, email);
    const session = await createSession(trx, user.id, meta);
    await recordAudit(trx, { userId: user.id, label: user.email }, {
      action: 'session.sign_in', entityType: 'session', entityId: session.id.slice(0, 12), after: { ip: meta.ip ?? null, userAgent: meta.userAgent?.slice(0, 200) ?? null },
    });
    return { cookieValue: session.cookieValue, sessionId: session.id, userId: user.id, locale: user.locale };
  });
}

export async function signOut(db: Db, actor: Actor, sessionId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await revokeSession(trx, sessionId);
    await recordAudit(trx, auditActorOf(actor), { action: 'session.sign_out', entityType: 'session', entityId: sessionId.slice(0, 12) });
  });
}

/** "Sign out everywhere": every session of the user ends, this one included. */
export async function signOutEverywhere(db: Db, actor: Actor): Promise<number> {
  if (actor.kind !== 'user') return 0;
  return db.transaction().execute(async (trx) => {
    const count = await revokeAllSessions(trx, actor.id);
    await recordAudit(trx, auditActorOf(actor), { action: 'session.revoke_all', entityType: 'user', entityId: actor.id, after: { revoked: count } });
    return count;
  });
}
