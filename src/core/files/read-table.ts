import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';

/** A data row of a spreadsheet: its number as the user sees it in the file, and its cells by column name. */
export interface TableRow { rowNumber: number; values: Record<string, string> }
export interface Table { columns: string[]; rows: TableRow[] }

export type TableFormat = 'csv' | 'xlsx';

export function tableFormatOf(filename: string): TableFormat | 'json' | undefined {
  const extension = filename.toLowerCase().split('.').pop();
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'json') return 'json';
  return undefined;
}

/**
 * Reads a CSV (UTF-8, comma, semicolon or tab separated) or XLSX file (first sheet). The header
 * is the first non-empty row unless `headerRow` (1-based) says otherwise, for files with preamble
 * lines. Empty rows are skipped; column names are trimmed.
 */
export async function readTable(bytes: Uint8Array, format: TableFormat, options: { headerRow?: number } = {}): Promise<Table> {
  const grid = format === 'csv' ? readCsvGrid(bytes) : await readXlsxGrid(bytes);
  const headerIndex = options.headerRow ? options.headerRow - 1 : grid.findIndex((row) => row.cells.some((cell) => cell.trim() !== ''));
  const header = grid[headerIndex];
  if (!header) throw new AppError('file_unreadable', 422, 'error.file_empty');
  const columns = header.cells.map((cell) => cell.trim());
  const duplicate = columns.find((column, index) => column && columns.indexOf(column) !== index);
  if (duplicate) throw new AppError('file_unreadable', 422, 'error.duplicate_column', { column: duplicate });
  const rows: TableRow[] = [];
  for (const row of grid.slice(headerIndex + 1)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const values: Record<string, string> = {};
    columns.forEach((column, index) => { if (column) values[column] = (row.cells[index] ?? '').trim(); });
    const extra = row.cells.slice(columns.length).find((cell) => cell.trim() !== '');
    if (extra !== undefined) throw new AppError('file_unreadable', 422, 'error.cell_outside_columns', { row: row.number });
    rows.push({ rowNumber: row.number, values });
  }
  return { columns: columns.filter(Boolean), rows };
}

interface GridRow { number: number; cells: string[] }

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const badAt = firstInvalidUtf8(bytes);
    const line = new TextDecoder('utf-8').decode(bytes.subarray(0, badAt)).split('\n').length;
    throw new AppError('file_not_utf8', 422, 'error.file_not_utf8', { line });
  }
}

function readCsvGrid(bytes: Uint8Array): GridRow[] {
  const text = decodeUtf8(bytes);
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = [',', ';', '\t'].map((char) => ({ char, count: firstLine.split(char).length })).sort((a, b) => b.count - a.count)[0].char;
  try {
    const records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, info: true, bom: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ number: info.lines, cells: record }));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError('file_unreadable', 422, 'error.csv_malformed', { line: line ?? '?', reason: (error as Error).message.replace(/^Invalid\s*/, '').slice(0, 200) });
  }
}

async function readXlsxGrid(bytes: Uint8Array): Promise<GridRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('file_unreadable', 422, 'error.xlsx_malformed');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('file_unreadable', 422, 'error.file_empty');
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => { cells[column - 1] = cellText(cell.value); });
    rows.push({ number, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

/** The offset of the first byte that is not valid UTF-8 (one pass over the bytes). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) if ((bytes[index + next] & 0xc0) !== 0x80) return index;
    index += length;
  }
  return bytes.length;
}
