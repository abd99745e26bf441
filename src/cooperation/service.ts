import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, countriesFor, hasRoleFor, type Actor } from '../core/access/actor.ts';
import { allows, authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { AppError, notFound, ValidationError, type FieldError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { cooperationPolicy, sidesOf } from './policy.ts';
import { parseRequestInput, statusChangeInput, type RequestInput } from './schemas.ts';
import { addEvent, columnsOf, getRequest, getRequestForUpdate, isKnowledgeCase, requestDocuments, requestEvents, type RequestRow } from './repository.ts';
import { changedFields, requestJson } from './presenters.ts';
import { findTransition, transitionsFor } from './transitions.ts';
import { todayUtc } from './dates.ts';

export const ENTITY = 'cooperation.request';

const who = (actor: Actor) => ({ actorUserId: actor.kind === 'user' ? actor.id : null, actorLabel: auditActorOf(actor).label });

/** The request if the actor may see it; otherwise not found, so that its existence does not leak. */
export async function visibleRequest(db: Kysely<Database> | Transaction<Database>, actor: Actor, id: number, lock = false): Promise<RequestRow> {
  authorize(cooperationPolicy, actor, 'cooperation.use');
  const row = lock && db.isTransaction ? await getRequestForUpdate(db as Transaction<Database>, id) : await getRequest(db, id);
  if (!row || !allows(cooperationPolicy, actor, 'cooperation.view', row)) throw notFound();
  return row;
}

/** Checks what the schema cannot: the actor speaks for the requesting country; the linked case exists. */
async function checkInput(db: Kysely<Database> | Transaction<Database>, actor: Actor, input: RequestInput): Promise<void> {
  const problems: FieldError[] = [];
  if (!hasRoleFor(actor, 'central_authority', input.requestingCountry) && actor.kind !== 'system') {
    problems.push({ field: 'requestingCountry', message: 'cooperation.error.not_your_country', params: { country: input.requestingCountry } });
  }
  if (input.knowledgeRecordId !== undefined && !(await isKnowledgeCase(db, input.knowledgeRecordId))) {
    problems.push({ field: 'knowledgeRecordId', message: 'cooperation.error.no_such_case', params: { id: input.knowledgeRecordId } });
  }
  if (problems.length) throw new ValidationError(problems);
}

/** Drafts a request for one of the actor's countries. */
export async function createRequest(db: Kysely<Database>, actor: Actor, raw: unknown, options: { sample?: boolean } = {}): Promise<number> {
  authorize(cooperationPolicy, actor, 'cooperation.create');
  const input = parseRequestInput(raw);
  await checkInput(db, actor, input);
  return db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('co_requests')
      .values({ ...columnsOf(input), sample: options.sample ?? false, created_by: actor.kind === 'user' ? actor.id : null })
      .returningAll().executeTakeFirstOrThrow();
    await addEvent(trx, { requestId: row.id, kind: 'created', toStatus: row.status, ...who(actor) });
    await recordAudit(trx, auditActorOf(actor), { action: 'cooperation.create', entityType: ENTITY, entityId: row.id, after: requestJson(row) });
    return row.id;
  });
}

/** Edits a request: the requesting side, until it is answered; the countries only while it is a draft. */
export async function updateRequest(db: Kysely<Database>, actor: Actor, id: number, raw: unknown): Promise<void> {
  const input = parseRequestInput(raw);
  await db.transaction().execute(async (trx) => {
    const before = await visibleRequest(trx, actor, id, true);
    authorize(cooperationPolicy, actor, 'cooperation.edit', before);
    await checkInput(trx, actor, input);
    if (before.status !== 'drafted' && (input.requestingCountry !== before.requesting_country || input.requestedCountry !== before.requested_country)) {
      throw new ValidationError([{ field: 'requestedCountry', message: 'cooperation.error.countries_fixed' }]);
    }
    const after = await trx.updateTable('co_requests').set({ ...columnsOf(input), updated_at: new Date() })
      .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    const fields = changedFields(requestJson(before), requestJson(after));
    if (!fields.length) return;
    await addEvent(trx, { requestId: id, kind: 'edited', details: { fields }, ...who(actor) });
    await recordAudit(trx, auditActorOf(actor), { action: 'cooperation.update', entityType: ENTITY, entityId: id, before: requestJson(before), after: requestJson(after) });
  });
}

/**
 * Moves a request to its next status, for the side allowed to, recording the day it happened.
 * Dates cannot be in the future, nor before the request was sent or received.
 */
export async function changeStatus(db: Kysely<Database>, actor: Actor, id: number, raw: unknown, today = todayUtc()): Promise<void> {
  const input = parseInput(statusChangeInput, raw);
  await db.transaction().execute(async (trx) => {
    const before = await visibleRequest(trx, actor, id, true);
    const transition = findTransition(before.status, input.to);
    if (!transition) throw new AppError('invalid_transition', 409, 'cooperation.error.transition_not_allowed', { from: before.status, to: input.to });
    authorize(cooperationPolicy, actor, 'cooperation.transition', { request: before, to: input.to });
    const onDate = input.onDate ?? today;
    const problems: FieldError[] = [];
    if (onDate > today) problems.push({ field: 'onDate', message: 'cooperation.error.future_date' });
    const earliest = [before.sent_on, before.received_on].filter((date): date is string => !!date).sort().pop();
    if (transition.to !== 'sent' && earliest && onDate < earliest) {
      problems.push({ field: 'onDate', message: 'cooperation.error.date_before', params: { date: earliest } });
    }
    if (transition.needsNote && !input.note) problems.push({ field: 'note', message: 'cooperation.error.note_required' });
    if (problems.length) throw new ValidationError(problems);
    const after = await trx.updateTable('co_requests')
      .set({ status: transition.to, updated_at: new Date(), ...(transition.sets ? { [transition.sets]: onDate } : {}) })
      .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await addEvent(trx, { requestId: id, kind: 'status', fromStatus: before.status, toStatus: after.status, onDate, note: input.note, ...who(actor) });
    await recordAudit(trx, auditActorOf(actor), {
      action: 'cooperation.status', entityType: ENTITY, entityId: id,
      before: { status: before.status }, after: { status: after.status, onDate, note: input.note ?? null },
    });
  });
}

/** A request with its history and documents, for someone who may see it; the reading is audited. */
export async function readRequest(db: Kysely<Database>, actor: Actor, id: number, via: 'page' | 'api') {
  return db.transaction().execute(async (trx) => {
    const request = await visibleRequest(trx, actor, id);
    const [events, documents] = [await requestEvents(trx, id), await requestDocuments(trx, id)];
    await recordAudit(trx, auditActorOf(actor), { action: 'cooperation.view', entityType: ENTITY, entityId: id, after: { via } });
    const sides = sidesOf(actor, request);
    return {
      request, events, documents, sides,
      transitions: transitionsFor(request.status, sides),
      canEdit: allows(cooperationPolicy, actor, 'cooperation.edit', request),
      canAttach: allows(cooperationPolicy, actor, 'cooperation.attach', request),
    };
  });
}

/** The request for its edit form; showing it is a reading too, so it is audited. */
export async function readForEditing(db: Kysely<Database>, actor: Actor, id: number): Promise<RequestRow> {
  return db.transaction().execute(async (trx) => {
    const request = await visibleRequest(trx, actor, id);
    authorize(cooperationPolicy, actor, 'cooperation.edit', request);
    await recordAudit(trx, auditActorOf(actor), { action: 'cooperation.view', entityType: ENTITY, entityId: id, after: { via: 'edit_form' } });
    return request;
  });
}

/** The countries the actor can send requests for (their central authority grants). */
export function ownCountries(actor: Actor): string[] {
  return countriesFor(actor, 'central_authority') ?? [];
}

/** Records that the actor read a list, dashboard or export of requests (which ones, and with what filters). */
export async function auditListRead(db: Kysely<Database>, actor: Actor, action: string, after: unknown): Promise<void> {
  await db.transaction().execute((trx) => recordAudit(trx, auditActorOf(actor), { action, entityType: ENTITY, entityId: null, after }));
}
