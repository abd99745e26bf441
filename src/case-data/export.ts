import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import type { Database } from '../core/db/schema.ts';
import { AppError } from '../core/errors.ts';
import { inertCell } from '../core/files/write-table.ts';
import { HTCDS_COLUMNS } from './htcds/columns.ts';
import { htcdsRowOf } from './htcds/write-row.ts';
import { caseDataPolicy } from './policy.ts';

export type HtcdsFormat = 'csv' | 'xlsx';
const PAGE = 10_000;
/** XLSX sheets hold 1,048,576 rows; larger exports must be CSV. */
const XLSX_MAX_ROWS = 1_000_000;

/** The country's persons, joined to their case, in pages of PAGE rows by person id (a keyset, not OFFSET). */
async function* personRows(db: Kysely<Database>, country: string): AsyncGenerator<Record<string, string>[]> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('cd_persons as p').innerJoin('cd_cases as c', 'c.id', 'p.case_id')
      .select(['c.country', 'c.case_ref', 'c.org_name', 'c.org_type', 'c.source', 'c.status'])
      .selectAll('p')
      .where('p.country', '=', country).where('p.id', '>', after).orderBy('p.id').limit(PAGE).execute();
    if (!rows.length) return;
    after = rows[rows.length - 1].id;
    yield rows.map((row) => htcdsRowOf(row, row));
  }
}

/**
 * The country's case-level records as an HTCDS file (one row per person, the standard's column
 * names). CSV is produced page by page; audited by the caller, since an export is a read.
 */
export async function* exportHtcds(db: Kysely<Database>, actor: Actor, country: string, format: HtcdsFormat): AsyncGenerator<Uint8Array> {
  authorize(caseDataPolicy, actor, 'caseData.export', country);
  if (format === 'csv') {
    yield Buffer.from(`\uFEFF${stringify([HTCDS_COLUMNS as string[]])}`, 'utf8');
    for await (const page of personRows(db, country)) {
      yield Buffer.from(stringify(page.map((row) => HTCDS_COLUMNS.map((column) => inertCell(row[column])))), 'utf8');
    }
    return;
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('HTCDS');
  sheet.addRow([...HTCDS_COLUMNS]).font = { bold: true };
  let count = 0;
  for await (const page of personRows(db, country)) {
    count += page.length;
    if (count > XLSX_MAX_ROWS) throw new AppError('export_too_large', 422, 'case_data.export.too_large_for_xlsx');
    for (const row of page) sheet.addRow(HTCDS_COLUMNS.map((column) => inertCell(row[column])));
  }
  yield Buffer.from(await workbook.xlsx.writeBuffer());
}
