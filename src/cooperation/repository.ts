import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { CoRequestsTable } from './tables.ts';
import type { ListFilters, RequestInput } from './schemas.ts';
import { visibleRequests, type Visibility } from './visibility.ts';
import { CLOSED_STATUSES, DUE_SOON_DAYS, OPEN_STATUSES } from './vocabulary.ts';

export type RequestRow = Selectable<CoRequestsTable>;
type Db = Kysely<Database> | Transaction<Database>;

export const LIST_PAGE_SIZE = 50;

/** The request's columns from what was entered. */
export function columnsOf(input: RequestInput) {
  return {
    kind: input.kind,
    requesting_country: input.requestingCountry,
    requesting_authority: input.requestingAuthority,
    requested_country: input.requestedCountry,
    requested_authority: input.requestedAuthority,
    legal_basis: input.legalBasis,
    legal_basis_detail: input.legalBasisDetail ?? null,
    case_reference: input.caseReference ?? null,
    knowledge_record_id: input.knowledgeRecordId ?? null,
    crime_type: input.crimeType,
    subject: input.subject,
    due_on: input.dueOn ?? null,
    contact_role: input.contactRole ?? null,
    contact_name: input.contactName ?? null,
    contact_email: input.contactEmail ?? null,
  };
}

export function getRequest(db: Db, id: number): Promise<RequestRow | undefined> {
  if (!Number.isSafeInteger(id) || id < 1) return Promise.resolve(undefined);
  return db.selectFrom('co_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the row for a change, so that two status changes cannot both start from the same status. */
export function getRequestForUpdate(trx: Transaction<Database>, id: number): Promise<RequestRow | undefined> {
  if (!Number.isSafeInteger(id) || id < 1) return Promise.resolve(undefined);
  return trx.selectFrom('co_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The days after `today` (YYYY-MM-DD) as a date, computed by PostgreSQL. */
const daysAfter = (today: string, days: number) => sql<string>`(${today}::date + ${days}::int)`;

/** The requests the visibility allows that match the filters, as a query to count, page or export. */
export function filteredRequests(db: Db, visibility: Visibility, filters: ListFilters, today: string, ownCountries: string[]) {
  let query = db.selectFrom('co_requests').where(visibleRequests(visibility));
  if (filters.status === 'open') query = query.where('status', 'in', OPEN_STATUSES);
  else if (filters.status === 'closed') query = query.where('status', 'in', CLOSED_STATUSES);
  else if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.kind) query = query.where('kind', '=', filters.kind);
  if (filters.crimeType) query = query.where('crime_type', '=', filters.crimeType);
  if (filters.country) {
    const country = filters.country;
    query = query.where((eb) => eb.or([eb('requesting_country', '=', country), eb('requested_country', '=', country)]));
  }
  if (filters.from) query = query.where('requesting_country', '=', filters.from);
  if (filters.to) query = query.where('requested_country', '=', filters.to);
  const reference = filters.country ? [filters.country] : ownCountries;
  if (filters.direction && reference.length) {
    query = query.where(filters.direction === 'outgoing' ? 'requesting_country' : 'requested_country', 'in', reference);
  }
  if (filters.deadline) {
    query = query.where('status', 'in', OPEN_STATUSES).where('due_on', 'is not', null);
    query = filters.deadline === 'overdue'
      ? query.where('due_on', '<', today)
      : query.where('due_on', '>=', today).where(sql<boolean>`due_on <= ${daysAfter(today, DUE_SOON_DAYS)}`);
  }
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query = query.where((eb) => eb.or([
      eb('subject', 'ilike', pattern), eb('case_reference', 'ilike', pattern),
      eb('requesting_authority', 'ilike', pattern), eb('requested_authority', 'ilike', pattern),
    ]));
  }
  return query;
}

export async function listRequests(db: Db, visibility: Visibility, filters: ListFilters, today: string, ownCountries: string[]) {
  const base = filteredRequests(db, visibility, filters, today, ownCountries);
  const page = filters.page ?? 1;
  const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await base.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc')
    .limit(LIST_PAGE_SIZE).offset((page - 1) * LIST_PAGE_SIZE).execute();
  return { total: Number(total), page, rows };
}

export function requestEvents(db: Db, requestId: number) {
  return db.selectFrom('co_request_events').selectAll().where('request_id', '=', requestId).orderBy('id').execute();
}

export function requestDocuments(db: Db, requestId: number) {
  return db.selectFrom('co_documents')
    .select(['id', 'request_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'description', 'uploaded_by_label', 'uploaded_at'])
    .where('request_id', '=', requestId).orderBy('id').execute();
}
export type DocumentInfo = Awaited<ReturnType<typeof requestDocuments>>[number];

export async function addEvent(trx: Transaction<Database>, event: {
  requestId: number; kind: 'created' | 'status' | 'edited' | 'document'; fromStatus?: string | null; toStatus?: string | null;
  onDate?: string | null; note?: string | null; details?: unknown; actorUserId: number | null; actorLabel: string;
}) {
  await trx.insertInto('co_request_events').values({
    request_id: event.requestId, kind: event.kind, from_status: event.fromStatus ?? null, to_status: event.toStatus ?? null,
    on_date: event.onDate ?? null, note: event.note ?? null, details: event.details === undefined ? null : JSON.stringify(event.details),
    actor_user_id: event.actorUserId, actor_label: event.actorLabel,
  }).execute();
}

/** The knowledge-portal record a request may link to: a case record that exists. */
export async function isKnowledgeCase(db: Db, id: number): Promise<boolean> {
  const row = await db.selectFrom('kn_records').select('kind').where('id', '=', id).executeTakeFirst();
  return row?.kind === 'case';
}
