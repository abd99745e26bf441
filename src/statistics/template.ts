/**
 * The questionnaire as an XLSX template (one row per cell of every grid, filled with what is
 * entered) and the reading of a filled-in template back into values, row by row.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../core/errors.ts';
import { readTable, tableFormatOf } from '../core/files/read-table.ts';
import { inertCell } from '../core/files/write-table.ts';
import { ALL_GRIDS, agesOf, categoriesOf, cellText, sexesOf } from './grid.ts';
import { categoryLabel, categoryOfLabel, LongRowError } from './long-format.ts';
import { ImportRejected, type ImportProblem } from '../core/files/import-problems.ts';
import { keyOf, parseValueText, type StatValue } from './values.ts';
import {
  AGE_LABELS, ageFromLabel, DIMENSION_LABELS, dimensionFromLabel, INDICATOR_DIMENSIONS, INDICATOR_LABELS, indicatorFromLabel, SEX_LABELS, sexFromLabel,
} from './vocabulary.ts';

export const TEMPLATE_COLUMNS = ['Indicator', 'Dimension', 'Category', 'Sex', 'Age', 'Value', 'Source', 'Notes'] as const;

export async function templateBytes(country: string, year: number, values: StatValue[]): Promise<Buffer> {
  const byKey = new Map(values.map((value) => [keyOf(value), value]));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`${country} ${year}`);
  sheet.addRow([...TEMPLATE_COLUMNS]).font = { bold: true };
  for (const grid of ALL_GRIDS) {
    for (const category of categoriesOf(grid, values)) {
      for (const sex of sexesOf(grid)) {
        for (const age of agesOf(grid)) {
          const value = byKey.get(keyOf({ ...grid, category, sex, age }));
          sheet.addRow([
            INDICATOR_LABELS[grid.indicator], DIMENSION_LABELS[grid.dimension], categoryLabel(grid.dimension, category), SEX_LABELS[sex], AGE_LABELS[age],
            cellText(value), value?.source ?? '', value?.notes ?? '',
          ].map(inertCell));
        }
      }
    }
  }
  sheet.columns.forEach((column, index) => { column.width = [34, 26, 28, 10, 18, 14, 28, 40][index]; });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A filled-in template as values (rows with an empty Value are skipped), or every problem with its row and column. */
export async function parseTemplate(bytes: Uint8Array, filename: string): Promise<StatValue[]> {
  const format = tableFormatOf(filename);
  if (format !== 'csv' && format !== 'xlsx') throw new AppError('unsupported_format', 422, 'error.unsupported_format', { name: filename });
  const table = await readTable(bytes, format);
  const missing = TEMPLATE_COLUMNS.filter((column) => !table.columns.includes(column));
  if (missing.length) throw new ImportRejected(missing.map((column) => ({ row: 1, column, message: 'statistics.error.missing_column' })));
  const problems: ImportProblem[] = [];
  const values: StatValue[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber, values: cells } of table.rows) {
    const problem = (column: string, message: string, params: Record<string, string | number> = {}) => { problems.push({ row: rowNumber, column, message, params }); };
    const parsed = parseValueText(cells.Value ?? '');
    if (parsed === null) continue;
    if ('error' in parsed) { problem('Value', parsed.error, { value: cells.Value }); continue; }
    const indicator = indicatorFromLabel(cells.Indicator ?? '');
    const dimension = dimensionFromLabel(cells.Dimension ?? '');
    const sex = sexFromLabel(cells.Sex ?? '');
    const age = ageFromLabel(cells.Age ?? '');
    if (!indicator) { problem('Indicator', 'statistics.error.unknown_indicator', { value: cells.Indicator ?? '' }); continue; }
    if (!dimension || !INDICATOR_DIMENSIONS[indicator].includes(dimension)) { problem('Dimension', 'statistics.error.unknown_dimension', { value: cells.Dimension ?? '' }); continue; }
    if (!sex) { problem('Sex', 'statistics.error.unknown_sex', { value: cells.Sex ?? '' }); continue; }
    if (!age) { problem('Age', 'statistics.error.unknown_age', { value: cells.Age ?? '' }); continue; }
    let category: string;
    try {
      const mapped = categoryOfLabel(dimension, cells.Category ?? '');
      if (!mapped.mapped) { problem('Category', 'statistics.error.unknown_category', { value: cells.Category ?? '' }); continue; }
      category = mapped.category;
    } catch (error) {
      if (!(error instanceof LongRowError)) throw error;
      problem('Category', error.message, error.params);
      continue;
    }
    const value: StatValue = {
      indicator, dimension, category, sex, age, state: parsed.state, value: parsed.value,
      source: (cells.Source ?? '').trim().slice(0, 500), notes: (cells.Notes ?? '').trim().slice(0, 2000),
    };
    const earlier = seen.get(keyOf(value));
    if (earlier !== undefined) { problem('Category', 'statistics.error.duplicate_row', { row: earlier }); continue; }
    seen.set(keyOf(value), rowNumber);
    values.push(value);
  }
  if (problems.length) throw new ImportRejected(problems);
  return values;
}
