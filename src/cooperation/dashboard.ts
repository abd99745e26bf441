import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { visibleRequests, visibleSql, type Visibility } from './visibility.ts';
import { DUE_SOON_DAYS, OPEN_STATUSES, STATUSES, type RequestStatus } from './vocabulary.ts';

export interface Corridor {
  requestingCountry: string;
  requestedCountry: string;
  open: number;
  overdue: number;
  answered: number;
  /** Median days from sent to answered (executed or refused) over the corridor's answered requests. */
  medianDaysToAnswer: number | null;
}

export interface DeadlineItem { id: number; subject: string; kind: string; status: string; requestingCountry: string; requestedCountry: string; dueOn: string; sample: boolean }

export interface Dashboard {
  today: string;
  byStatus: Record<RequestStatus, number>;
  answered: number;
  medianDaysToAnswer: number | null;
  corridors: Corridor[];
  overdueCount: number;
  overdue: DeadlineItem[];
  dueSoonCount: number;
  dueSoon: DeadlineItem[];
}

const LIST_LIMIT = 20;
// Literals, not parameters, so that the planner can match the partial indexes' predicate.
const open = sql.join(OPEN_STATUSES.map((status) => sql.lit(status)));
const key = (from: string | null, to: string | null) => `${from ?? ''}>${to ?? ''}`;

/** Requests per corridor and status (grouping sets: per corridor, and the total row with null countries). */
function statusCounts(db: Kysely<Database>, visibility: Visibility) {
  return sql<{ requesting_country: string | null; requested_country: string | null; status: string; requests: number }>`
    select requesting_country, requested_country, status, sum(requests)::int as requests
    from co_corridor_status s
    where requests > 0 and ${visibleSql(visibility, 's', { hasDrafts: true })}
    group by grouping sets ((requesting_country, requested_country, status), (status))`.execute(db);
}

/**
 * Rows of the visible requests (or summary rows) that are never drafts: everything, or, for some
 * countries, those they request plus those they are requested and do not request themselves,
 * so that each part is read through an index that starts with its country column (0061, 0062).
 */
function visibleParts(visibility: Visibility, part: (condition: RawBuilder<boolean>) => RawBuilder<unknown>): RawBuilder<unknown> {
  if (visibility.all) return part(sql<boolean>`true`);
  if (!visibility.countries.length) return part(sql<boolean>`false`);
  const countries = sql.join(visibility.countries);
  return sql`${part(sql<boolean>`requesting_country in (${countries})`)}
    union all ${part(sql<boolean>`requested_country in (${countries}) and requesting_country not in (${countries})`)}`;
}

/** The median of days from sent to answered per corridor, over the visible answered requests. */
function corridorMedians(db: Kysely<Database>, visibility: Visibility) {
  const answered = visibleParts(visibility, (condition) => sql`
    select requesting_country, requested_country, answered_on - sent_on as days from co_requests
    where answered_on is not null and sent_on is not null and ${condition}`);
  return sql<{ requesting_country: string; requested_country: string; answered: number; median: number }>`
    select requesting_country, requested_country, count(*)::int as answered, percentile_cont(0.5) within group (order by days) as median
    from (${answered}) answered group by requesting_country, requested_country`.execute(db);
}

/**
 * The median over every visible answered request, from the exact histogram of days: the mean of
 * the values at ranks floor((n+1)/2) and floor(n/2)+1, which is what percentile_cont(0.5) gives
 * over the requests themselves (a test compares the two).
 */
function overallMedian(db: Kysely<Database>, visibility: Visibility) {
  const days = visibleParts(visibility, (condition) => sql`select days, requests from co_answer_days where requests > 0 and ${condition}`);
  return sql<{ answered: number; median: number }>`
    with histogram as (
      select days, sum(requests) as n from (${days}) visible group by days
    ), ranked as (
      select days, sum(n) over (order by days rows unbounded preceding) as through, sum(n) over () as total from histogram
    )
    select total::int as answered,
      ((min(days) filter (where through >= floor((total + 1) / 2.0)) + min(days) filter (where through >= floor(total / 2.0) + 1)) / 2.0)::float8 as median
    from ranked group by total`.execute(db);
}

/** Overdue and soon-due open requests per corridor and overall, read through the open-deadline indexes. */
function deadlineCounts(db: Kysely<Database>, visibility: Visibility, today: string) {
  const due = visibleParts(visibility, (condition) => sql`
    select requesting_country, requested_country, due_on from co_requests
    where status in (${open}) and due_on <= ${today}::date + ${DUE_SOON_DAYS}::int and ${condition}`);
  return sql<{ requesting_country: string | null; requested_country: string | null; overdue: number; due_soon: number }>`
    select requesting_country, requested_country,
      count(*) filter (where due_on < ${today}::date)::int as overdue,
      count(*) filter (where due_on >= ${today}::date)::int as due_soon
    from (${due}) due
    group by grouping sets ((requesting_country, requested_country), ())`.execute(db);
}

/**
 * The dashboard of the requests the visibility allows, counted by PostgreSQL: open requests per
 * corridor (requesting -> requested country), the median time to answer, overdue requests and
 * those due within DUE_SOON_DAYS. `today` is passed in so that every figure refers to one day.
 * Counts per status and the overall answer times come from the summary tables kept by triggers
 * (migration 0061); medians per corridor and deadlines (which depend on the day) from the
 * requests, through indexes that hold what they need.
 * Open and answered requests are never drafts, so only the status counts need the draft rule.
 */
export async function dashboardFor(db: Kysely<Database>, visibility: Visibility, today: string): Promise<Dashboard> {
  const deadlineList = (which: 'overdue' | 'due_soon') => db.selectFrom('co_requests')
    .select(['id', 'subject', 'kind', 'status', 'requesting_country', 'requested_country', 'due_on', 'sample'])
    .where(visibleRequests(visibility)).where('status', 'in', OPEN_STATUSES)
    .where(which === 'overdue' ? sql<boolean>`due_on < ${today}::date` : sql<boolean>`due_on >= ${today}::date and due_on <= ${today}::date + ${DUE_SOON_DAYS}::int`)
    .orderBy('due_on').orderBy('id').limit(LIST_LIMIT).execute();
  // Independent queries: on PostgreSQL they run on separate connections at once; PGlite takes them in turn.
  const [statuses, medians, overallRows, deadlines, overdueRows, dueSoonRows] = await Promise.all([
    statusCounts(db, visibility), corridorMedians(db, visibility), overallMedian(db, visibility), deadlineCounts(db, visibility, today),
    deadlineList('overdue'), deadlineList('due_soon'),
  ]);
  const overallRow = overallRows.rows[0];
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<RequestStatus, number>;
  const corridors = new Map<string, Corridor>();
  const corridor = (from: string, to: string) => {
    const found = corridors.get(key(from, to));
    if (found) return found;
    const created: Corridor = { requestingCountry: from, requestedCountry: to, open: 0, overdue: 0, answered: 0, medianDaysToAnswer: null };
    corridors.set(key(from, to), created);
    return created;
  };
  for (const row of statuses.rows) {
    if (row.requesting_country === null || row.requested_country === null) byStatus[row.status as RequestStatus] = Number(row.requests);
    else if ((OPEN_STATUSES as readonly string[]).includes(row.status)) corridor(row.requesting_country, row.requested_country).open += Number(row.requests);
  }
  for (const row of medians.rows) {
    Object.assign(corridor(row.requesting_country, row.requested_country), { answered: Number(row.answered), medianDaysToAnswer: Number(row.median) });
  }
  const overall = overallRow ? { answered: Number(overallRow.answered), median: Number(overallRow.median) } : { answered: 0, median: null };
  let overdueCount = 0;
  let dueSoonCount = 0;
  for (const row of deadlines.rows) {
    if (row.requesting_country === null || row.requested_country === null) [overdueCount, dueSoonCount] = [Number(row.overdue), Number(row.due_soon)];
    else corridor(row.requesting_country, row.requested_country).overdue = Number(row.overdue);
  }

  const asItems = (rows: typeof overdueRows): DeadlineItem[] => rows.map((row) => ({
    id: row.id, subject: row.subject, kind: row.kind, status: row.status, requestingCountry: row.requesting_country,
    requestedCountry: row.requested_country, dueOn: row.due_on as string, sample: row.sample,
  }));

  return {
    today,
    byStatus,
    answered: overall.answered,
    medianDaysToAnswer: overall.median,
    corridors: [...corridors.values()].sort((a, b) => b.open - a.open || a.requestingCountry.localeCompare(b.requestingCountry) || a.requestedCountry.localeCompare(b.requestedCountry)),
    overdueCount,
    overdue: asItems(overdueRows),
    dueSoonCount,
    dueSoon: asItems(dueSoonRows),
  };
}
