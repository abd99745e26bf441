import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type Cell = string | number | null | undefined;

/** A table to download: the same columns and rows a page shows. */
export interface DownloadTable {
  /** File name without extension, e.g. "detected-victims-2020". */
  filename: string;
  columns: { key: string; label: string }[];
  rows: Record<string, Cell>[];
  /** Worksheet name in XLSX (31 characters at most); "data" by default. */
  sheetName?: string;
}

export type TableDownloadFormat = 'csv' | 'xlsx';

export const TABLE_CONTENT_TYPES: Record<TableDownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ at the start) is prefixed with an
 * apostrophe, so that a downloaded table cannot carry a formula injected through data.
 * Numbers stay numbers.
 */
export function inertCell(value: Cell): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

/** The table as CSV (UTF-8 with a BOM, so that spreadsheets read non-Latin scripts) or XLSX bytes. */
export async function tableBytes(table: DownloadTable, format: TableDownloadFormat): Promise<Buffer> {
  const header = table.columns.map((column) => column.label);
  const body = table.rows.map((row) => table.columns.map((column) => inertCell(row[column.key])));
  if (format === 'csv') return Buffer.from(`\uFEFF${stringify([header, ...body])}`, 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet((table.sheetName ?? 'data').slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const row of body) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A download response for the table: the right content type and an attachment file name. */
export async function tableDownload(table: DownloadTable, format: TableDownloadFormat): Promise<Response> {
  const bytes = await tableBytes(table, format);
  const filename = `${table.filename.replace(/[^A-Za-z0-9._-]+/g, '-')}.${format}`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': TABLE_CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${filename}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
