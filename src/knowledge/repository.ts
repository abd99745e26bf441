import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { project, type Projection, type TextPiece } from './projection.ts';
import { writeSearchDocuments, writeStagedSearchDocuments, type StagedDocuments } from './search-documents.ts';
import type { Kind, RecordData } from './schemas.ts';

type Db = Kysely<Database>;

export type WorkflowStatus = 'draft' | 'submitted' | 'returned' | 'published';

export interface RecordState {
  id: number;
  kind: Kind;
  externalId: string | null;
  status: WorkflowStatus;
  latestVersion: number;
  publishedVersion: number | null;
  reviewComment: string | null;
  sample: boolean;
  createdAt: Date;
  updatedAt: Date;
  firstPublishedAt: Date | null;
  publishedAt: Date | null;
}

const stateColumns = ['id', 'kind', 'external_id', 'status', 'latest_version', 'published_version', 'review_comment', 'sample', 'created_at', 'updated_at', 'first_published_at', 'published_at'] as const;

function toState(row: Record<(typeof stateColumns)[number], unknown>): RecordState {
  return {
    id: row.id as number, kind: row.kind as Kind, externalId: row.external_id as string | null, status: row.status as WorkflowStatus,
    latestVersion: row.latest_version as number, publishedVersion: row.published_version as number | null,
    reviewComment: row.review_comment as string | null, sample: row.sample as boolean, createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date, firstPublishedAt: row.first_published_at as Date | null, publishedAt: row.published_at as Date | null,
  };
}

export async function getRecordState(db: Db, id: number): Promise<RecordState | undefined> {
  const row = await db.selectFrom('kn_records').select(stateColumns).where('id', '=', id).executeTakeFirst();
  return row ? toState(row) : undefined;
}

/** Locks the record's row until the transaction ends, so two reviewers cannot publish at once. */
export async function lockRecordState(db: Db, id: number): Promise<RecordState | undefined> {
  const row = await db.selectFrom('kn_records').select(stateColumns).where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? toState(row) : undefined;
}

export async function findRecordIdsByExternalId(db: Db, kind: Kind, externalIds: string[]): Promise<Map<string, number>> {
  if (!externalIds.length) return new Map();
  const rows = await db.selectFrom('kn_records').select(['id', 'external_id']).where('kind', '=', kind).where(sql<boolean>`external_id = any(${externalIds}::text[])`).execute();
  return new Map(rows.map((row) => [row.external_id!, row.id]));
}

/**
 * The records of a kind that carry each of these external ids, with the title of their latest
 * version: a source may give one number to several cases, which imports then tell apart by title.
 */
export async function findRecordsByExternalId(db: Db, kind: Kind, externalIds: string[]): Promise<Map<string, { id: number; title: unknown }[]>> {
  const found = new Map<string, { id: number; title: unknown }[]>();
  if (!externalIds.length) return found;
  const rows = await db.selectFrom('kn_records')
    .innerJoin('kn_versions', (join) => join.onRef('kn_versions.record_id', '=', 'kn_records.id').onRef('kn_versions.version', '=', 'kn_records.latest_version'))
    .select(['kn_records.id', 'kn_records.external_id', sql<unknown>`kn_versions.data->'title'`.as('title')])
    .where('kn_records.kind', '=', kind).where(sql<boolean>`kn_records.external_id = any(${externalIds}::text[])`).orderBy('kn_records.id').execute();
  for (const row of rows) {
    const list = found.get(row.external_id!) ?? [];
    list.push({ id: row.id, title: row.title });
    found.set(row.external_id!, list);
  }
  return found;
}

export async function recordKinds(db: Db, ids: number[]): Promise<Map<number, Kind>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('kn_records').select(['id', 'kind']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.kind as Kind]));
}

export async function getVersion(db: Db, id: number, version: number) {
  return db.selectFrom('kn_versions').selectAll().where('record_id', '=', id).where('version', '=', version).executeTakeFirst();
}

export async function listVersions(db: Db, id: number) {
  return db.selectFrom('kn_versions').select(['version', 'saved_by_label', 'saved_at', 'note']).where('record_id', '=', id).orderBy('version', 'desc').execute();
}

export interface NewRecord {
  kind: Kind; externalId: string | null; data: RecordData; sample: boolean; note: string | null;
  /** The data as JSON, when the caller has it already (an import hashes the canonical JSON of each record). */
  json?: string;
}

/**
 * Inserts new records with their first version; returns their ids in order. They are drafts,
 * or, with `publishedAt` (an import that publishes), already in the published state, so that
 * publication only has to write their public projection (writePublicProjection).
 */
export async function insertRecords(db: Db, records: NewRecord[], by: { userId: number | null; label: string }, options: { publishedAt?: Date } = {}): Promise<number[]> {
  const ids: number[] = [];
  const at = options.publishedAt;
  for (let start = 0; start < records.length; start += 1000) {
    const batch = records.slice(start, start + 1000);
    const inserted = await db.insertInto('kn_records').values(batch.map((record) => ({
      kind: record.kind, external_id: record.externalId, status: at ? 'published' : 'draft', latest_version: 1, sample: record.sample, created_by: by.userId,
      ...(at ? { published_version: 1, first_published_at: at, published_at: at, updated_at: at } : {}),
    }))).returning('id').execute();
    const batchIds = inserted.map((row) => row.id);
    ids.push(...batchIds);
    // Every record gets a stable external id (kind-id when none is given), so that an export
    // imported again updates the same records instead of duplicating them.
    if (batch.some((record) => !record.externalId)) {
      await sql`update kn_records set external_id = kind || '-' || id where id = any(${batchIds}::bigint[]) and external_id is null`.execute(db);
    }
    await insertVersions(db, batchIds, batchIds.map(() => 1), batch, by);
  }
  return ids;
}

/**
 * Writes versions; the data of the whole batch goes as one JSON array that PostgreSQL parses
 * once (not as thousands of escaped strings in an array literal).
 */
async function insertVersions(db: Db, ids: number[], versions: number[], items: { data: RecordData; note: string | null; json?: string }[], by: { userId: number | null; label: string }) {
  await sql`insert into kn_versions (record_id, version, data, saved_by, saved_by_label, note)
    select u.id, u.version, d.data, ${by.userId}::bigint, ${by.label}, u.note
    from unnest(${ids}::bigint[], ${versions}::int[], ${items.map((item) => item.note)}::text[]) with ordinality as u(id, version, note, n)
    join jsonb_array_elements(${`[${items.map((item) => item.json ?? JSON.stringify(item.data)).join(',')}]`}::jsonb) with ordinality as d(data, n) on d.n = u.n`.execute(db);
}

/** Adds a version to existing records (edits, re-imports) and makes it their latest, as a draft. */
export async function appendVersions(db: Db, updates: { id: number; version: number; data: RecordData; note: string | null; sample: boolean; json?: string }[], by: { userId: number | null; label: string }) {
  for (let start = 0; start < updates.length; start += 1000) {
    const batch = updates.slice(start, start + 1000);
    const ids = batch.map((update) => update.id);
    const versions = batch.map((update) => update.version);
    await insertVersions(db, ids, versions, batch, by);
    await sql`update kn_records as r set latest_version = v.version, status = 'draft', review_comment = null, sample = v.sample, updated_at = now()
      from (select unnest(${ids}::bigint[]) as id, unnest(${versions}::int[]) as version,
                   unnest(${batch.map((update) => update.sample)}::boolean[]) as sample) as v
      where r.id = v.id`.execute(db);
  }
}

export async function setStatus(db: Db, id: number, status: WorkflowStatus, reviewComment: string | null = null) {
  await db.updateTable('kn_records').set({ status, review_comment: reviewComment, updated_at: new Date() }).where('id', '=', id).execute();
}

export interface Publication {
  id: number; kind: Kind; version: number; data: RecordData; firstPublishedAt: Date | null;
  /** The data's projection, when the caller has it already (`project(kind, data)`). */
  projection?: Projection;
}

/** Search documents staged ahead of publication, and the position of each publication's document among them. */
export interface StagedPublications { documents: StagedDocuments; ords: (number | undefined)[] }

/**
 * Makes these versions the public ones: records their state, and (re)writes their rows in
 * kn_published, with the search documents built by PostgreSQL from each language's text.
 */
export async function publishVersions(db: Db, publications: Publication[], now = new Date(), staged?: StagedPublications) {
  await lockPublication(db);
  for (let start = 0; start < publications.length; start += 1000) {
    const batch = publications.slice(start, start + 1000);
    await sql`update kn_records as r set status = 'published', review_comment = null, updated_at = ${now}, published_at = ${now},
        first_published_at = coalesce(r.first_published_at, ${now}), published_version = v.version
      from (select unnest(${batch.map((item) => item.id)}::bigint[]) as id, unnest(${batch.map((item) => item.version)}::int[]) as version) as v
      where r.id = v.id`.execute(db);
  }
  await writePublicProjection(db, publications, now, staged);
}

/** Joins a list into one text value (split again in SQL): arrays of arrays must be rectangular in PostgreSQL. */
const LIST_SEPARATOR = '\u001f';

/**
 * Writes the public projection of versions whose records are already in the published state:
 * their kn_published rows and search documents (kn_search_text), in statements of 500 records
 * that take their values as arrays. Takes the publication lock (publishVersions holds it already).
 * `staged`: search documents built beforehand (`stageSearchDocuments`) and the position of each
 * publication's among them, used for records without attachments.
 */
export async function writePublicProjection(db: Db, publications: Publication[], now = new Date(), staged?: StagedPublications) {
  await lockPublication(db);
  // Let the GIN indexes collect a large batch before merging it, instead of merging every few rows.
  if (publications.length > 200) await sql`set local gin_pending_list_limit = 65536`.execute(db);
  for (let start = 0; start < publications.length; start += 500) {
    const batch = publications.slice(start, start + 500);
    const ids = batch.map((item) => item.id);
    const attachments = await attachmentTexts(db, ids);
    const projections = batch.map((item) => withAttachments(item.projection ?? project(item.kind, item.data), attachments.get(item.id)));
    const list = (values: string[]) => values.join(LIST_SEPARATOR);
    await sql`insert into kn_published (record_id, kind, version, title, original_language, year, sort_date, countries, facets, snippets, first_published_at, published_at)
      select u.id, u.kind, u.version, j.texts->0, u.language, u.year, u.sort_date::date,
        case when u.countries = '' then '{}'::text[] else string_to_array(u.countries, ${LIST_SEPARATOR}) end,
        case when u.facets = '' then '{}'::text[] else string_to_array(u.facets, ${LIST_SEPARATOR}) end,
        j.texts->1, coalesce(u.first_published_at, ${now}::timestamptz), ${now}::timestamptz
      from unnest(${ids}::bigint[], ${batch.map((item) => item.kind)}::text[], ${batch.map((item) => item.version)}::int[],
        ${projections.map((projection) => projection.originalLanguage)}::text[],
        ${projections.map((projection) => projection.year)}::int[], ${projections.map((projection) => projection.sortDate)}::text[],
        ${projections.map((projection) => list(projection.countries))}::text[], ${projections.map((projection) => list(projection.facets))}::text[],
        ${batch.map((item) => item.firstPublishedAt)}::timestamptz[]) with ordinality
        as u(id, kind, version, language, year, sort_date, countries, facets, first_published_at, n)
      join jsonb_array_elements(${JSON.stringify(projections.map((projection) => [projection.title, projection.snippets]))}::jsonb) with ordinality as j(texts, n) on j.n = u.n
      on conflict (record_id) do update set kind = excluded.kind, version = excluded.version, title = excluded.title,
        original_language = excluded.original_language, year = excluded.year, sort_date = excluded.sort_date, countries = excluded.countries,
        facets = excluded.facets, snippets = excluded.snippets, published_at = excluded.published_at,
        change_seq = nextval('kn_change_seq')`.execute(db);
    const prebuilt: { id: number; ord: number }[] = [];
    const toBuild: { id: number; texts: TextPiece[] }[] = [];
    batch.forEach((item, index) => {
      const ord = staged?.ords[start + index];
      if (ord !== undefined && !attachments.has(item.id)) prebuilt.push({ id: item.id, ord });
      else toBuild.push({ id: item.id, texts: projections[index].texts });
    });
    if (staged) await writeStagedSearchDocuments(db, staged.documents, prebuilt);
    await writeSearchDocuments(db, toBuild);
    await sql`delete from kn_unpublished where record_id = any(${ids}::bigint[])`.execute(db);
  }
}

/**
 * Publishers take turns (until their transaction ends), so that the change sequence numbers of
 * kn_published and kn_unpublished become visible in order: the facet indexes rely on it.
 */
async function lockPublication(db: Db) {
  await sql`select pg_advisory_xact_lock(7420003)`.execute(db);
}

/**
 * Writes again the search documents of these published records from their published versions
 * (and attachments), and marks them changed, so that every process's in-memory index reads them
 * again: for a change in how documents are made (document-format.ts).
 */
export async function rewriteSearchDocuments(db: Db, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await lockPublication(db);
  const rows = await db.selectFrom('kn_published')
    .innerJoin('kn_versions', (join) => join.onRef('kn_versions.record_id', '=', 'kn_published.record_id').onRef('kn_versions.version', '=', 'kn_published.version'))
    .select(['kn_published.record_id', 'kn_published.kind', 'kn_versions.data']).where(sql<boolean>`kn_published.record_id = any(${ids}::bigint[])`).execute();
  const attachments = await attachmentTexts(db, rows.map((row) => row.record_id));
  await writeSearchDocuments(db, rows.map((row) => ({
    id: row.record_id, texts: withAttachments(project(row.kind as Kind, row.data as RecordData), attachments.get(row.record_id)).texts,
  })));
  await sql`update kn_published set change_seq = nextval('kn_change_seq') where record_id = any(${ids}::bigint[])`.execute(db);
}

export async function unpublish(db: Db, id: number) {
  await lockPublication(db);
  await db.deleteFrom('kn_published').where('record_id', '=', id).execute();
  await db.deleteFrom('kn_search_text').where('record_id', '=', id).execute();
  await sql`insert into kn_unpublished (record_id) values (${id}) on conflict (record_id) do update set change_seq = nextval('kn_change_seq')`.execute(db);
  await db.deleteFrom('kn_links').where('from_record', '=', id).execute();
  await db.updateTable('kn_records').set({ published_version: null, published_at: null, status: 'draft', updated_at: new Date() }).where('id', '=', id).execute();
}

export async function replaceLinks(db: Db, links: { from: number; to: number; relation: string }[], fromIds: number[]) {
  if (fromIds.length) await sql`delete from kn_links where from_record = any(${fromIds}::bigint[])`.execute(db);
  for (let start = 0; start < links.length; start += 1000) {
    const batch = links.slice(start, start + 1000);
    await db.insertInto('kn_links').values(batch.map((link) => ({ from_record: link.from, to_record: link.to, relation: link.relation })))
      .onConflict((conflict) => conflict.doNothing()).execute();
  }
}

export async function getPublished(db: Db, id: number) {
  // The published data is the published version's, kept once in kn_versions.
  return db.selectFrom('kn_published')
    .innerJoin('kn_versions', (join) => join.onRef('kn_versions.record_id', '=', 'kn_published.record_id').onRef('kn_versions.version', '=', 'kn_published.version'))
    .select(['kn_published.record_id', 'kn_published.kind', 'kn_published.version', 'kn_published.title', 'kn_published.original_language', 'kn_published.year',
      'kn_published.countries', 'kn_versions.data', 'kn_published.first_published_at', 'kn_published.published_at'])
    .where('kn_published.record_id', '=', id).executeTakeFirst();
}

/** Published records linked to or from this one, with the relation seen from this record. */
export async function publishedLinks(db: Db, id: number) {
  const outgoing = await db.selectFrom('kn_links').innerJoin('kn_published', 'kn_published.record_id', 'kn_links.to_record')
    .select(['kn_links.relation', 'kn_published.record_id', 'kn_published.kind', 'kn_published.title', 'kn_published.original_language', 'kn_published.year'])
    .where('kn_links.from_record', '=', id).execute();
  const incoming = await db.selectFrom('kn_links').innerJoin('kn_published', 'kn_published.record_id', 'kn_links.from_record')
    .select(['kn_links.relation', 'kn_published.record_id', 'kn_published.kind', 'kn_published.title', 'kn_published.original_language', 'kn_published.year'])
    .where('kn_links.to_record', '=', id).execute();
  return { outgoing, incoming };
}

export async function listWorkQueue(db: Db, filter: { statuses: WorkflowStatus[]; kind?: Kind; limit?: number }) {
  let query = db.selectFrom('kn_records').innerJoin('kn_versions', (join) => join.onRef('kn_versions.record_id', '=', 'kn_records.id').onRef('kn_versions.version', '=', 'kn_records.latest_version'))
    .select(['kn_records.id', 'kn_records.kind', 'kn_records.status', 'kn_records.latest_version', 'kn_records.published_version', 'kn_records.updated_at', 'kn_records.review_comment', 'kn_versions.data', 'kn_versions.saved_by_label'])
    .where('kn_records.status', 'in', filter.statuses).orderBy('kn_records.updated_at', 'desc').limit(filter.limit ?? 200);
  if (filter.kind) query = query.where('kn_records.kind', '=', filter.kind);
  return query.execute();
}

/**
 * Records an editor should check, newest first, each with why: a case whose jurisdiction names
 * no country that could be recognised (international courts apart), or a number that another
 * record of its kind also has (as SHERLOC publishes some).
 */
export async function listRecordsToCheck(db: Db, filter: { kind?: Kind; limit?: number }) {
  const unmapped = sql<boolean>`(kn_records.kind = 'case' and coalesce(kn_versions.data->>'country', '') = '' and coalesce(kn_versions.data->>'jurisdiction', '') <> ''
    and coalesce(kn_versions.data->>'courtLevel', '') <> 'international')`;
  const shared = sql<boolean>`exists (select 1 from kn_records other where other.kind = kn_records.kind and other.external_id = kn_records.external_id and other.id <> kn_records.id)`;
  let query = db.selectFrom('kn_records').innerJoin('kn_versions', (join) => join.onRef('kn_versions.record_id', '=', 'kn_records.id').onRef('kn_versions.version', '=', 'kn_records.latest_version'))
    .select(['kn_records.id', 'kn_records.kind', 'kn_records.status', 'kn_records.latest_version', 'kn_records.published_version', 'kn_records.updated_at', 'kn_records.review_comment',
      'kn_versions.data', 'kn_versions.saved_by_label', 'kn_records.external_id', unmapped.as('unmapped_jurisdiction'), shared.as('shared_external_id')])
    .where(sql<boolean>`(${unmapped} or ${shared})`).orderBy('kn_records.updated_at', 'desc').orderBy('kn_records.id', 'desc').limit(filter.limit ?? 200);
  if (filter.kind) query = query.where('kn_records.kind', '=', filter.kind);
  return query.execute();
}

/** A projection with its record's attached judgments as texts of the lowest weight, each in its own language (else the record's). */
function withAttachments(projection: Projection, attached: { language: string | null; text: string }[] | undefined): Projection {
  if (!attached?.length) return projection;
  const pieces = attached.map((attachment): TextPiece => ({ language: (attachment.language ?? projection.originalLanguage) as TextPiece['language'], weight: 'D', text: attachment.text }));
  return { ...projection, texts: [...projection.texts, ...pieces] };
}

/** The attachment texts of records, for their search documents. */
export async function attachmentTexts(db: Kysely<Database>, recordIds: number[]): Promise<Map<number, { language: string | null; text: string }[]>> {
  const result = new Map<number, { language: string | null; text: string }[]>();
  if (!recordIds.length) return result;
  const rows = await db.selectFrom('kn_attachments').select(['record_id', 'language', 'text_content']).where('record_id', 'in', recordIds).execute();
  for (const row of rows) {
    if (!row.text_content) continue;
    const list = result.get(row.record_id) ?? [];
    list.push({ language: row.language, text: row.text_content });
    result.set(row.record_id, list);
  }
  return result;
}
