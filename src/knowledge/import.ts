import { setImmediate } from 'node:timers/promises';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAuditBatch } from '../core/audit/audit-log.ts';
import { sha256Hex } from '../core/auth/tokens.ts';
import { isPostgresServer } from '../core/db/server.ts';
import { columnOfField } from './columns.ts';
import { knowledgePolicy } from './policy.ts';
import { project } from './projection.ts';
import { resolveReferences } from './references.ts';
import { replaceLinks } from './repository.ts';
import { ImportRejected, type ImportProblem } from '../core/files/import-problems.ts';
import { readImportInputs, RowValidator, type ParsedRow } from './import-rows.ts';
import { writeImportedRows, type WrittenRows } from './import-writer.ts';
import { DocumentStager } from './search-documents.ts';
import type { Kind } from './schemas.ts';

export { MAX_IMPORT_BYTES, parseImportFile } from './import-rows.ts';

/** What an import did; `warnings` name what was kept as published but needs an editor's eye (a number shared by two cases). */
export interface ImportReport { created: number; updated: number; published: number; ids: number[]; warnings: ImportProblem[] }

/** Rows validated and written per step. */
const CHUNK = 500;
const RELEASED = { row: 0, input: null };

/**
 * Imports a file: every row valid, or nothing written. Records are matched on their external
 * id: a known one gets a new version, an unknown one is created. With `publish` (reviewers),
 * the imported versions are published at once; otherwise they wait as drafts.
 *
 * The rows are validated a chunk at a time inside the import's transaction, each valid chunk
 * written while the next is validated (this process and the database work at the same time);
 * the first problem stops the writing, validation goes on to report every bad row, and the
 * transaction is rolled back. On a PostgreSQL server the search documents are built on a
 * second connection meanwhile (`DocumentStager`).
 */
export async function importRecords(db: Kysely<Database>, actor: Actor, kind: Kind, file: { bytes: Uint8Array; filename: string }, options: { publish: boolean }): Promise<ImportReport> {
  authorize(knowledgePolicy, actor, 'knowledge.import');
  if (options.publish) authorize(knowledgePolicy, actor, 'knowledge.publish');
  const { format, inputs, problems } = await readImportInputs(kind, file.bytes, file.filename);
  const validator = new RowValidator(kind, format, problems, inputs);
  const stager = options.publish && inputs.length >= 100 && await isPostgresServer(db) ? new DocumentStager(db) : undefined;
  try {
    return await db.transaction().execute(async (trx) => {
      const by = auditActorOf(actor);
      const now = new Date();
      const rows: ParsedRow[] = [];
      const written: WrittenRows[] = [];
      let writing: Promise<void> = Promise.resolve();
      for (let start = 0; start < inputs.length; start += CHUNK) {
        const chunk = await validateYielding(validator, inputs.slice(start, start + CHUNK));
        // The file's parsed objects are not needed once validated (the rows hold copies): less to collect.
        inputs.fill(RELEASED, start, start + CHUNK);
        if (problems.length) continue;
        const first = rows.length;
        rows.push(...chunk);
        const projections = options.publish ? chunk.map((row) => project(kind, row.data)) : [];
        const staged = stager?.stage(projections.map((projection) => projection.texts), first);
        const previous = writing;
        writing = previous.then(async () => {
          const part = await writeImportedRows(trx, { kind, rows: chunk, projections, first, by, now, publish: options.publish, staged });
          written.push(part);
          await auditImport(trx, by, kind, file.filename, chunk, part, options.publish);
        });
        writing.catch(() => {});
        // Validation of the next chunk goes on while this one is written; at most one chunk waits.
        await previous;
      }
      await writing;
      if (problems.length) throw new ImportRejected(problems);
      const ids = written.flatMap((part) => part.ids);
      await checkAndLink(trx, kind, rows, ids, written, options.publish);
      const updated = written.reduce((sum, part) => sum + part.updated.size, 0);
      return { created: rows.length - updated, updated, published: options.publish ? rows.length : 0, ids, warnings: validator.warnings };
    });
  } finally {
    await stager?.discard();
  }
}

/**
 * Validates a chunk in small pieces, letting the event loop run between them: the statements of
 * the chunk being written go out one after another, each as soon as the one before it returns.
 */
async function validateYielding(validator: RowValidator, items: { row: number; input: unknown }[]): Promise<ParsedRow[]> {
  const rows: ParsedRow[] = [];
  for (let start = 0; start < items.length; start += 50) {
    rows.push(...validator.validate(items.slice(start, start + 50)));
    await setImmediate();
  }
  return rows;
}

/** References to other records (in the database or in the file) must resolve; published records get their links. */
async function checkAndLink(trx: Transaction<Database>, kind: Kind, rows: ParsedRow[], ids: number[], written: WrittenRows[], publish: boolean) {
  const existingIds = new Set(written.flatMap((part) => [...part.updated.keys()]));
  const references = await resolveReferences(trx, rows.map((row, index) => ({ kind, data: row.data, externalId: row.externalId, id: existingIds.has(ids[index]) ? ids[index] : undefined })));
  if (references.errors.size) {
    throw new ImportRejected([...references.errors].flatMap(([index, fields]) => fields.map((field) => ({ row: rows[index].row, column: columnOfField(kind, field.field), message: field.message, params: field.params }))));
  }
  if (!publish) return;
  const resolveId = (to: number) => (to < 0 ? ids[-to - 1] : to);
  await replaceLinks(trx, [...references.links].flatMap(([index, links]) => links.map((link) => ({ from: ids[index], to: resolveId(link.to), relation: link.relation }))), ids);
}

/**
 * An import of thousands of records audits each one with the version it wrote and the sha256 of
 * that version's data (kept whole in kn_versions), rather than the data again: the entry still
 * proves what was written (the hash of the canonical JSON of kn_versions.data), and the log
 * does not grow by the whole file. Each chunk is audited as it is written (all rolled back
 * with it if the file is refused later).
 */
async function auditImport(trx: Transaction<Database>, by: ReturnType<typeof auditActorOf>, kind: Kind, filename: string, rows: ParsedRow[], written: WrittenRows, publish: boolean) {
  await recordAuditBatch(trx, by, rows.map((row, index) => {
    const id = written.ids[index];
    const version = written.versions.get(id);
    return {
      action: publish ? 'knowledge.import_publish' : 'knowledge.import', entityType: `knowledge.${kind}`, entityId: id,
      before: written.updated.has(id) ? { version: (version ?? 1) - 1 } : null,
      after: { file: filename, row: row.row, version, dataSha256: sha256Hex(row.json) },
    };
  }));
}
