import { INSTITUTION_TYPES } from './vocabulary.ts';

/**
 * How activities, participants and outcomes are laid out as rows of a CSV or XLSX file. Import
 * and export use the same columns, so an export can be imported again (as updates, matched on
 * external_id). Lists are separated by ";".
 */
export const IMPORT_KINDS = ['activities', 'participants', 'outcomes'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

type ColumnKind = 'text' | 'list' | 'boolean';
interface Column { name: string; field: string; kind: ColumnKind }
const col = (name: string, field: string, kind: ColumnKind = 'text'): Column => ({ name, field, kind });

const institutionColumn = (type: string) => `participants_${type}`;

export const COLUMNS: Record<ImportKind, Column[]> = {
  activities: [
    col('external_id', 'externalId'), col('type', 'type'), col('title', 'title'), col('start_date', 'startDate'), col('end_date', 'endDate'),
    col('place', 'place'), col('scope', 'scope'), col('countries', 'countries', 'list'), col('programmes', 'programmes', 'list'), col('project', 'project'),
    col('partners', 'partners', 'list'), col('topic', 'topic'), col('description', 'description'),
    col('female', 'female'), col('male', 'male'), col('unknown_sex', 'unknown'),
    ...INSTITUTION_TYPES.map((type) => col(institutionColumn(type), `participation.${type}`)),
    col('status', 'status'), col('sample', 'sample', 'boolean'),
  ],
  participants: [
    col('activity', 'activity'), col('name', 'name'), col('sex', 'sex'), col('institution_type', 'institutionType'), col('institution', 'institution'), col('country', 'country'),
  ],
  outcomes: [
    col('external_id', 'externalId'), col('type', 'type'), col('activity', 'activity'), col('programme', 'programme'), col('country', 'country'),
    col('date', 'date'), col('quantity', 'quantity'), col('knowledge_record', 'knowledgeRecord'), col('source', 'source'), col('story', 'story'),
    col('status', 'status'), col('sample', 'sample', 'boolean'),
  ],
};

export const headerOf = (kind: ImportKind) => COLUMNS[kind].map((column) => column.name);

/** The column a validation error's field path belongs to. */
export function columnOfField(kind: ImportKind, field: string): string {
  const [head] = field.split('.');
  if (kind === 'activities' && head === 'participation') return 'participants_*';
  return COLUMNS[kind].find((column) => column.field === head)?.name ?? field;
}

const TRUE = new Set(['true', 'yes', '1', 'y']);
const FALSE = new Set(['false', 'no', '0', 'n', '']);

export class CellError extends Error {
  constructor(readonly column: string, message: string) { super(message); }
}

/** One row of cells as the input of the kind's schema (empty cells are left out). */
export function rowToInput(kind: ImportKind, values: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const participation: { institutionType: string; participants: string }[] = [];
  for (const column of COLUMNS[kind]) {
    const cell = (values[column.name] ?? '').trim();
    if (column.field.startsWith('participation.')) {
      if (cell !== '') participation.push({ institutionType: column.field.split('.')[1], participants: cell });
      continue;
    }
    if (column.kind === 'boolean') {
      if (!TRUE.has(cell.toLowerCase()) && !FALSE.has(cell.toLowerCase())) throw new CellError(column.name, 'programmes.error.boolean');
      input[column.field] = TRUE.has(cell.toLowerCase());
      continue;
    }
    if (cell === '') continue;
    input[column.field] = column.kind === 'list' ? cell.split(';').map((item) => item.trim()).filter(Boolean) : cell;
  }
  if (kind === 'activities') input.participation = participation;
  return input;
}

/** A record as cells of its row (for exports). */
export function recordToRow(kind: ImportKind, record: Record<string, unknown>): Record<string, string> {
  const row: Record<string, string> = {};
  for (const column of COLUMNS[kind]) {
    const value = column.field.startsWith('participation.')
      ? (record.participation as { institutionType: string; participants: number }[] | undefined)?.find((item) => item.institutionType === column.field.split('.')[1])?.participants
      : record[column.field];
    row[column.name] = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
  }
  return row;
}
