import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { newSecret, sha256Hex } from './tokens.ts';

export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000; // signed out after 8 hours without activity
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000; // and after 7 days whatever happens
const TOUCH_EVERY_MS = 60 * 1000;

export interface SessionRecord {
  id: string;
  userId: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** Creates a session and returns the cookie value (the only place it exists in clear). */
export async function createSession(db: Kysely<Database>, userId: number, meta: { ip?: string; userAgent?: string }, now = new Date()) {
  const cookieValue = newSecret();
  const id = sha256Hex(cookieValue);
  await db.insertInto('sessions').values({
    id,
    user_id: userId,
    created_at: now,
    last_seen_at: now,
    expires_at: new Date(now.getTime() + SESSION_MAX_MS),
    ip: meta.ip ?? null,
    user_agent: meta.userAgent?.slice(0, 300) ?? null,
  }).execute();
  return { cookieValue, id };
}

/** The live session for a cookie value, or undefined if unknown, revoked, expired or idle too long. */
export async function findLiveSession(db: Kysely<Database>, cookieValue: string, now = new Date()): Promise<SessionRecord | undefined> {
  const id = sha256Hex(cookieValue);
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.revoked_at || row.expires_at <= now) return undefined;
  if (now.getTime() - row.last_seen_at.getTime() > SESSION_IDLE_MS) return undefined;
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
  }
  return { id, userId: row.user_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
}

export async function revokeSession(db: Kysely<Database>, id: string, now = new Date()): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

/** Revokes every live session of the user (optionally keeping one); returns how many. */
export async function revokeAllSessions(db: Kysely<Database>, userId: number, options: { except?: string } = {}, now = new Date()): Promise<number> {
  let query = db.updateTable('sessions').set({ revoked_at: now })
    .where('user_id', '=', userId).where('revoked_at', 'is', null).where('expires_at', '>', now);
  if (options.except) query = query.where('id', '<>', options.except);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listLiveSessions(db: Kysely<Database>, userId: number, now = new Date()) {
  return db.selectFrom('sessions').select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId).where('revoked_at', 'is', null).where('expires_at', '>', now)
    .where('last_seen_at', '>', new Date(now.getTime() - SESSION_IDLE_MS))
    .orderBy('last_seen_at', 'desc').execute();
}
