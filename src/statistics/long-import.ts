import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { forbidden } from '../core/errors.ts';
import { recordAuditBatch } from '../core/audit/audit-log.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import { sha256Hex } from '../core/auth/tokens.ts';
import { AppError } from '../core/errors.ts';
import { readTable, tableFormatOf, type Table } from '../core/files/read-table.ts';
import { ImportRejected, type ImportProblem } from '../core/files/import-problems.ts';
import { publishGroups } from './repository.ts';
import { keyOf, type StatValue } from './values.ts';
import { LONG_COLUMNS, LongRowError, parseLongRow, type LongRow, type LongValue } from './long-format.ts';

export const MAX_LONG_IMPORT_BYTES = 100 * 1024 * 1024;
const MAX_PROBLEMS = 500;

export interface LongImportReport {
  rows: number;
  countryYears: number;
  countries: number;
  /** Rows kept although their country or category maps to no ISO code. */
  unmapped: number;
}

export interface CountryYearGroup {
  country: string; year: number; countryName: string; region: string; subregion: string; isoMapped: boolean; values: StatValue[];
}

/** Reads the header where the format has it: after the two preamble lines (XLSX), or on the first line. */
async function readLongTable(bytes: Uint8Array, format: 'csv' | 'xlsx'): Promise<Table> {
  const attempts: ({ headerRow?: number })[] = format === 'xlsx' ? [{ headerRow: 3 }, {}] : [{}, { headerRow: 3 }];
  let first: Table | undefined;
  let firstError: unknown;
  for (const options of attempts) {
    try {
      const table = await readTable(bytes, format, options);
      if (table.columns.includes('Iso3_code')) return table;
      first ??= table;
    } catch (error) {
      firstError ??= error;
    }
  }
  if (first) return first;
  throw firstError;
}

/** Parses a long-format file into country-year groups, or refuses it listing every problem (row and column). */
export async function parseLongFile(bytes: Uint8Array, filename: string): Promise<{ groups: CountryYearGroup[]; rows: number; unmapped: number }> {
  if (bytes.byteLength > MAX_LONG_IMPORT_BYTES) throw new AppError('payload_too_large', 413, 'error.file_too_large', { max: MAX_LONG_IMPORT_BYTES / 1024 / 1024 });
  const format = tableFormatOf(filename);
  if (format !== 'csv' && format !== 'xlsx') throw new AppError('unsupported_format', 422, 'error.unsupported_format', { name: filename });
  const table = await readLongTable(bytes, format);
  const missing = LONG_COLUMNS.filter((column) => !table.columns.includes(column));
  const unexpected = table.columns.filter((column) => !(LONG_COLUMNS as readonly string[]).includes(column));
  if (missing.length || unexpected.length) {
    throw new ImportRejected([
      ...missing.map((column) => ({ row: 1, column, message: 'statistics.error.missing_column' })),
      ...unexpected.map((column) => ({ row: 1, column, message: 'statistics.error.unexpected_column' })),
    ]);
  }
  if (!table.rows.length) throw new AppError('file_unreadable', 422, 'error.file_empty');
  const problems: ImportProblem[] = [];
  const groups = new Map<string, CountryYearGroup>();
  const seen = new Map<string, number>();
  let unmapped = 0;
  for (const { rowNumber, values } of table.rows) {
    let parsed: LongValue;
    try {
      parsed = parseLongRow(values as LongRow);
    } catch (error) {
      if (!(error instanceof LongRowError)) throw error;
      if (problems.length < MAX_PROBLEMS) problems.push({ row: rowNumber, column: error.column, message: error.message, params: error.params });
      continue;
    }
    const groupKey = `${parsed.country}\u0000${parsed.year}`;
    const key = `${groupKey}\u0000${keyOf(parsed.value)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      if (problems.length < MAX_PROBLEMS) problems.push({ row: rowNumber, column: 'Category', message: 'statistics.error.duplicate_row', params: { row: earlier } });
      continue;
    }
    seen.set(key, rowNumber);
    if (!parsed.isoMapped || parsed.value.categoryMapped === false) unmapped++;
    let group = groups.get(groupKey);
    if (!group) {
      group = { country: parsed.country, year: parsed.year, countryName: parsed.countryName, region: parsed.region, subregion: parsed.subregion, isoMapped: parsed.isoMapped, values: [] };
      groups.set(groupKey, group);
    }
    group.values.push(parsed.value);
  }
  if (problems.length) throw new ImportRejected(problems);
  return { groups: [...groups.values()], rows: seen.size, unmapped };
}

/**
 * Loads a long-format file as published data: each country-year it holds gets a new published
 * revision made of exactly its rows (earlier revisions are kept). One transaction: all or nothing.
 * Only the command-line operator (and the sample loader) may do this.
 */
export async function importLongFile(db: Kysely<Database>, actor: Actor, file: { bytes: Uint8Array; filename: string }, options: { sample?: boolean } = {}): Promise<LongImportReport> {
  if (actor.kind !== 'system') throw forbidden();
  const { groups, rows, unmapped } = await parseLongFile(file.bytes, file.filename);
  const who = auditActorOf(actor);
  await db.transaction().execute(async (trx) => {
    const published = await publishGroups(trx, groups, who.label, `import of ${file.filename}`, options.sample ?? false);
    await recordAuditBatch(trx, who, groups.map((group, index) => ({
      action: 'statistics.import', entityType: 'statistics.country_year', entityId: `${group.country}-${group.year}`,
      before: published[index].before,
      after: { status: 'published', publishedRevision: published[index].revision, file: file.filename, values: group.values.length, sha256: sha256Hex(canonicalJson(group.values)) },
    })));
  });
  // A bulk load changes the tables' sizes by orders of magnitude: without fresh statistics the planner
  // joins published values with nested loops (seconds instead of milliseconds on PGlite, which has no autovacuum).
  await sql`analyze st_country_years, st_values, st_revisions, st_revision_values`.execute(db);
  return { rows, countryYears: groups.length, countries: new Set(groups.map((group) => group.country)).size, unmapped };
}
