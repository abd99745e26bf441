import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

/**
 * After too many failed sign-ins for one account or from one address within the window,
 * further attempts are refused (even with the right password) until the window has passed.
 * Returns the minutes to wait, or 0.
 */
export async function signInLockedForMinutes(db: Kysely<Database>, email: string, ip: string | undefined, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const account = await db.selectFrom('login_failures').select(({ fn }) => [fn.countAll<number>().as('count'), fn.min('at').as('first')])
    .where('email', '=', normalizeEmail(email)).where('at', '>', since).executeTakeFirstOrThrow();
  let blockedFrom: Date | null = Number(account.count) >= MAX_FAILURES_PER_ACCOUNT ? (account.first as Date) : null;
  if (ip) {
    const address = await db.selectFrom('login_failures').select(({ fn }) => [fn.countAll<number>().as('count'), fn.min('at').as('first')])
      .where('ip', '=', ip).where('at', '>', since).executeTakeFirstOrThrow();
    if (Number(address.count) >= MAX_FAILURES_PER_ADDRESS) blockedFrom = (address.first as Date) ?? blockedFrom;
  }
  if (!blockedFrom) return 0;
  const remaining = blockedFrom.getTime() + THROTTLE_WINDOW_MS - now.getTime();
  return Math.max(1, Math.ceil(remaining / 60_000));
}

export async function recordSignInFailure(db: Kysely<Database>, email: string, ip: string | undefined, now = new Date()): Promise<void> {
  await db.insertInto('login_failures').values({ email: normalizeEmail(email), ip: ip ?? null, at: now }).execute();
}

export async function clearSignInFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', normalizeEmail(email)).execute();
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
