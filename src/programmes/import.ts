import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAuditBatch } from '../core/audit/audit-log.ts';
import { AppError, type FieldError } from '../core/errors.ts';
import { zodIssueToFieldError } from '../core/validation.ts';
import { readTable, tableFormatOf } from '../core/files/read-table.ts';
import { ImportRejected, type ImportProblem } from '../core/files/import-problems.ts';
import { CellError, columnOfField, rowToInput, type ImportKind } from './columns.ts';
import { programmesPolicy } from './policy.ts';
import { INSTITUTION_TYPES } from './vocabulary.ts';
import { activitySchema, outcomeSchema, participantSchema, type ActivityData, type OutcomeData, type ParticipantData } from './schemas.ts';
import { activityReferenceErrors, activityRow, loadReferences, outcomeReferenceErrors, outcomeRow, institutionColumn, replaceParticipantLists, syncActivityCountries, syncOutcomeProgrammes, type References } from './store.ts';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The whole file is refused: nothing was written; the error lists every bad row and field. */
const rejected = (problems: ImportProblem[]) => new ImportRejected(problems, { message: 'programmes.error.import_rejected' });

export interface ImportReport { kind: ImportKind; created: number; updated: number; rows: number }

const SCHEMAS = { activities: activitySchema, participants: participantSchema, outcomes: outcomeSchema };
type Parsed<K extends ImportKind> = { row: number; data: K extends 'activities' ? ActivityData : K extends 'outcomes' ? OutcomeData : ParticipantData };

/** Reads and validates every row of the file, or refuses it listing every problem. */
async function parseFile<K extends ImportKind>(kind: K, bytes: Uint8Array, filename: string): Promise<Parsed<K>[]> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new AppError('payload_too_large', 413, 'programmes.error.file_too_large', { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  const format = tableFormatOf(filename);
  if (format !== 'csv' && format !== 'xlsx') throw new AppError('unsupported_format', 422, 'programmes.error.unsupported_format', { name: filename });
  const table = await readTable(bytes, format);
  if (!table.rows.length) throw new AppError('file_unreadable', 422, 'programmes.error.file_empty');
  const problems: ImportProblem[] = [];
  const rows: Parsed<K>[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber, values } of table.rows) {
    let input: Record<string, unknown>;
    try {
      input = rowToInput(kind, values);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ row: rowNumber, column: error.column, message: error.message });
      continue;
    }
    const result = SCHEMAS[kind].safeParse(input);
    if (!result.success) {
      for (const field of result.error.issues.map(zodIssueToFieldError)) problems.push({ row: rowNumber, column: columnOfField(kind, field.field), message: field.message, params: field.params });
      continue;
    }
    const externalId = (result.data as { externalId?: string }).externalId;
    if (externalId && seen.has(externalId)) {
      problems.push({ row: rowNumber, column: 'external_id', message: 'programmes.error.duplicate_in_file', params: { row: seen.get(externalId)! } });
      continue;
    }
    if (externalId) seen.set(externalId, rowNumber);
    rows.push({ row: rowNumber, data: result.data as Parsed<K>['data'] });
  }
  if (problems.length) throw rejected(problems);
  return rows;
}

const referenceProblems = (kind: ImportKind, row: number, errors: FieldError[]): ImportProblem[] =>
  errors.map((error) => ({ row, column: columnOfField(kind, error.field), message: error.message, params: error.params }));

/**
 * Imports activities, participant lists or outcomes from a CSV or XLSX file: every row valid
 * and every reference known, or nothing written (one transaction). Activities and outcomes are
 * matched on external_id (known: updated; new: created); a participant list replaces the list
 * of each activity it names, and the activity's counts are derived from it.
 */
export async function importFile(db: Kysely<Database>, actor: Actor, kind: ImportKind, file: { bytes: Uint8Array; filename: string }): Promise<ImportReport> {
  authorize(programmesPolicy, actor, 'programmes.import');
  const rows = await parseFile(kind, file.bytes, file.filename);
  return db.transaction().execute(async (trx) => {
    if (kind === 'activities') return importActivities(trx, actor, rows as Parsed<'activities'>[], file.filename);
    if (kind === 'outcomes') return importOutcomes(trx, actor, rows as Parsed<'outcomes'>[], file.filename);
    return importParticipants(trx, actor, rows as Parsed<'participants'>[], file.filename);
  });
}

async function importActivities(trx: Transaction<Database>, actor: Actor, rows: Parsed<'activities'>[], filename: string): Promise<ImportReport> {
  const externalIds = rows.flatMap((row) => (row.data.externalId ? [row.data.externalId] : []));
  const refs = await loadReferences(trx, { activities: externalIds });
  const problems = rows.flatMap((row) => referenceProblems('activities', row.row, activityReferenceErrors(row.data, refs)));
  if (problems.length) throw rejected(problems);
  const by = auditActorOf(actor);
  const audits = [];
  let created = 0;
  const written: number[] = [];
  for (const { row, data } of rows) {
    const values = activityRow(data, refs);
    const existing = data.externalId ? refs.activities.get(data.externalId) : undefined;
    if (existing !== undefined) {
      const listed = await trx.selectFrom('pm_activities').select('has_participant_list').where('id', '=', existing).executeTakeFirstOrThrow();
      const update: Record<string, unknown> = { ...values };
      // A participant list, once imported, stays the source of the counts.
      if (listed.has_participant_list) for (const column of ['female', 'male', 'unknown_sex', ...INSTITUTION_TYPES.map(institutionColumn)]) delete update[column];
      await trx.updateTable('pm_activities').set({ ...update, updated_at: new Date() }).where('id', '=', existing).execute();
      written.push(existing);
      audits.push({ action: 'programmes.activity.import_update', entityType: 'programmes.activity', entityId: existing, after: { file: filename, row, ...update } });
    } else {
      const inserted = await trx.insertInto('pm_activities').values({ ...values, created_by: by.userId }).returning('id').executeTakeFirstOrThrow();
      written.push(Number(inserted.id));
      audits.push({ action: 'programmes.activity.import', entityType: 'programmes.activity', entityId: inserted.id, after: { file: filename, row, ...values } });
      created++;
    }
  }
  await assignExternalIds(trx);
  await syncActivityCountries(trx, written);
  await recordAuditBatch(trx, by, audits);
  return { kind: 'activities', created, updated: rows.length - created, rows: rows.length };
}

async function importOutcomes(trx: Transaction<Database>, actor: Actor, rows: Parsed<'outcomes'>[], filename: string): Promise<ImportReport> {
  const refs = await loadReferences(trx, {
    activities: rows.flatMap((row) => (row.data.activity ? [row.data.activity] : [])),
    knowledge: rows.flatMap((row) => (row.data.knowledgeRecord ? [row.data.knowledgeRecord] : [])),
  });
  const problems = rows.flatMap((row) => referenceProblems('outcomes', row.row, outcomeReferenceErrors(row.data, refs)));
  if (problems.length) throw rejected(problems);
  const existing = await externalIdMap(trx, rows.flatMap((row) => (row.data.externalId ? [row.data.externalId] : [])));
  const by = auditActorOf(actor);
  const audits = [];
  const written: number[] = [];
  let created = 0;
  for (const { row, data } of rows) {
    const values = outcomeRow(data, refs);
    const id = data.externalId ? existing.get(data.externalId) : undefined;
    if (id !== undefined) {
      await trx.updateTable('pm_outcomes').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
      written.push(id);
      audits.push({ action: 'programmes.outcome.import_update', entityType: 'programmes.outcome', entityId: id, after: { file: filename, row, ...values } });
    } else {
      const inserted = await trx.insertInto('pm_outcomes').values(values).returning('id').executeTakeFirstOrThrow();
      written.push(Number(inserted.id));
      audits.push({ action: 'programmes.outcome.import', entityType: 'programmes.outcome', entityId: inserted.id, after: { file: filename, row, ...values } });
      created++;
    }
  }
  await sql`update pm_outcomes set external_id = 'outcome-' || id where external_id is null`.execute(trx);
  await syncOutcomeProgrammes(trx, { outcomeIds: written });
  await recordAuditBatch(trx, by, audits);
  return { kind: 'outcomes', created, updated: rows.length - created, rows: rows.length };
}

async function importParticipants(trx: Transaction<Database>, actor: Actor, rows: Parsed<'participants'>[], filename: string): Promise<ImportReport> {
  const refs: References = await loadReferences(trx, { activities: [...new Set(rows.map((row) => row.data.activity))] });
  const problems = rows.filter((row) => !refs.activities.has(row.data.activity))
    .map((row) => ({ row: row.row, column: 'activity', message: 'programmes.error.unknown_activity', params: { value: row.data.activity } }));
  if (problems.length) throw rejected(problems);
  const lists = new Map<number, ParticipantData[]>();
  for (const { data } of rows) {
    const id = refs.activities.get(data.activity)!;
    lists.set(id, [...(lists.get(id) ?? []), data]);
  }
  await replaceParticipantLists(trx, lists);
  // The audit entry says how many people the list has, by sex: names stay out of the log.
  await recordAuditBatch(trx, auditActorOf(actor), [...lists].map(([id, people]) => ({
    action: 'programmes.participants.import', entityType: 'programmes.activity', entityId: id,
    after: { file: filename, participants: people.length, female: people.filter((p) => p.sex === 'female').length, male: people.filter((p) => p.sex === 'male').length, unknown: people.filter((p) => p.sex === 'unknown').length },
  })));
  return { kind: 'participants', created: rows.length, updated: lists.size, rows: rows.length };
}

async function externalIdMap(trx: Transaction<Database>, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await trx.selectFrom('pm_outcomes').select(['id', 'external_id']).where('external_id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.external_id as string, Number(row.id)]));
}

/** Every activity has an external id (so that its participants and outcomes can name it, and exports re-import as updates). */
export async function assignExternalIds(trx: Transaction<Database>): Promise<void> {
  await sql`update pm_activities set external_id = 'activity-' || id where external_id is null`.execute(trx);
}
