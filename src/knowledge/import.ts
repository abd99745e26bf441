import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAuditBatch } from '../core/audit/audit-log.ts';
import { AppError } from '../core/errors.ts';
import { zodIssueToFieldError } from '../core/validation.ts';
import { sha256Hex } from '../core/auth/tokens.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import { decodeUtf8, readTable, tableFormatOf } from '../core/files/read-table.ts';
import { CellError, columnOfField, rowToInput } from './columns.ts';
import { knowledgePolicy } from './policy.ts';
import { resolveReferences } from './references.ts';
import { appendVersions, findRecordIdsByExternalId, insertRecords, publishVersions, replaceLinks, writePublicProjection, type Publication } from './repository.ts';
import { INPUT_SCHEMAS, type Kind, type RecordData } from './schemas.ts';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** One problem of an import file: the row as numbered in the file, the column, and what is wrong. */
export interface ImportProblem { row: number; column: string; message: string; params?: Record<string, string | number> }

/** The whole file is refused: nothing was written. `problems` lists every bad row. */
export class ImportRejected extends AppError {
  constructor(readonly problems: ImportProblem[]) {
    super('import_rejected', 422, 'error.import_rejected', { count: problems.length },
      problems.slice(0, 1000).map((problem) => ({ field: `row ${problem.row}: ${problem.column}`, message: problem.message, params: problem.params })));
  }
}

export interface ImportReport { created: number; updated: number; published: number; ids: number[] }

interface ParsedRow { row: number; data: RecordData; externalId: string | null }

/** Reads the file into validated records, or refuses it listing every problem. */
export async function parseImportFile(kind: Kind, bytes: Uint8Array, filename: string): Promise<ParsedRow[]> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new AppError('payload_too_large', 413, 'error.file_too_large', { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  const format = tableFormatOf(filename);
  if (!format) throw new AppError('unsupported_format', 422, 'error.unsupported_format', { name: filename });
  const inputs: { row: number; input: unknown }[] = [];
  const problems: ImportProblem[] = [];
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(decodeUtf8(bytes));
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('file_unreadable', 422, 'error.json_malformed', { reason: (error as Error).message.slice(0, 200) });
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { records?: unknown })?.records;
    if (!Array.isArray(list)) throw new AppError('file_unreadable', 422, 'error.json_not_list');
    list.forEach((input, index) => inputs.push({ row: index + 1, input }));
  } else {
    const table = await readTable(bytes, format);
    for (const { rowNumber, values } of table.rows) {
      try {
        inputs.push({ row: rowNumber, input: rowToInput(kind, values) });
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        problems.push({ row: rowNumber, column: error.column, message: error.message, params: error.params });
      }
    }
  }
  if (!inputs.length && !problems.length) throw new AppError('file_unreadable', 422, 'error.file_empty');

  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, input } of inputs) {
    const result = INPUT_SCHEMAS[kind].safeParse(input);
    if (!result.success) {
      for (const field of result.error.issues.map(zodIssueToFieldError)) {
        problems.push({ row, column: format === 'json' ? field.field : columnOfField(kind, field.field), message: field.message, params: field.params });
      }
      continue;
    }
    const data = result.data as RecordData;
    const externalId = (data as { externalId?: string }).externalId ?? null;
    if (externalId && seen.has(externalId)) {
      problems.push({ row, column: format === 'json' ? 'externalId' : 'external_id', message: 'error.duplicate_in_file', params: { row: seen.get(externalId)! } });
      continue;
    }
    if (externalId) seen.set(externalId, row);
    rows.push({ row, data, externalId });
  }
  if (problems.length) throw new ImportRejected(problems);
  return rows;
}

/**
 * Imports a file: every row valid, or nothing written. Records are matched on their external
 * id: a known one gets a new version, an unknown one is created. With `publish` (reviewers),
 * the imported versions are published at once; otherwise they wait as drafts.
 */
export async function importRecords(db: Kysely<Database>, actor: Actor, kind: Kind, file: { bytes: Uint8Array; filename: string }, options: { publish: boolean }): Promise<ImportReport> {
  authorize(knowledgePolicy, actor, 'knowledge.import');
  if (options.publish) authorize(knowledgePolicy, actor, 'knowledge.publish');
  const rows = await parseImportFile(kind, file.bytes, file.filename);
  return db.transaction().execute(async (trx) => {
    const existing = await findRecordIdsByExternalId(trx, kind, rows.flatMap((row) => (row.externalId ? [row.externalId] : [])));
    const references = await resolveReferences(trx, rows.map((row) => ({ kind, data: row.data, externalId: row.externalId, id: row.externalId ? existing.get(row.externalId) : undefined })));
    if (references.errors.size) {
      throw new ImportRejected([...references.errors].flatMap(([index, fields]) => fields.map((field) => ({ row: rows[index].row, column: columnOfField(kind, field.field), message: field.message, params: field.params }))));
    }
    const by = auditActorOf(actor);
    const now = new Date();
    const fresh = rows.map((row, index) => ({ row, index })).filter(({ row }) => !row.externalId || !existing.has(row.externalId));
    // Published at once: new records are inserted in the published state (no update of each row after).
    const freshIds = await insertRecords(trx, fresh.map(({ row }) => ({ kind, externalId: row.externalId, data: row.data, sample: row.data.sample, note: 'import' })), by,
      options.publish ? { publishedAt: now } : {});
    const ids: number[] = rows.map((row) => (row.externalId ? existing.get(row.externalId) ?? 0 : 0));
    fresh.forEach(({ index }, position) => { ids[index] = freshIds[position]; });

    const updated = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.externalId && existing.has(row.externalId));
    const updatedIds = new Set(updated.map(({ index }) => ids[index]));
    const states = await recordStates(trx, updated.map(({ index }) => ids[index]));
    const versions = new Map<number, number>(freshIds.map((id) => [id, 1]));
    for (const { index } of updated) versions.set(ids[index], (states.get(ids[index])?.latest_version ?? 0) + 1);
    await appendVersions(trx, updated.map(({ row, index }) => ({ id: ids[index], version: versions.get(ids[index])!, data: row.data, note: 'import', sample: row.data.sample })), by);

    let published = 0;
    if (options.publish) {
      const publicationOf = ({ row, index }: { row: ParsedRow; index: number }, firstPublishedAt: Date | null): Publication => ({ id: ids[index], kind, version: versions.get(ids[index])!, data: row.data, firstPublishedAt });
      await writePublicProjection(trx, fresh.map((item) => publicationOf(item, now)), now);
      await publishVersions(trx, updated.map((item) => publicationOf(item, states.get(ids[item.index])?.first_published_at ?? null)), now);
      const resolveId = (to: number) => (to < 0 ? ids[-to - 1] : to);
      await replaceLinks(trx, [...references.links].flatMap(([index, links]) => links.map((link) => ({ from: ids[index], to: resolveId(link.to), relation: link.relation }))), ids);
      published = rows.length;
    }
    // An import of thousands of records audits each one with the version it wrote and the
    // sha256 of that version's data (kept whole in kn_versions), rather than the data again:
    // the entry still proves what was written (the hash of the canonical JSON of kn_versions.data),
    // and the log does not grow by the whole file.
    await recordAuditBatch(trx, by, rows.map((row, index) => ({
      action: options.publish ? 'knowledge.import_publish' : 'knowledge.import', entityType: `knowledge.${kind}`, entityId: ids[index],
      before: updatedIds.has(ids[index]) ? { version: (versions.get(ids[index]) ?? 1) - 1 } : null,
      after: { file: file.filename, row: row.row, version: versions.get(ids[index]), dataSha256: sha256Hex(canonicalJson(row.data)) },
    })));
    return { created: fresh.length, updated: updated.length, published, ids };
  });
}

async function recordStates(db: Kysely<Database>, ids: number[]) {
  if (!ids.length) return new Map<number, { latest_version: number; first_published_at: Date | null }>();
  const rows = await db.selectFrom('kn_records').select(['id', 'latest_version', 'first_published_at']).where(sql<boolean>`id = any(${ids}::bigint[])`).execute();
  return new Map(rows.map((row) => [row.id, row]));
}
