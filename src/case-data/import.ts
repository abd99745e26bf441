import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../core/access/actor.ts';
import { auditActorOf } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import type { Database } from '../core/db/schema.ts';
import { AppError } from '../core/errors.ts';
import { tableFormatOf } from '../core/files/read-table.ts';
import { ImportRejected } from '../core/files/import-problems.ts';
import { getCountry } from '../core/geo/countries.ts';
import { supportsCopyIn } from './copy-in.ts';
import { deleteCasesByRef, insertCases, insertPersons, type CaseToInsert, type PersonToInsert } from './bulk-load.ts';
import { HTCDS_COLUMNS, REQUIRED_COLUMNS } from './htcds/columns.ts';
import { parseHtcdsRow } from './htcds/parse-row.ts';
import { readHtcdsFile } from './htcds/read-file.ts';
import { caseDataPolicy } from './policy.ts';
import type { CaseFields, CellProblem } from './record.ts';

export interface ImportReport { cases: number; persons: number; replacedCases: number; flaggedPersons: number; sha256: string }

/** A refused file: nothing was written; the problems name row and column (`truncated`: more were found). */
const rejected = (problems: CellProblem[], truncated = false) => new ImportRejected(problems, { message: 'case_data.import.rejected', listed: 0, truncated });

export interface ImportOptions {
  /** The country the file is for; rows may then leave ari_RecordingCountry empty. Needed unless the actor may import for every country. */
  country?: string;
  /** Marks the records as sample data. */
  sample?: boolean;
  /** Rows written per statement. */
  batchSize?: number;
}

const MAX_PROBLEMS = 1000;
const CASE_FIELDS = [['org_name', 'org_Name'], ['org_type', 'org_Type'], ['source', 'ari_Source'], ['status', 'cas_Status']] as const;

interface KnownCase {
  id: number | null;
  country: string;
  fields: CaseFields;
  row: number;
  /** Row of each of its persons, by person id: one person per id within a case. */
  personRows: Map<string, number>;
}

/**
 * Imports an HTCDS CSV or XLSX file, all or nothing: every row is validated; rows are written in
 * batches inside one transaction, which is rolled back if any row of the file has a problem.
 * Cases already in the database with the same ari_CaseId are replaced by the file's version.
 * The import is audited as one entry (counts and the file's sha256), not one per row: the case
 * data itself never goes to the audit log.
 */
export async function importHtcds(db: Kysely<Database>, actor: Actor, file: { bytes: Uint8Array; filename: string }, options: ImportOptions = {}): Promise<ImportReport> {
  const country = options.country ? getCountry(options.country)?.iso3 : undefined;
  if (options.country && !country) throw new AppError('unknown_country', 422, 'error.unknown_country', { value: options.country });
  if (country) authorize(caseDataPolicy, actor, 'caseData.import', country);
  else if (actor.kind !== 'system') throw new AppError('country_required', 422, 'case_data.import.country_required');
  const format = tableFormatOf(file.filename);
  if (format !== 'csv' && format !== 'xlsx') throw new AppError('unsupported_format', 422, 'case_data.import.unsupported_format', { name: file.filename.slice(0, 100) });
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const batchSize = options.batchSize ?? 5000;
  const sample = options.sample ?? false;
  const problems: CellProblem[] = [];
  const today = new Date().toISOString().slice(0, 10);
  /** The file's cases by recording country and ari_CaseId (nested maps: no key string to build per row). */
  const cases = new Map<string, Map<string, KnownCase>>();
  let caseCount = 0;
  const countries = new Set<string>();
  let persons = 0;
  let flagged = 0;
  let replaced = 0;
  const copy = await supportsCopyIn(db);

  try {
    return await db.transaction().execute(async (trx) => {
      let pending: { known: KnownCase; person: PersonToInsert }[] = [];
      // One batch is written while the next is read and validated (the server and this process
      // work at the same time); a batch starts only when the one before it has been written, so
      // the ids of the cases it introduced are known.
      let writing: Promise<void> = Promise.resolve();
      const flush = async () => {
        const batch = pending;
        pending = [];
        await writing;
        if (problems.length || !batch.length) return;
        writing = writeBatch(trx, batch, sample, copy).then((count) => { replaced += count; });
        writing.catch(() => {});
      };
      await readHtcdsFile(file.bytes, format, (columns) => checkHeader(columns, country, problems), (rowNumber, values) => {
        const parsed = parseHtcdsRow(values, rowNumber, { country, today }, problems);
        if (!parsed) return;
        if (!country) authorize(caseDataPolicy, actor, 'caseData.import', parsed.country);
        let casesOfCountry = cases.get(parsed.country);
        if (!casesOfCountry) cases.set(parsed.country, casesOfCountry = new Map());
        let known = casesOfCountry.get(parsed.caseFields.case_ref);
        if (!known) {
          known = { id: null, country: parsed.country, fields: parsed.caseFields, row: rowNumber, personRows: new Map() };
          casesOfCountry.set(parsed.caseFields.case_ref, known);
          caseCount++;
        } else {
          for (const [field, column] of CASE_FIELDS) {
            const value = parsed.caseFields[field];
            if (value === null) continue;
            if (known.fields[field] === null && known.id === null) known.fields[field] = value;
            else if (known.fields[field] !== value) problems.push({ row: rowNumber, column, message: 'case_data.error.case_differs', params: { row: known.row } });
          }
        }
        const previous = known.personRows.get(parsed.person.person_ref);
        if (previous !== undefined) {
          problems.push({ row: rowNumber, column: 'ari_PersonId', message: 'case_data.error.duplicate_person', params: { value: parsed.person.person_ref.slice(0, 80), row: previous } });
          return;
        }
        known.personRows.set(parsed.person.person_ref, rowNumber);
        countries.add(parsed.country);
        persons++;
        if (parsed.person.flags.length) flagged++;
        const person = parsed.person as PersonToInsert;
        person.case_id = 0;
        person.country = parsed.country;
        person.sample = sample;
        pending.push({ known, person });
        // Only a full batch makes the reader wait (for the previous batch to be written).
        return pending.length >= batchSize ? flush() : undefined;
      }, () => problems.length >= MAX_PROBLEMS);
      await flush();
      await writing;
      if (problems.length) throw rejected(problems.slice(0, MAX_PROBLEMS), problems.length >= MAX_PROBLEMS);
      if (!persons) throw rejected([{ row: 1, column: 'file', message: 'case_data.error.no_rows' }]);
      // Fresh statistics, so the roll-up's plans fit the tables' new size at once (not after autovacuum).
      if (persons >= 1000) await sql`analyze cd_cases, cd_persons`.execute(trx);
      const report: ImportReport = { cases: caseCount, persons, replacedCases: replaced, flaggedPersons: flagged, sha256 };
      await recordAudit(trx, auditActorOf(actor), {
        action: 'case_data.import', entityType: 'cd_import', entityId: sha256.slice(0, 16),
        after: { filename: file.filename.slice(0, 200), countries: [...countries].sort(), ...report },
      });
      return report;
    });
  } catch (error) {
    if (error instanceof AppError && !(error instanceof ImportRejected) && error.code === 'file_unreadable' && problems.length) {
      throw rejected([...problems, { row: Number(error.params.row ?? error.params.line ?? 0), column: 'file', message: error.message, params: error.params }]);
    }
    throw error;
  }
}

function checkHeader(columns: string[], country: string | undefined, problems: CellProblem[]): void {
  const known = new Set(HTCDS_COLUMNS);
  if (!columns.some((column) => known.has(column))) {
    problems.push({ row: 1, column: 'file', message: 'case_data.error.not_htcds' });
    throw rejected(problems);
  }
  for (const column of columns) if (!known.has(column)) problems.push({ row: 1, column, message: 'case_data.error.unknown_column' });
  const required = country ? REQUIRED_COLUMNS : [...REQUIRED_COLUMNS, 'ari_RecordingCountry'];
  for (const column of required) if (!columns.includes(column)) problems.push({ row: 1, column, message: 'case_data.error.missing_column' });
  if (problems.length) throw rejected(problems);
}

/** Writes a batch: first the cases it introduces (replacing stored cases of the same reference), then its persons. */
async function writeBatch(trx: Transaction<Database>, batch: { known: KnownCase; person: PersonToInsert }[], sample: boolean, copy: boolean): Promise<number> {
  const fresh = new Set<KnownCase>();
  for (const item of batch) if (item.known.id === null) fresh.add(item.known);
  let replaced = 0;
  const byCountry = new Map<string, string[]>();
  for (const known of fresh) {
    const refs = byCountry.get(known.country);
    if (refs) refs.push(known.fields.case_ref);
    else byCountry.set(known.country, [known.fields.case_ref]);
  }
  for (const [country, refs] of byCountry) replaced += await deleteCasesByRef(trx, country, refs);
  const freshCases = [...fresh];
  const ids = await insertCases(trx, freshCases.map((known): CaseToInsert => ({ ...known.fields, country: known.country, sample })), copy);
  freshCases.forEach((known, index) => { known.id = ids[index]; });
  const persons = batch.map((item) => item.person);
  for (const item of batch) item.person.case_id = item.known.id!;
  await insertPersons(trx, persons, copy);
  return replaced;
}
