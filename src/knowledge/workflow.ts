import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { AppError, notFound, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { knowledgePolicy } from './policy.ts';
import { resolveReferences } from './references.ts';
import {
  appendVersions, findRecordIdsByExternalId, getRecordState, getVersion, insertRecords, listVersions, lockRecordState, publishVersions, replaceLinks, setStatus, unpublish,
  type RecordState,
} from './repository.ts';
import { INPUT_SCHEMAS, type Kind, type RecordData } from './schemas.ts';

type Db = Kysely<Database>;

export function parseRecord(kind: Kind, input: unknown): RecordData {
  return parseInput(INPUT_SCHEMAS[kind], input) as RecordData;
}

async function checkReferences(db: Db, kind: Kind, data: RecordData, id?: number) {
  const { errors } = await resolveReferences(db, [{ kind, data, id }]);
  const fields = errors.get(0);
  if (fields?.length) throw new ValidationError(fields);
}

const entityType = (kind: Kind) => `knowledge.${kind}`;

/** An editor creates a draft; returns its id. */
export async function createRecord(db: Db, actor: Actor, kind: Kind, input: unknown, note?: string): Promise<number> {
  authorize(knowledgePolicy, actor, 'knowledge.edit');
  const data = parseRecord(kind, input);
  await checkReferences(db, kind, data);
  const externalId = (data as { externalId?: string }).externalId ?? null;
  return db.transaction().execute(async (trx) => {
    if (externalId) await refuseTakenExternalId(trx, kind, externalId);
    const [id] = await insertRecords(trx, [{ kind, externalId, data, sample: data.sample, note: note ?? null }], auditActorOf(actor));
    await recordAudit(trx, auditActorOf(actor), { action: 'knowledge.create', entityType: entityType(kind), entityId: id, after: { version: 1, data } });
    return id;
  });
}

/** An editor saves a new version; a published record stays public as it was until the new version is published. */
export async function saveRecord(db: Db, actor: Actor, id: number, input: unknown, note?: string): Promise<void> {
  authorize(knowledgePolicy, actor, 'knowledge.edit');
  const state = await requireState(db, id);
  const data = parseRecord(state.kind, input);
  await checkReferences(db, state.kind, data, id);
  await db.transaction().execute(async (trx) => {
    const current = (await lockRecordState(trx, id))!;
    const previous = await getVersion(trx, id, current.latestVersion);
    const version = current.latestVersion + 1;
    const externalId = (data as { externalId?: string }).externalId;
    if (externalId && externalId !== current.externalId) {
      await refuseTakenExternalId(trx, current.kind, externalId);
      await trx.updateTable('kn_records').set({ external_id: externalId }).where('id', '=', id).execute();
    }
    await appendVersions(trx, [{ id, version, data, note: note ?? null, sample: data.sample }], auditActorOf(actor));
    await recordAudit(trx, auditActorOf(actor), {
      action: 'knowledge.save', entityType: entityType(current.kind), entityId: id,
      before: { version: current.latestVersion, status: current.status, data: previous?.data }, after: { version, status: 'draft', data },
    });
  });
}

export async function submitRecord(db: Db, actor: Actor, id: number): Promise<void> {
  authorize(knowledgePolicy, actor, 'knowledge.submit');
  await transition(db, actor, id, ['draft', 'returned'], 'submitted', 'knowledge.submit');
}

export async function returnRecord(db: Db, actor: Actor, id: number, comment: string): Promise<void> {
  authorize(knowledgePolicy, actor, 'knowledge.return');
  const text = comment.trim();
  if (!text) throw new ValidationError([{ field: 'comment', message: 'error.required' }]);
  await transition(db, actor, id, ['submitted'], 'returned', 'knowledge.return', text.slice(0, 5000));
}

/** A reviewer publishes the submitted version: it becomes the public one, in search at once. */
export async function publishRecord(db: Db, actor: Actor, id: number): Promise<void> {
  authorize(knowledgePolicy, actor, 'knowledge.publish');
  await db.transaction().execute(async (trx) => {
    const state = await lockRecordState(trx, id);
    if (!state) throw notFound();
    if (state.status !== 'submitted') throw wrongStatus(state.status);
    const version = await getVersion(trx, id, state.latestVersion);
    const data = version!.data as RecordData;
    const { errors, links } = await resolveReferences(trx, [{ kind: state.kind, data, id }]);
    if (errors.get(0)?.length) throw new ValidationError(errors.get(0)!);
    await publishVersions(trx, [{ id, kind: state.kind, version: state.latestVersion, data, firstPublishedAt: state.firstPublishedAt }]);
    await replaceLinks(trx, (links.get(0) ?? []).map((link) => ({ from: id, ...link })), [id]);
    await recordAudit(trx, auditActorOf(actor), {
      action: 'knowledge.publish', entityType: entityType(state.kind), entityId: id,
      before: { status: state.status, publishedVersion: state.publishedVersion }, after: { status: 'published', publishedVersion: state.latestVersion },
    });
  });
}

/** Takes a record off the public portal (it stays, as a draft, with all its versions). */
export async function unpublishRecord(db: Db, actor: Actor, id: number): Promise<void> {
  authorize(knowledgePolicy, actor, 'knowledge.unpublish');
  await db.transaction().execute(async (trx) => {
    const state = await lockRecordState(trx, id);
    if (!state) throw notFound();
    if (state.publishedVersion === null) throw wrongStatus(state.status);
    await unpublish(trx, id);
    await recordAudit(trx, auditActorOf(actor), {
      action: 'knowledge.unpublish', entityType: entityType(state.kind), entityId: id,
      before: { status: state.status, publishedVersion: state.publishedVersion }, after: { status: 'draft', publishedVersion: null },
    });
  });
}

async function transition(db: Db, actor: Actor, id: number, from: string[], to: 'submitted' | 'returned', action: string, comment: string | null = null) {
  await db.transaction().execute(async (trx) => {
    const state = await lockRecordState(trx, id);
    if (!state) throw notFound();
    if (!from.includes(state.status)) throw wrongStatus(state.status);
    await setStatus(trx, id, to, comment);
    await recordAudit(trx, auditActorOf(actor), {
      action, entityType: entityType(state.kind), entityId: id,
      before: { status: state.status, version: state.latestVersion }, after: { status: to, version: state.latestVersion, ...(comment ? { comment } : {}) },
    });
  });
}

/** The editorial view of a record: its state, the latest version's data and the version list. */
export async function readForEditing(db: Db, actor: Actor, id: number, version?: number) {
  authorize(knowledgePolicy, actor, 'knowledge.viewDrafts');
  const state = await requireState(db, id);
  const row = await getVersion(db, id, version ?? state.latestVersion);
  if (!row) throw notFound();
  return { state, version: row.version, data: row.data as RecordData, versions: await listVersions(db, id) };
}

async function requireState(db: Db, id: number): Promise<RecordState> {
  const state = Number.isSafeInteger(id) ? await getRecordState(db, id) : undefined;
  if (!state) throw notFound();
  return state;
}

function wrongStatus(status: string) {
  return new AppError('wrong_status', 409, 'error.wrong_status', { status });
}

/**
 * An editor may not give a record a number another record of its kind has. (Imports may: sources
 * such as SHERLOC publish one number for two different cases, and both are kept; see import-rows.ts.)
 */
async function refuseTakenExternalId(trx: Db, kind: Kind, externalId: string): Promise<void> {
  const taken = await findRecordIdsByExternalId(trx, kind, [externalId]);
  if (taken.size) throw new ValidationError([{ field: 'externalId', message: 'error.external_id_taken' }]);
}
