import { VOCABULARIES } from './vocabularies.ts';
import type { Kind } from './schemas.ts';
import { getPath, setPath } from '../core/object-path.ts';

/**
 * How a record is laid out as one row of a CSV or XLSX file (import and export use the same
 * layout, so that an export can be imported again). Lists are separated by ";" (or written as a
 * JSON array when an item contains one); texts in
 * several languages take one column per language (title_en, title_fr, ...); nested lists
 * (victims, defendants, provisions, sources) are JSON in their cell.
 */
export type ColumnType = 'text' | 'number' | 'boolean' | 'list' | 'numberList' | 'json' | 'localized';
export interface Column { name: string; path: string[]; type: ColumnType }

const LANGUAGES = VOCABULARIES.textLanguage;
const col = (name: string, path: string, type: ColumnType = 'text'): Column => ({ name, path: path.split('.'), type });

const COMMON_START = [col('external_id', 'externalId')];
const COMMON_END = [col('sample', 'sample', 'boolean')];

export const COLUMNS: Record<Kind, Column[]> = {
  case: [
    ...COMMON_START,
    col('title', 'title', 'localized'), col('original_language', 'originalLanguage'), col('country', 'country'),
    col('country_from_jurisdiction', 'countryFromJurisdiction', 'boolean'), col('jurisdiction', 'jurisdiction'),
    col('court', 'court'), col('court_level', 'courtLevel'), col('court_type', 'courtType'), col('case_number', 'caseNumber'), col('decision_date', 'decisionDate'),
    col('crime_types', 'crimeTypes', 'list'), col('acts', 'acts', 'list'), col('means', 'means', 'list'), col('purposes', 'purposes', 'list'),
    col('scope', 'scope'), col('sectors', 'sectors', 'list'), col('victims', 'victims', 'json'), col('defendants', 'defendants', 'json'),
    col('charges', 'charges', 'list'), col('procedural_history', 'proceduralHistory', 'json'),
    col('fact_summary', 'factSummary', 'localized'), col('commentary', 'commentary', 'localized'), col('significant_features', 'significantFeatures', 'localized'),
    col('cross_cutting_issues', 'crossCuttingIssues', 'list'), col('evidential_issues', 'evidentialIssues', 'list'), col('keywords', 'keywords', 'list'),
    col('sources', 'sources', 'json'), col('legislation_applied', 'legislationApplied', 'list'), col('articles', 'articles', 'list'),
    col('all_elements_present', 'inclusion.allElementsPresent', 'boolean'), col('inclusion_reason', 'inclusion.reason'),
    ...COMMON_END,
  ],
  legislation: [
    ...COMMON_START,
    col('country', 'country'), col('title', 'title', 'localized'), col('original_language', 'originalLanguage'), col('official_citation', 'officialCitation'),
    col('year_adopted', 'yearAdopted', 'number'), col('years_amended', 'yearsAmended', 'numberList'), col('year_in_force', 'yearInForce', 'number'),
    col('year_repealed', 'yearRepealed', 'number'), col('status', 'status'), col('crime_types', 'crimeTypes', 'list'), col('themes', 'themes', 'list'),
    col('summary', 'summary', 'localized'), col('provisions', 'provisions', 'json'), col('keywords', 'keywords', 'list'), col('sources', 'sources', 'json'),
    ...COMMON_END,
  ],
  publication: [
    ...COMMON_START,
    col('authors', 'authors', 'list'), col('title', 'title', 'localized'), col('original_language', 'originalLanguage'), col('year', 'year', 'number'),
    col('publisher', 'publisher'), col('type', 'type'), col('countries', 'countries', 'list'), col('regions', 'regions', 'list'),
    col('method', 'method'), col('crime_types', 'crimeTypes', 'list'), col('keywords', 'keywords', 'list'), col('abstract', 'abstract', 'localized'),
    col('url', 'url'),
    ...COMMON_END,
  ],
};

/** The header of a file for this kind: localized columns expand to one per language. */
export function headerOf(kind: Kind): string[] {
  return COLUMNS[kind].flatMap((column) => (column.type === 'localized' ? LANGUAGES.map((language) => `${column.name}_${language}`) : [column.name]));
}

export class CellError extends Error {
  constructor(readonly column: string, message: string, readonly params: Record<string, string | number> = {}) { super(message); }
}

/** A row's cells to the record's input object (to be validated by the record schema). */
export function rowToInput(kind: Kind, values: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const column of COLUMNS[kind]) {
    let value: unknown;
    if (column.type === 'localized') {
      const texts: Record<string, string> = {};
      for (const language of LANGUAGES) {
        const cell = values[`${column.name}_${language}`];
        if (cell) texts[language] = cell;
      }
      value = texts;
    } else {
      const cell = values[column.name]?.trim() ?? '';
      if (cell === '') continue;
      value = parseCell(column, cell);
    }
    setPath(input, column.path, value);
  }
  return input;
}

function parseCell(column: Column, cell: string): unknown {
  switch (column.type) {
    case 'number': return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
    case 'boolean':
      if (/^(true|yes|1|y)$/i.test(cell)) return true;
      if (/^(false|no|0|n)$/i.test(cell)) return false;
      throw new CellError(column.name, 'error.boolean');
    case 'list':
      // A list whose items contain ";" is written as a JSON array (see recordToRow).
      if (cell.startsWith('[')) {
        try { return JSON.parse(cell); } catch { throw new CellError(column.name, 'error.json_cell'); }
      }
      return cell.split(';').map((item) => item.trim()).filter(Boolean);
    case 'numberList': return cell.split(';').map((item) => item.trim()).filter(Boolean).map((item) => (/^\d+$/.test(item) ? Number(item) : item));
    case 'json':
      try {
        return JSON.parse(cell);
      } catch {
        throw new CellError(column.name, 'error.json_cell');
      }
    default: return cell;
  }
}

/** A record's data to the cells of one row. */
export function recordToRow(kind: Kind, data: Record<string, unknown>): Record<string, string> {
  const row: Record<string, string> = {};
  for (const column of COLUMNS[kind]) {
    const value = getPath(data, column.path);
    if (column.type === 'localized') {
      for (const language of LANGUAGES) row[`${column.name}_${language}`] = ((value as Record<string, string> | undefined)?.[language]) ?? '';
      continue;
    }
    if (value === undefined || value === null) { row[column.name] = ''; continue; }
    switch (column.type) {
      case 'list': {
        const items = value as string[];
        row[column.name] = items.some((item) => item.includes(';') || item.startsWith('[')) ? JSON.stringify(items) : items.join('; ');
        break;
      }
      case 'numberList': row[column.name] = (value as unknown[]).join('; '); break;
      case 'json': row[column.name] = (value as unknown[]).length === 0 ? '' : JSON.stringify(value); break;
      case 'boolean': row[column.name] = value ? 'true' : 'false'; break;
      default: row[column.name] = String(value);
    }
  }
  return row;
}

/** The column of the file that holds a validation error's field path, e.g. ['title','fr'] -> 'title_fr'. */
export function columnOfField(kind: Kind, field: string): string {
  const parts = field.split('.');
  for (const column of COLUMNS[kind]) {
    if (column.path.every((part, index) => parts[index] === part)) {
      if (column.type === 'localized' && parts[column.path.length]) return `${column.name}_${parts[column.path.length]}`;
      const rest = parts.slice(column.path.length);
      return rest.length && column.type === 'json' ? `${column.name} (${describePath(rest)})` : column.name;
    }
  }
  return field;
}

function describePath(parts: string[]): string {
  return parts.map((part) => (/^\d+$/.test(part) ? `#${Number(part) + 1}` : part)).join(' ');
}
