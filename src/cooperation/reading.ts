import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { parseInput } from '../core/validation.ts';
import { cooperationPolicy } from './policy.ts';
import { filteredRequests, listRequests, LIST_PAGE_SIZE } from './repository.ts';
import { listFilters, type ListFilters } from './schemas.ts';
import { dashboardFor } from './dashboard.ts';
import { visibilityOf } from './visibility.ts';
import { auditListRead, ownCountries } from './service.ts';
import { todayUtc } from './dates.ts';

/** At most this many requests in one export; a larger selection is refused with the count. */
export const MAX_EXPORT_ROWS = 100_000;

/** The filters from a query string; unknown values are validation errors naming the parameter. */
export function parseFilters(query: Record<string, string | undefined>): ListFilters {
  return parseInput(listFilters, query);
}

/** One page of the requests the actor may see; which ones were shown is audited. */
export async function listVisible(db: Kysely<Database>, actor: Actor, filters: ListFilters, today = todayUtc()) {
  authorize(cooperationPolicy, actor, 'cooperation.use');
  const result = await listRequests(db, visibilityOf(actor), filters, today, ownCountries(actor));
  await auditListRead(db, actor, 'cooperation.list', { filters, total: result.total, ids: result.rows.map((row) => row.id) });
  return { ...result, pageSize: LIST_PAGE_SIZE };
}

/** The dashboard over the requests the actor may see; audited with the figures it showed. */
export async function dashboardVisible(db: Kysely<Database>, actor: Actor, today = todayUtc()) {
  authorize(cooperationPolicy, actor, 'cooperation.use');
  const dashboard = await dashboardFor(db, visibilityOf(actor), today);
  await auditListRead(db, actor, 'cooperation.dashboard', {
    corridors: dashboard.corridors.length, overdue: dashboard.overdue.map((item) => item.id), dueSoon: dashboard.dueSoon.map((item) => item.id),
  });
  return dashboard;
}

/** Every request the actor may see that matches the filters, for an export; the ids exported are audited. */
export async function exportVisible(db: Kysely<Database>, actor: Actor, filters: ListFilters, format: string, today = todayUtc()) {
  authorize(cooperationPolicy, actor, 'cooperation.use');
  const rows = await filteredRequests(db, visibilityOf(actor), filters, today, ownCountries(actor))
    .selectAll().orderBy('id').limit(MAX_EXPORT_ROWS).execute();
  await auditListRead(db, actor, 'cooperation.export', { format, filters, total: rows.length, ids: rows.map((row) => row.id) });
  return rows;
}
