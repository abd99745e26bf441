import { stringify } from 'csv-stringify/sync';
import { AppError } from '../errors.ts';
import { translate } from '../i18n/i18n.ts';

/** One problem of an import file: the row as numbered in the file, its column, and a message key (with its params). */
export interface ImportProblem { row: number; column: string; message: string; params?: Record<string, string | number> }

/**
 * A refused import file: nothing was written. `problems` lists every bad row and field; the
 * first `listed` of them are also the error's field errors (what the API returns).
 */
export class ImportRejected extends AppError {
  /** More problems were found than were kept. */
  readonly truncated: boolean;

  constructor(readonly problems: ImportProblem[], options: { message?: string; listed?: number; truncated?: boolean } = {}) {
    super('import_rejected', 422, options.message ?? 'error.import_rejected', { count: problems.length },
      problems.slice(0, options.listed ?? 1000).map((problem) => ({ field: `row ${problem.row}: ${problem.column}`, message: problem.message, params: problem.params })));
    this.truncated = options.truncated ?? false;
  }
}

/** The same problem (column, message and its values) on one or more rows. */
export interface ProblemGroup { column: string; message: string; params?: Record<string, string | number>; rows: number[] }

/**
 * Problems grouped by column and message (with the same values), in the order each first
 * occurs: 3,776 problems of a real file read as the few distinct things wrong with it.
 */
export function groupProblems(problems: ImportProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const key = JSON.stringify([problem.column, problem.message, problem.params ?? null]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { column: problem.column, message: problem.message, params: problem.params, rows: [] }));
    group.rows.push(problem.row);
  }
  return [...groups.values()];
}

/** Row numbers as ranges: [2, 3, 4, 9, 11, 12] -> "2-4, 9, 11-12". */
export function rowRanges(rows: number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length; index++) {
    const start = sorted[index];
    while (index + 1 < sorted.length && sorted[index + 1] === sorted[index] + 1) index++;
    parts.push(start === sorted[index] ? String(start) : `${start}-${sorted[index]}`);
  }
  return parts.join(', ');
}

/** The grouped problems as lines of the command line's report, in English: `court: Required. (rows 2-945)`. */
export function importProblemSummary(problems: ImportProblem[]): string[] {
  const groups = groupProblems(problems);
  return [
    `${problems.length} problem${problems.length === 1 ? '' : 's'} of ${groups.length} kind${groups.length === 1 ? '' : 's'}:`,
    ...groups.map((group) => `  ${group.column}: ${translate('en', group.message, group.params)} (${group.rows.length === 1 ? 'row' : `${group.rows.length} rows`} ${rowRanges(group.rows)})`),
  ];
}

/** Every problem as CSV (row, column, problem in English), for `--problems FILE`. */
export function problemsCsv(problems: ImportProblem[]): string {
  return stringify(problems.map((problem) => [problem.row, problem.column, translate('en', problem.message, problem.params)]), { header: true, columns: ['row', 'column', 'problem'] });
}

/** A problem as a line of the command line's report, in English. */
export const importProblemLine = (problem: ImportProblem) => `row ${problem.row}, ${problem.column}: ${translate('en', problem.message, problem.params)}`;
