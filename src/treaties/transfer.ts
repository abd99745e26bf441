import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAuditBatch } from '../core/audit/audit-log.ts';
import { AppError } from '../core/errors.ts';
import { readTable, tableFormatOf } from '../core/files/read-table.ts';
import { ImportRejected, type ImportProblem } from '../core/files/import-problems.ts';
import { tableBytes, type DownloadTable, type TableDownloadFormat } from '../core/files/write-table.ts';
import { treatiesPolicy } from './policy.ts';
import { checkEvent, dateAsWritten, type EventInput } from './event-input.ts';
import { listEventRows, treatyCodes } from './repository.ts';
import { insertEvents } from './service.ts';
import { presentEvent } from './presenters.ts';

/** The columns of `ariadne import/export treaty-status`: the four the issue names, then optional ones. */
export const REQUIRED_COLUMNS = ['country', 'treaty', 'action', 'date'] as const;
export const OPTIONAL_COLUMNS = ['effective_date', 'source', 'illustrative'] as const;
const KNOWN = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
export const MAX_TREATY_FILE_BYTES = 10 * 1024 * 1024;

export interface TreatyImportReport { rows: number; added: number; alreadyRecorded: number }

/** Reads and checks every row; refuses the file listing each bad row and field. */
export async function parseTreatyFile(db: Kysely<Database>, bytes: Uint8Array, filename: string): Promise<{ row: number; event: EventInput }[]> {
  if (bytes.byteLength > MAX_TREATY_FILE_BYTES) throw new AppError('payload_too_large', 413, 'error.file_too_large', { max: MAX_TREATY_FILE_BYTES / 1024 / 1024 });
  const format = tableFormatOf(filename);
  if (format !== 'csv' && format !== 'xlsx') throw new AppError('unsupported_format', 422, 'treaties.error.format', { name: filename.slice(0, 100) });
  const table = await readTable(bytes, format);
  const problems: ImportProblem[] = [];
  const headerRow = (table.rows[0]?.rowNumber ?? 2) - 1;
  for (const column of REQUIRED_COLUMNS) if (!table.columns.includes(column)) problems.push({ row: headerRow, column, message: 'treaties.error.missing_column' });
  for (const column of table.columns) if (!KNOWN.has(column)) problems.push({ row: headerRow, column, message: 'treaties.error.unknown_column' });
  if (problems.length) throw new ImportRejected(problems);
  if (!table.rows.length) throw new AppError('file_unreadable', 422, 'error.file_empty');
  const treaties = await treatyCodes(db);
  const rows: { row: number; event: EventInput }[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber, values } of table.rows) {
    const { event, errors } = checkEvent({
      country: values.country ?? '', treaty: values.treaty ?? '', action: values.action ?? '', date: values.date ?? '',
      effective_date: values.effective_date, source: values.source, illustrative: values.illustrative,
    }, treaties);
    for (const error of errors) problems.push({ row: rowNumber, column: error.field, message: error.message, params: error.params });
    if (!event) continue;
    const key = `${event.treaty}|${event.country}|${event.action}|${event.date}`;
    const first = seen.get(key);
    if (first !== undefined) { problems.push({ row: rowNumber, column: 'action', message: 'treaties.error.duplicate_row', params: { row: first } }); continue; }
    seen.set(key, rowNumber);
    rows.push({ row: rowNumber, event });
  }
  if (problems.length) throw new ImportRejected(problems);
  return rows;
}

/**
 * Imports actions from a CSV or XLSX file: every row valid, or nothing written (one
 * transaction). Actions already recorded are left as they are, so an export imports again
 * without change. Each added action is audited with its file row.
 */
export async function importTreatyStatus(db: Kysely<Database>, actor: Actor, file: { bytes: Uint8Array; filename: string }, options: { sample?: boolean } = {}): Promise<TreatyImportReport> {
  authorize(treatiesPolicy, actor, 'treaties.import');
  const rows = await parseTreatyFile(db, file.bytes, file.filename);
  return db.transaction().execute(async (trx) => {
    const ids = await insertEvents(trx, actor, rows.map((row) => row.event), options);
    const added = ids.length ? await trx.selectFrom('tr_events').selectAll().where('id', 'in', ids).orderBy('id').execute() : [];
    const rowOf = new Map(rows.map((row) => [`${row.event.treaty}|${row.event.country}|${row.event.action}|${row.event.date}`, row.row]));
    await recordAuditBatch(trx, auditActorOf(actor), added.map((event) => ({
      action: 'treaties.event_import', entityType: 'treaties.event', entityId: event.id,
      after: { ...presentEvent(event), file: file.filename, row: rowOf.get(`${event.treaty_code}|${event.country}|${event.action}|${event.action_date}`) },
    })));
    return { rows: rows.length, added: ids.length, alreadyRecorded: rows.length - ids.length };
  });
}

/** Every recorded action (of one treaty, if given) as a table in the import format. */
export async function treatyStatusTable(db: Kysely<Database>, treaty?: string): Promise<DownloadTable> {
  const rows = await listEventRows(db, { treaty });
  return {
    filename: `ariadne-treaty-status${treaty ? `-${treaty}` : ''}`,
    sheetName: 'treaty-status',
    columns: [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((key) => ({ key, label: key })),
    rows: rows.map((row) => ({
      country: row.country, treaty: row.treaty_code, action: row.action, date: dateAsWritten(row.action_date, row.date_precision),
      effective_date: row.effective_date ?? '', source: row.source ?? '', illustrative: row.illustrative ? 'yes' : '',
    })),
  };
}

export async function exportTreatyStatus(db: Kysely<Database>, format: TableDownloadFormat, treaty?: string): Promise<Buffer> {
  return tableBytes(await treatyStatusTable(db, treaty), format);
}
