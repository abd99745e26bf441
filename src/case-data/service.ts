import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import type { Database } from '../core/db/schema.ts';
import { notFound, ValidationError, type FieldError } from '../core/errors.ts';
import { insertPersons } from './bulk-load.ts';
import { parseCaseCells, parsePersonCells } from './htcds/parse-row.ts';
import { caseDataPolicy } from './policy.ts';
import type { CaseFields, CellProblem, PersonFields } from './record.ts';
import { PERSON_FIELD_NAMES } from './record.ts';
import { findCase, findCaseByRef, findPerson, type StoredCase, type StoredPerson } from './repository.ts';

/** Form values, named like the HTCDS columns; lists joined with ';'. */
export type CellValues = Record<string, string>;

const today = () => new Date().toISOString().slice(0, 10);
const toFieldErrors = (problems: CellProblem[]): FieldError[] => problems.map((problem) => ({ field: problem.column, message: problem.message, params: problem.params }));
const CASE_KEYS = ['case_ref', 'org_name', 'org_type', 'source', 'status'] as const;

/**
 * What the audit log keeps of a case-level change: which record and which fields changed, and a
 * hash of the values, never the values themselves (the audit log is read by administrators, who
 * may not see case-level data).
 */
function auditSummary(country: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, keys: readonly string[]) {
  const digest = (value: Record<string, unknown> | null) => value ? createHash('sha256').update(canonicalJson(Object.fromEntries(keys.map((key) => [key, value[key] ?? null])))).digest('hex') : null;
  const changed = keys.filter((key) => canonicalJson(before?.[key] ?? null) !== canonicalJson(after?.[key] ?? null));
  return { before: before ? { country, sha256: digest(before) } : undefined, after: after ? { country, sha256: digest(after), changed } : undefined };
}

function readCase(country: string, values: CellValues): CaseFields {
  const problems: CellProblem[] = [];
  const { caseFields } = parseCaseCells({ ...values, ari_RecordingCountry: '' }, 0, { country, today: today() }, problems);
  if (problems.length) throw new ValidationError(toFieldErrors(problems));
  return caseFields;
}

function readPerson(country: string, values: CellValues): PersonFields {
  const problems: CellProblem[] = [];
  const person = parsePersonCells(values, 0, { country, today: today() }, problems);
  if (!person) throw new ValidationError(toFieldErrors(problems));
  return person;
}

export async function createCase(db: Kysely<Database>, actor: Actor, country: string, values: CellValues): Promise<number> {
  authorize(caseDataPolicy, actor, 'caseData.edit', country);
  const fields = readCase(country, values);
  return db.transaction().execute(async (trx) => {
    if (await findCaseByRef(trx, country, fields.case_ref)) throw new ValidationError([{ field: 'ari_CaseId', message: 'case_data.error.case_exists' }]);
    const row = await trx.insertInto('cd_cases').values({ ...fields, country }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, auditActorOf(actor), { action: 'case_data.case_created', entityType: 'cd_case', entityId: row.id, ...auditSummary(country, null, fields as never, CASE_KEYS) });
    return row.id;
  });
}

export async function updateCase(db: Kysely<Database>, actor: Actor, country: string, id: number, values: CellValues): Promise<void> {
  authorize(caseDataPolicy, actor, 'caseData.edit', country);
  const fields = readCase(country, values);
  await db.transaction().execute(async (trx) => {
    const stored = await findCase(trx, country, id);
    if (!stored) throw notFound();
    const other = await findCaseByRef(trx, country, fields.case_ref);
    if (other && other.id !== id) throw new ValidationError([{ field: 'ari_CaseId', message: 'case_data.error.case_exists' }]);
    await trx.updateTable('cd_cases').set({ ...fields, updated_at: new Date() }).where('id', '=', id).execute();
    await recordAudit(trx, auditActorOf(actor), { action: 'case_data.case_updated', entityType: 'cd_case', entityId: id, ...auditSummary(country, stored as never, fields as never, CASE_KEYS) });
  });
}

export async function deleteCase(db: Kysely<Database>, actor: Actor, country: string, id: number): Promise<void> {
  authorize(caseDataPolicy, actor, 'caseData.edit', country);
  await db.transaction().execute(async (trx) => {
    const stored = await findCase(trx, country, id);
    if (!stored) throw notFound();
    await trx.deleteFrom('cd_cases').where('id', '=', id).execute();
    await recordAudit(trx, auditActorOf(actor), { action: 'case_data.case_deleted', entityType: 'cd_case', entityId: id, ...auditSummary(country, stored as never, null, CASE_KEYS) });
  });
}

/** Adds a person (victim or perpetrator) to a case of the country; returns the person's id. */
export async function addPerson(db: Kysely<Database>, actor: Actor, country: string, caseId: number, values: CellValues): Promise<number> {
  authorize(caseDataPolicy, actor, 'caseData.edit', country);
  const person = readPerson(country, values);
  return db.transaction().execute(async (trx) => {
    const stored = await findCase(trx, country, caseId);
    if (!stored) throw notFound();
    await checkPersonRef(trx, caseId, person.person_ref, null);
    await insertPersons(trx, [{ ...person, case_id: caseId, country, sample: false }]);
    const row = await trx.selectFrom('cd_persons').select('id').where('case_id', '=', caseId).where('person_ref', '=', person.person_ref).executeTakeFirstOrThrow();
    await touch(trx, caseId);
    await recordAudit(trx, auditActorOf(actor), { action: 'case_data.person_added', entityType: 'cd_person', entityId: row.id, ...auditSummary(country, null, person as never, PERSON_FIELD_NAMES) });
    return row.id;
  });
}

export async function updatePerson(db: Kysely<Database>, actor: Actor, country: string, caseId: number, personId: number, values: CellValues): Promise<void> {
  authorize(caseDataPolicy, actor, 'caseData.edit', country);
  const person = readPerson(country, values);
  await db.transaction().execute(async (trx) => {
    const before = await storedPerson(trx, country, caseId, personId);
    await checkPersonRef(trx, caseId, person.person_ref, personId);
    await trx.updateTable('cd_persons').set(person).where('id', '=', personId).execute();
    await touch(trx, caseId);
    await recordAudit(trx, auditActorOf(actor), { action: 'case_data.person_updated', entityType: 'cd_person', entityId: personId, ...auditSummary(country, before as never, person as never, PERSON_FIELD_NAMES) });
  });
}

export async function deletePerson(db: Kysely<Database>, actor: Actor, country: string, caseId: number, personId: number): Promise<void> {
  authorize(caseDataPolicy, actor, 'caseData.edit', country);
  await db.transaction().execute(async (trx) => {
    const before = await storedPerson(trx, country, caseId, personId);
    await trx.deleteFrom('cd_persons').where('id', '=', personId).execute();
    await touch(trx, caseId);
    await recordAudit(trx, auditActorOf(actor), { action: 'case_data.person_deleted', entityType: 'cd_person', entityId: personId, ...auditSummary(country, before as never, null, PERSON_FIELD_NAMES) });
  });
}

/** Exports are reads, but of sensitive data: who exported which country's records is kept in the audit log. */
export async function auditExport(db: Kysely<Database>, actor: Actor, country: string, format: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await recordAudit(trx, auditActorOf(actor), { action: 'case_data.export', entityType: 'cd_export', entityId: country, after: { country, format } });
  });
}

async function storedPerson(db: Kysely<Database>, country: string, caseId: number, personId: number): Promise<StoredPerson> {
  const stored: StoredCase | undefined = await findCase(db, country, caseId);
  const person = stored ? await findPerson(db, caseId, personId) : undefined;
  if (!person) throw notFound();
  return person;
}

async function checkPersonRef(db: Kysely<Database>, caseId: number, personRef: string, exceptId: number | null): Promise<void> {
  const other = await db.selectFrom('cd_persons').select('id').where('case_id', '=', caseId).where('person_ref', '=', personRef).executeTakeFirst();
  if (other && other.id !== exceptId) throw new ValidationError([{ field: 'ari_PersonId', message: 'case_data.error.person_exists' }]);
}

async function touch(db: Kysely<Database>, caseId: number): Promise<void> {
  await db.updateTable('cd_cases').set({ updated_at: new Date() }).where('id', '=', caseId).execute();
}
