import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { headerOf, recordToRow } from './columns.ts';
import { publicRecordData, recordUrl } from './presenters.ts';
import { conditions, type SearchRequest } from './search/search.ts';
import { parseQuery, toTsQuery } from './search/query-text.ts';
import { KINDS, type Kind, type RecordData } from './schemas.ts';

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

const PAGE = 1000;

/** Every published record matching the search, in id order, read in pages (no limit on the total). */
async function* matchingRecords(db: Kysely<Database>, request: SearchRequest, personDetails: boolean) {
  const tsquery = await toTsQuery(db, parseQuery(request.q));
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('kn_published').innerJoin('kn_records', 'kn_records.id', 'kn_published.record_id')
      .innerJoin('kn_versions', (join) => join.onRef('kn_versions.record_id', '=', 'kn_published.record_id').onRef('kn_versions.version', '=', 'kn_published.version'))
      .select(['kn_published.record_id', 'kn_published.kind', 'kn_versions.data', 'kn_records.external_id'])
      .where((eb) => eb.and([...conditions(request, tsquery), sql<boolean>`kn_published.record_id > ${after}`]))
      .orderBy('kn_published.record_id').limit(PAGE).execute();
    for (const row of rows) {
      const full = row.data as RecordData;
      const data = { ...(personDetails ? full : publicRecordData(row.kind as Kind, full)), externalId: row.external_id ?? undefined } as RecordData;
      yield { id: row.record_id, kind: row.kind as Kind, data };
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].record_id;
  }
}

/** The columns of an export: id and permanent URL, then the columns of the kinds in it (one file layout for all). */
export function exportHeader(kinds: readonly Kind[]): string[] {
  const columns = ['id', 'url', 'kind'];
  for (const kind of kinds) for (const column of headerOf(kind)) if (!columns.includes(column)) columns.push(column);
  return columns;
}

function kindsOf(request: SearchRequest): readonly Kind[] {
  const selected = request.filters.kind?.filter((kind): kind is Kind => (KINDS as readonly string[]).includes(kind));
  return selected?.length ? selected : KINDS;
}

/**
 * The export as a stream of bytes, produced while the records are read. Without
 * `personDetails` (the public), victims and defendants are written without their initials;
 * the editorial team's exports keep them, so that an export imported again gives the same records.
 */
export function exportStream(db: Kysely<Database>, request: SearchRequest, format: ExportFormat, baseUrl: string, options: { personDetails?: boolean } = {}): Readable {
  const personDetails = options.personDetails ?? false;
  const header = exportHeader(kindsOf(request));
  const toRow = (record: { id: number; kind: Kind; data: RecordData }) => {
    const cells = recordToRow(record.kind, record.data as unknown as Record<string, unknown>);
    return header.map((column) => (column === 'id' ? String(record.id) : column === 'url' ? recordUrl(baseUrl, record.id) : column === 'kind' ? record.kind : cells[column] ?? ''));
  };
  if (format === 'xlsx') return xlsxStream(header, matchingRecords(db, request, personDetails), toRow);
  return Readable.from((async function* () {
    if (format === 'csv') {
      yield stringify([header]);
      for await (const record of matchingRecords(db, request, personDetails)) yield stringify([toRow(record)]);
      return;
    }
    yield '[\n';
    let first = true;
    for await (const record of matchingRecords(db, request, personDetails)) {
      yield `${first ? '' : ',\n'}${JSON.stringify({ id: record.id, url: recordUrl(baseUrl, record.id), kind: record.kind, ...record.data })}`;
      first = false;
    }
    yield '\n]\n';
  })());
}

function xlsxStream(header: string[], records: AsyncIterable<{ id: number; kind: Kind; data: RecordData }>, toRow: (record: { id: number; kind: Kind; data: RecordData }) => string[]): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('records');
  (async () => {
    sheet.addRow(header).commit();
    for await (const record of records) sheet.addRow(toRow(record)).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error) => output.destroy(error));
  return output;
}
