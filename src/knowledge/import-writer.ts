import { sql, type Transaction } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { appendVersions, findRecordsByExternalId, insertRecords, publishVersions, writePublicProjection, type Publication } from './repository.ts';
import { canonicalJson } from '../core/canonical-json.ts';
import type { ParsedRow } from './import-rows.ts';
import type { StagedDocuments } from './search-documents.ts';
import type { Projection } from './projection.ts';
import type { Kind } from './schemas.ts';

/** What one chunk of an import wrote: the record id of each row, which were updates, and the version each got. */
export interface WrittenRows { ids: number[]; updated: Set<number>; versions: Map<number, number> }

interface Chunk {
  kind: Kind;
  rows: ParsedRow[];
  /** When publishing, the projection of each row. */
  projections: Projection[];
  /** Position of the chunk's first row in the whole file's valid rows (its staged documents are numbered so). */
  first: number;
  by: { userId: number | null; label: string };
  now: Date;
  publish: boolean;
  staged?: StagedDocuments;
}

/**
 * Writes a chunk of valid rows: records new to the database are created (already published when
 * publishing: no update of each row after), known ones (same external id) get a new version;
 * with `publish`, their public projection and search documents are written too.
 */
export async function writeImportedRows(trx: Transaction<Database>, chunk: Chunk): Promise<WrittenRows> {
  const { kind, rows, by, now } = chunk;
  const existing = await findRecordsByExternalId(trx, kind, rows.flatMap((row) => (row.externalId ? [row.externalId] : [])));
  const ids = rows.map((row) => matchingRecord(row, existing.get(row.externalId ?? '') ?? []) ?? 0);
  const fresh = rows.map((row, index) => ({ row, index })).filter(({ index }) => !ids[index]);
  const freshIds = await insertRecords(trx, fresh.map(({ row }) => ({ kind, externalId: row.externalId, data: row.data, json: row.json, sample: row.data.sample, note: 'import' })), by,
    chunk.publish ? { publishedAt: now } : {});
  const known = rows.map((row, index) => ({ row, index })).filter(({ index }) => ids[index]);
  fresh.forEach(({ index }, position) => { ids[index] = freshIds[position]; });

  const states = await recordStates(trx, known.map(({ index }) => ids[index]));
  const versions = new Map<number, number>(freshIds.map((id) => [id, 1]));
  for (const { index } of known) versions.set(ids[index], (states.get(ids[index])?.latest_version ?? 0) + 1);
  await appendVersions(trx, known.map(({ row, index }) => ({ id: ids[index], version: versions.get(ids[index])!, data: row.data, json: row.json, note: 'import', sample: row.data.sample })), by);

  if (chunk.publish) {
    const publicationOf = ({ row, index }: { row: ParsedRow; index: number }, firstPublishedAt: Date | null): Publication => ({ id: ids[index], kind, version: versions.get(ids[index])!, data: row.data, firstPublishedAt, projection: chunk.projections[index] });
    const stagedFor = (items: { index: number }[]) => (chunk.staged ? { documents: chunk.staged, ords: items.map(({ index }) => chunk.first + index) } : undefined);
    await writePublicProjection(trx, fresh.map((item) => publicationOf(item, now)), now, stagedFor(fresh));
    await publishVersions(trx, known.map((item) => publicationOf(item, states.get(ids[item.index])?.first_published_at ?? null)), now, stagedFor(known));
  }
  return { ids, updated: new Set(known.map(({ index }) => ids[index])), versions };
}

/**
 * The record a row updates: the one with its external id and the same title; else, when the
 * file gives that id to this row only and one record has it, that record (its title changed).
 * A row whose id another row of the file shares, and whose title no record has, is a new record.
 */
function matchingRecord(row: ParsedRow, candidates: { id: number; title: unknown }[]): number | undefined {
  if (!row.externalId || !candidates.length) return undefined;
  const title = canonicalJson(row.data.title);
  const sameTitle = candidates.find((candidate) => canonicalJson(candidate.title) === title);
  if (sameTitle) return sameTitle.id;
  return !row.sharedExternalId && candidates.length === 1 ? candidates[0].id : undefined;
}

async function recordStates(trx: Transaction<Database>, ids: number[]) {
  if (!ids.length) return new Map<number, { latest_version: number; first_published_at: Date | null }>();
  const rows = await trx.selectFrom('kn_records').select(['id', 'latest_version', 'first_published_at']).where(sql<boolean>`id = any(${ids}::bigint[])`).execute();
  return new Map(rows.map((row) => [row.id, row]));
}
