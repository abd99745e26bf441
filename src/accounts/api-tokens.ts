import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor, type UserActor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { notFound } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { newSecret, sha256Hex } from '../core/auth/tokens.ts';
import { accountPolicy } from './policy.ts';
import { requireUserActor } from './service.ts';
import { findApiTokenByHash, loadActor } from './repository.ts';
import { apiTokenInput } from './schemas.ts';

type Db = Kysely<Database>;
export const API_TOKEN_PREFIX = 'ariadne_';

/** Creates a token for scripts; the clear token is returned once and never stored. */
export async function createApiToken(db: Db, actor: Actor, input: unknown): Promise<{ id: number; token: string }> {
  authorize(accountPolicy, actor, 'account.manageTokens');
  const user = requireUserActor(actor);
  const data = parseInput(apiTokenInput, input);
  const token = newSecret(API_TOKEN_PREFIX);
  const expiresAt = data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 86_400_000) : null;
  return db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('api_tokens').values({
      user_id: user.id, name: data.name, token_hash: sha256Hex(token), token_prefix: token.slice(0, API_TOKEN_PREFIX.length + 6), expires_at: expiresAt,
    }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, auditActorOf(actor), { action: 'api_token.create', entityType: 'api_token', entityId: row.id, after: { name: data.name, expiresAt } });
    return { id: row.id, token };
  });
}

export async function revokeApiToken(db: Db, actor: Actor, tokenId: number): Promise<void> {
  authorize(accountPolicy, actor, 'account.manageTokens');
  const user = requireUserActor(actor);
  await db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('api_tokens').set({ revoked_at: new Date() })
      .where('id', '=', tokenId).where('user_id', '=', user.id).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound();
    await recordAudit(trx, auditActorOf(actor), { action: 'api_token.revoke', entityType: 'api_token', entityId: tokenId });
  });
}

/** The actor behind a bearer token, or undefined if the token is unknown, revoked, expired or its user disabled. */
export async function actorForApiToken(db: Db, token: string, now = new Date()): Promise<UserActor | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const row = await findApiTokenByHash(db, sha256Hex(token));
  if (!row || row.revoked_at || (row.expires_at && row.expires_at <= now)) return undefined;
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  return loadActor(db, row.user_id);
}
