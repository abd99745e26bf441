import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { inertCell } from '../core/files/write-table.ts';
import { listPublished, type PublishedRow } from './repository.ts';
import { LONG_COLUMNS, toLongRow, type LongRow } from './long-format.ts';
import { AGE_CODES, DIMENSION_CODES, INDICATOR_CODES, SEX_CODES } from './vocabulary.ts';

export type LongFormat = 'csv' | 'xlsx';

/** The two lines before the header in the XLSX version, as in the Global Report data files. */
export const XLSX_PREAMBLE = [
  'Ariadne crime statistics: published data in the long format (one row per value)',
  'txtVALUE is a count or "<5" (a suppressed count from 1 to 4)',
];

const rank = <T extends string>(list: readonly T[]) => new Map(list.map((item, index) => [item as string, index]));
const INDICATOR_RANK = rank(INDICATOR_CODES);
const DIMENSION_RANK = rank(DIMENSION_CODES);
const SEX_RANK = rank(SEX_CODES);
const AGE_RANK = rank(AGE_CODES);

function compareRows(a: PublishedRow, b: PublishedRow): number {
  return (a.country < b.country ? -1 : a.country > b.country ? 1 : 0)
    || a.year - b.year
    || INDICATOR_RANK.get(a.indicator)! - INDICATOR_RANK.get(b.indicator)!
    || DIMENSION_RANK.get(a.dimension)! - DIMENSION_RANK.get(b.dimension)!
    || (a.category === b.category ? 0 : a.category === 'total' ? -1 : b.category === 'total' ? 1 : a.category < b.category ? -1 : 1)
    || SEX_RANK.get(a.sex)! - SEX_RANK.get(b.sex)!
    || AGE_RANK.get(a.age)! - AGE_RANK.get(b.age)!;
}

/** Every published value as long-format rows, in a stable order. */
export async function publishedLongRows(db: Kysely<Database>): Promise<LongRow[]> {
  const rows = await listPublished(db);
  rows.sort(compareRows);
  return rows.map((row) => toLongRow({
    country: row.country, countryName: row.countryName, region: row.regionLabel, subregion: row.subregionLabel, year: row.year, isoMapped: row.isoMapped,
  }, row));
}

export async function longFileBytes(rows: LongRow[], format: LongFormat): Promise<Buffer> {
  const body = rows.map((row) => LONG_COLUMNS.map((column) => inertCell(row[column])));
  if (format === 'csv') return Buffer.from(stringify([[...LONG_COLUMNS], ...body]), 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  for (const line of XLSX_PREAMBLE) sheet.addRow([line]);
  sheet.addRow([...LONG_COLUMNS]).font = { bold: true };
  for (const row of body) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function exportLongFile(db: Kysely<Database>, format: LongFormat): Promise<{ bytes: Buffer; rows: number }> {
  const rows = await publishedLongRows(db);
  return { bytes: await longFileBytes(rows, format), rows: rows.length };
}
