import { AppError } from '../../core/errors.ts';
import { decodeUtf8, readTable, type TableFormat } from '../../core/files/read-table.ts';
import { csvRecords } from './csv-records.ts';

/**
 * Handles a row; returns a promise only when reading must wait for it (a full batch to write).
 * The values object is reused for the next row: copy what you keep.
 */
export type RowHandler = (rowNumber: number, values: Readonly<Record<string, string>>) => Promise<void> | void;

/**
 * Reads an HTCDS file row by row: the header first (`onHeader`, which may refuse the file by
 * throwing), then each non-empty row with its number as in the file, cells trimmed. CSV
 * (comma, semicolon or tab separated, UTF-8) is read record by record, so a file of a million
 * rows is never held as one grid; XLSX goes through core/files/read-table.ts. Reading stops
 * early when `shouldStop()` says so.
 */
export async function readHtcdsFile(bytes: Uint8Array, format: TableFormat, onHeader: (columns: string[]) => void, onRow: RowHandler, shouldStop: () => boolean = () => false): Promise<void> {
  if (format === 'xlsx') {
    const table = await readTable(bytes, 'xlsx');
    onHeader(table.columns);
    for (const row of table.rows) {
      if (shouldStop()) return;
      const waiting = onRow(row.rowNumber, row.values);
      if (waiting) await waiting;
    }
    return;
  }
  const text = utf8(bytes);
  const newline = text.indexOf('\n');
  const firstLine = text.slice(0, newline === -1 ? undefined : newline);
  const delimiter = [',', ';', '\t'].map((char) => ({ char, count: firstLine.split(char).length })).sort((a, b) => b.count - a.count)[0].char;
  let columns: string[] | undefined;
  // One object for every row (a million rows would otherwise make a million objects to collect).
  const values: Record<string, string> = {};
  for (const { cells, line } of csvRecords(text, delimiter)) {
    if (isBlank(cells)) continue;
    if (!columns) {
      const header = cells.map((value) => value.trim());
      const duplicate = header.find((column, index) => column && header.indexOf(column) !== index);
      if (duplicate) throw new AppError('file_unreadable', 422, 'error.duplicate_column', { column: duplicate });
      columns = header;
      onHeader(header.filter(Boolean));
      continue;
    }
    if (shouldStop()) return;
    for (let index = 0; index < columns.length; index++) {
      if (columns[index]) values[columns[index]] = index < cells.length ? cells[index].trim() : '';
    }
    for (let index = columns.length; index < cells.length; index++) {
      if (cells[index].trim() !== '') throw new AppError('file_unreadable', 422, 'error.cell_outside_columns', { row: line });
    }
    const waiting = onRow(line, values);
    if (waiting) await waiting;
  }
  if (!columns) throw new AppError('file_unreadable', 422, 'error.file_empty');
}

function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/** The text of the file; a file that is not UTF-8 (a spreadsheet saved in another encoding, a PDF) gets the line of the first bad byte. */
function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeUtf8(bytes);
  }
}
