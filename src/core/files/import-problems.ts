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

/** A problem as a line of the command line's report, in English. */
export const importProblemLine = (problem: ImportProblem) => `row ${problem.row}, ${problem.column}: ${translate('en', problem.message, problem.params)}`;
