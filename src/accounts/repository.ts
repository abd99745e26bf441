import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../core/db/schema.ts';
import type { UserActor } from '../core/access/actor.ts';
import { isRole, type RoleGrant } from '../core/access/roles.ts';

type Db = Kysely<Database>;

export interface UserRecord {
  id: number;
  email: string;
  displayName: string;
  locale: string | null;
  disabledAt: Date | null;
  createdAt: Date;
  grants: RoleGrant[];
}

export async function findUserRowByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase())).executeTakeFirst();
}

export async function findUserRowById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getUser(db: Db, id: number): Promise<UserRecord | undefined> {
  const row = await findUserRowById(db, id);
  if (!row) return undefined;
  const grants = await grantsOf(db, [id]);
  return toRecord(row, grants.get(id) ?? []);
}

export interface UserListFilter { query?: string; role?: string; status?: 'active' | 'disabled'; limit?: number; offset?: number }

export async function listUsers(db: Db, filter: UserListFilter = {}): Promise<UserRecord[]> {
  let query = db.selectFrom('users').selectAll().orderBy('email');
  if (filter.query) {
    const pattern = `%${filter.query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query = query.where((eb) => eb.or([eb('email', 'ilike', pattern), eb('display_name', 'ilike', pattern)]));
  }
  if (filter.role) {
    const role = filter.role;
    query = query.where('id', 'in', (eb) => eb.selectFrom('user_roles').select('user_id').where('role', '=', role));
  }
  if (filter.status === 'active') query = query.where('disabled_at', 'is', null);
  if (filter.status === 'disabled') query = query.where('disabled_at', 'is not', null);
  if (filter.limit !== undefined) query = query.limit(filter.limit).offset(filter.offset ?? 0);
  const rows = await query.execute();
  const grants = await grantsOf(db, rows.map((row) => row.id));
  return rows.map((row) => toRecord(row, grants.get(row.id) ?? []));
}

/** The signed-in actor for a user id, or undefined when the account is missing or disabled. */
export async function loadActor(db: Db, userId: number): Promise<(UserActor & { preferredLocale: string | null }) | undefined> {
  const row = await findUserRowById(db, userId);
  if (!row || row.disabled_at) return undefined;
  const grants = await grantsOf(db, [userId]);
  return { kind: 'user', id: row.id, email: row.email, displayName: row.display_name, grants: grants.get(userId) ?? [], preferredLocale: row.locale };
}

export async function replaceGrants(db: Db, userId: number, grants: RoleGrant[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  const rows = grants.flatMap((grant) => (grant.countries ?? [null]).map((country) => ({ user_id: userId, role: grant.role, country_code: country as string | null })));
  if (rows.length) await db.insertInto('user_roles').values(rows).execute();
}

async function grantsOf(db: Db, userIds: number[]): Promise<Map<number, RoleGrant[]>> {
  const result = new Map<number, RoleGrant[]>();
  if (!userIds.length) return result;
  const rows = await db.selectFrom('user_roles').selectAll().where('user_id', 'in', userIds)
    .orderBy('role').orderBy('country_code').execute();
  for (const row of rows) {
    if (!isRole(row.role)) continue;
    const grants = result.get(row.user_id) ?? [];
    const existing = grants.find((grant) => grant.role === row.role);
    const country = row.country_code?.trim() ?? null;
    if (!existing) grants.push({ role: row.role, countries: country ? [country] : null });
    else if (existing.countries && country) existing.countries.push(country);
    else existing.countries = null;
    result.set(row.user_id, grants);
  }
  return result;
}

function toRecord(row: UserRow, grants: RoleGrant[]): UserRecord {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    grants,
  };
}

export async function listApiTokens(db: Db, userId: number) {
  return db.selectFrom('api_tokens').select(['id', 'name', 'token_prefix', 'created_at', 'last_used_at', 'expires_at', 'revoked_at'])
    .where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
}

export async function findApiTokenByHash(db: Db, tokenHash: string) {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}
