import { sql, type ExpressionBuilder, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { countriesFor, hasRole, type Actor } from '../core/access/actor.ts';
import type { Database } from '../core/db/schema.ts';

/** Which requests an actor may see: all of them, or those of some countries (as in policy.ts). */
export type Visibility = { all: true } | { all: false; countries: string[] };

export function visibilityOf(actor: Actor): Visibility {
  if (actor.kind === 'system' || hasRole(actor, 'admin')) return { all: true };
  const countries = countriesFor(actor, 'central_authority');
  return countries === null ? { all: true } : { all: false, countries };
}

/**
 * The SQL form of `cooperation.view`, for lists, counts, dashboards and exports: the requests
 * a country requests (drafts included) or is requested (once sent). Nothing for no country.
 */
export function visibleRequests(visibility: Visibility) {
  return (eb: ExpressionBuilder<Database, 'co_requests'>): Expression<SqlBool> => {
    if (visibility.all) return eb.lit(true);
    if (!visibility.countries.length) return eb.lit(false);
    return eb.or([
      eb('co_requests.requesting_country', 'in', visibility.countries),
      eb.and([eb('co_requests.requested_country', 'in', visibility.countries), eb('co_requests.status', '<>', 'drafted')]),
    ]);
  };
}

/**
 * The same rule as raw SQL over any table with the two country columns (and `status`, when
 * drafts can be in it): for the dashboard's summary tables.
 */
export function visibleSql(visibility: Visibility, table: string, options: { hasDrafts: boolean }): RawBuilder<boolean> {
  if (visibility.all) return sql<boolean>`true`;
  if (!visibility.countries.length) return sql<boolean>`false`;
  const countries = sql.join(visibility.countries);
  const requesting = sql.ref(`${table}.requesting_country`);
  const requested = sql.ref(`${table}.requested_country`);
  const sent = options.hasDrafts ? sql`and ${sql.ref(`${table}.status`)} <> 'drafted'` : sql``;
  return sql<boolean>`(${requesting} in (${countries}) or (${requested} in (${countries}) ${sent}))`;
}
