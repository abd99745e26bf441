import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { visibleRequests, type Visibility } from './visibility.ts';
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
const days = sql<number>`(answered_on - sent_on)`;
const answered = sql<boolean>`(answered_on is not null and sent_on is not null)`;
const openStatus = sql<boolean>`(status in (${sql.join(OPEN_STATUSES)}))`;

/**
 * The dashboard of the requests the visibility allows, counted by PostgreSQL: open requests per
 * corridor (requesting -> requested country), the median time to answer, overdue requests and
 * those due within DUE_SOON_DAYS. `today` is passed in so that every figure refers to one day.
 */
export async function dashboardFor(db: Kysely<Database>, visibility: Visibility, today: string): Promise<Dashboard> {
  const visible = () => db.selectFrom('co_requests').where(visibleRequests(visibility));
  const overdue = sql<boolean>`(${openStatus} and due_on < ${today}::date)`;
  const dueSoon = sql<boolean>`(${openStatus} and due_on >= ${today}::date and due_on <= ${today}::date + ${DUE_SOON_DAYS}::int)`;

  const totals = await visible().select([
    ...STATUSES.map((status) => sql<number>`count(*) filter (where status = ${status})`.as(status)),
    sql<number>`count(*) filter (where ${answered})`.as('answered'),
    sql<number | null>`percentile_cont(0.5) within group (order by ${days}) filter (where ${answered})`.as('median'),
    sql<number>`count(*) filter (where ${overdue})`.as('overdue'),
    sql<number>`count(*) filter (where ${dueSoon})`.as('due_soon'),
  ]).executeTakeFirstOrThrow();

  const corridors = await visible().select([
    'requesting_country', 'requested_country',
    sql<number>`count(*) filter (where ${openStatus})`.as('open'),
    sql<number>`count(*) filter (where ${overdue})`.as('overdue'),
    sql<number>`count(*) filter (where ${answered})`.as('answered'),
    sql<number | null>`percentile_cont(0.5) within group (order by ${days}) filter (where ${answered})`.as('median'),
  ]).groupBy(['requesting_country', 'requested_country'])
    .having(sql<boolean>`count(*) filter (where ${openStatus} or ${answered}) > 0`)
    .orderBy('open', 'desc').orderBy('requesting_country').orderBy('requested_country').execute();

  const deadlineList = (condition: typeof overdue) => visible()
    .select(['id', 'subject', 'kind', 'status', 'requesting_country', 'requested_country', 'due_on', 'sample'])
    .where(condition).orderBy('due_on').orderBy('id').limit(LIST_LIMIT).execute();
  const asItems = (rows: Awaited<ReturnType<typeof deadlineList>>): DeadlineItem[] => rows.map((row) => ({
    id: row.id, subject: row.subject, kind: row.kind, status: row.status, requestingCountry: row.requesting_country,
    requestedCountry: row.requested_country, dueOn: row.due_on as string, sample: row.sample,
  }));

  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, Number(totals[status])])) as Record<RequestStatus, number>;
  return {
    today,
    byStatus,
    answered: Number(totals.answered),
    medianDaysToAnswer: totals.median === null ? null : Number(totals.median),
    corridors: corridors.map((row) => ({
      requestingCountry: row.requesting_country, requestedCountry: row.requested_country,
      open: Number(row.open), overdue: Number(row.overdue), answered: Number(row.answered),
      medianDaysToAnswer: row.median === null ? null : Number(row.median),
    })),
    overdueCount: Number(totals.overdue),
    overdue: asItems(await deadlineList(overdue)),
    dueSoonCount: Number(totals.due_soon),
    dueSoon: asItems(await deadlineList(dueSoon)),
  };
}
