import { AppError } from '../core/errors.ts';
import { zodIssueToFieldError } from '../core/validation.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import { decodeUtf8, readTable, tableFormatOf, type TableFormat } from '../core/files/read-table.ts';
import { ImportRejected, type ImportProblem } from '../core/files/import-problems.ts';
import { CellError, columnOfField, rowToInput } from './columns.ts';
import { INPUT_SCHEMAS, type Kind, type RecordData } from './schemas.ts';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * A valid row: its number in the file, the record's data (and its canonical JSON, hashed by the
 * audit), its external id, and whether another row of the file gives that id to a different record.
 */
export interface ParsedRow { row: number; data: RecordData; json: string; externalId: string | null; sharedExternalId: boolean }

/** The rows of a file as record inputs, not yet validated; problems of cells that could not be read at all. */
export interface ImportInputs { format: TableFormat | 'json'; inputs: { row: number; input: unknown }[]; problems: ImportProblem[] }

/** Reads a CSV, XLSX or JSON file into one input per row; a file that cannot be read at all is refused at once. */
export async function readImportInputs(kind: Kind, bytes: Uint8Array, filename: string): Promise<ImportInputs> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new AppError('payload_too_large', 413, 'error.file_too_large', { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  const format = tableFormatOf(filename);
  if (!format) throw new AppError('unsupported_format', 422, 'error.unsupported_format', { name: filename });
  const inputs: { row: number; input: unknown }[] = [];
  const problems: ImportProblem[] = [];
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(decodeUtf8(bytes));
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('file_unreadable', 422, 'error.json_malformed', { reason: (error as Error).message.slice(0, 200) });
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { records?: unknown })?.records;
    if (!Array.isArray(list)) throw new AppError('file_unreadable', 422, 'error.json_not_list');
    list.forEach((input, index) => inputs.push({ row: index + 1, input }));
  } else {
    const table = await readTable(bytes, format);
    for (const { rowNumber, values } of table.rows) {
      try {
        inputs.push({ row: rowNumber, input: rowToInput(kind, values) });
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        problems.push({ row: rowNumber, column: error.column, message: error.message, params: error.params });
      }
    }
  }
  if (!inputs.length && !problems.length) throw new AppError('file_unreadable', 422, 'error.file_empty');
  return { format, inputs, problems };
}

/**
 * Validates rows against the record schema, a few at a time, adding every problem to the list.
 * An external id given twice to the same record (same title) is a problem; given to two records
 * with different titles it is what some sources publish (SHERLOC's USA174): both are kept, and
 * `warnings` says so with the other title, for editors to resolve.
 */
export class RowValidator {
  private readonly seen = new Map<string, { row: number; title: string; titles: Set<string> }>();
  readonly warnings: ImportProblem[] = [];
  private readonly shared: Set<string>;

  constructor(private readonly kind: Kind, private readonly format: TableFormat | 'json', readonly problems: ImportProblem[], inputs: { input: unknown }[] = []) {
    this.shared = repeatedExternalIds(inputs);
  }

  validate(items: { row: number; input: unknown }[]): ParsedRow[] {
    const rows: ParsedRow[] = [];
    const json = this.format === 'json';
    const column = json ? 'externalId' : 'external_id';
    for (const { row, input } of items) {
      const result = INPUT_SCHEMAS[this.kind].safeParse(input);
      if (!result.success) {
        for (const field of result.error.issues.map(zodIssueToFieldError)) {
          this.problems.push({ row, column: json ? field.field : columnOfField(this.kind, field.field), message: field.message, params: field.params });
        }
        continue;
      }
      const data = result.data as RecordData;
      const externalId = (data as { externalId?: string }).externalId ?? null;
      const titleKey = canonicalJson(data.title);
      const earlier = externalId ? this.seen.get(externalId) : undefined;
      if (earlier?.titles.has(titleKey)) {
        this.problems.push({ row, column, message: 'error.duplicate_in_file', params: { row: earlier.row } });
        continue;
      }
      if (externalId && earlier) {
        this.warnings.push({ row, column, message: 'error.shared_external_id', params: { value: externalId, row: earlier.row, title: earlier.title, other: firstTitle(data.title) } });
        earlier.titles.add(titleKey);
      } else if (externalId) {
        this.seen.set(externalId, { row, title: firstTitle(data.title), titles: new Set([titleKey]) });
      }
      rows.push({ row, data, json: canonicalJson(data), externalId, sharedExternalId: Boolean(externalId && this.shared.has(externalId)) });
    }
    return rows;
  }
}

/** External ids that more than one row of the file carries (read before validation, so that the first of them already knows). */
function repeatedExternalIds(inputs: { input: unknown }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { input } of inputs) {
    const id = (input as { externalId?: unknown } | null)?.externalId;
    if (typeof id === 'string' && id.trim()) counts.set(id.trim(), (counts.get(id.trim()) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([id]) => id));
}

const firstTitle = (title: Record<string, string | undefined>) => Object.values(title).find(Boolean) ?? '';

/** Reads and validates a whole file, or refuses it listing every problem. */
export async function parseImportFile(kind: Kind, bytes: Uint8Array, filename: string): Promise<ParsedRow[]> {
  const { format, inputs, problems } = await readImportInputs(kind, bytes, filename);
  const rows = new RowValidator(kind, format, problems, inputs).validate(inputs);
  if (problems.length) throw new ImportRejected(problems);
  return rows;
}
