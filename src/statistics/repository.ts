import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { QuestionnaireStatus, StCountryYearsTable, StValueColumns, StValuesTable } from './tables.ts';
import type { StatValue } from './values.ts';
import type { AgeCode, DimensionCode, IndicatorCode, SexCode } from './vocabulary.ts';

type Db = Kysely<Database> | Transaction<Database>;
export type CountryYear = Selectable<StCountryYearsTable>;

export interface CountryYearIdentity {
  country: string;
  year: number;
  countryName: string;
  regionLabel?: string;
  subregionLabel?: string;
  isoMapped?: boolean;
  sample?: boolean;
}

export async function findCountryYear(db: Db, country: string, year: number): Promise<CountryYear | undefined> {
  return db.selectFrom('st_country_years').selectAll().where('country', '=', country).where('year', '=', year).executeTakeFirst();
}

/** The country-year's row, created as an empty draft if absent, locked for the rest of the transaction. */
export async function lockCountryYear(trx: Transaction<Database>, identity: CountryYearIdentity, label: string): Promise<{ row: CountryYear; created: boolean }> {
  const inserted = await trx.insertInto('st_country_years').values({
    country: identity.country, year: identity.year, country_name: identity.countryName,
    region_label: identity.regionLabel ?? '', subregion_label: identity.subregionLabel ?? '',
    iso_mapped: identity.isoMapped ?? true, sample: identity.sample ?? false,
    status: 'draft', published_revision: null, review_comment: null, updated_by_label: label,
  }).onConflict((oc) => oc.columns(['country', 'year']).doNothing()).returning('id').executeTakeFirst();
  const row = await trx.selectFrom('st_country_years').selectAll()
    .where('country', '=', identity.country).where('year', '=', identity.year).forUpdate().executeTakeFirstOrThrow();
  return { row, created: inserted !== undefined };
}

export async function setCountryYearState(trx: Db, id: number, change: { status: QuestionnaireStatus; reviewComment?: string | null; publishedRevision?: number; label: string }) {
  await trx.updateTable('st_country_years').set({
    status: change.status,
    ...(change.reviewComment !== undefined ? { review_comment: change.reviewComment } : {}),
    ...(change.publishedRevision !== undefined ? { published_revision: change.publishedRevision } : {}),
    updated_by_label: change.label, updated_at: new Date(),
  }).where('id', '=', id).execute();
}

export function toRow(value: StatValue): Omit<Insertable<StValuesTable>, 'country_year_id'> {
  return {
    indicator: value.indicator, dimension: value.dimension, category: value.category, sex: value.sex, age: value.age,
    state: value.state, value: value.value, value_text: value.valueText ?? null, category_label: value.categoryLabel ?? null,
    category_mapped: value.categoryMapped ?? true, unit: value.unit ?? 'Counts', source: value.source, notes: value.notes,
  };
}

export function fromRow(row: Selectable<StValueColumns>): StatValue {
  return {
    indicator: row.indicator as IndicatorCode, dimension: row.dimension as DimensionCode, category: row.category,
    sex: row.sex as SexCode, age: row.age as AgeCode, state: row.state, value: row.value === null ? null : Number(row.value),
    source: row.source ?? '', notes: row.notes ?? '', valueText: row.value_text, categoryLabel: row.category_label,
    categoryMapped: row.category_mapped ?? true, unit: row.unit ?? 'Counts',
  };
}

const VALUE_COLUMNS = ['indicator', 'dimension', 'category', 'sex', 'age', 'state', 'value', 'value_text', 'category_label', 'category_mapped', 'unit', 'source', 'notes'] as const;

export async function listValues(db: Db, countryYearId: number): Promise<StatValue[]> {
  const rows = await db.selectFrom('st_values').select(VALUE_COLUMNS).where('country_year_id', '=', countryYearId).orderBy('indicator').orderBy('dimension').orderBy('category').orderBy('sex').orderBy('age').execute();
  return rows.map(fromRow);
}

export async function listRevisionValues(db: Db, countryYearId: number, revision: number): Promise<StatValue[]> {
  const rows = await db.selectFrom('st_revision_values').select(VALUE_COLUMNS)
    .where('country_year_id', '=', countryYearId).where('revision', '=', revision).orderBy('indicator').orderBy('dimension').orderBy('category').orderBy('sex').orderBy('age').execute();
  return rows.map(fromRow);
}

/** Inserts values in batches small enough for the drivers' parameter limits. */
export async function insertValues(trx: Transaction<Database>, countryYearId: number, values: StatValue[]): Promise<void> {
  for (let start = 0; start < values.length; start += 2000) {
    await trx.insertInto('st_values').values(values.slice(start, start + 2000).map((value) => ({ country_year_id: countryYearId, ...toRow(value) }))).execute();
  }
}

export async function deleteValues(trx: Transaction<Database>, countryYearId: number, keys?: { indicator: string; dimension: string }[]): Promise<void> {
  let query = trx.deleteFrom('st_values').where('country_year_id', '=', countryYearId);
  if (keys) {
    if (!keys.length) return;
    query = query.where((eb) => eb.or(keys.map((key) => eb.and([eb('indicator', '=', key.indicator), eb('dimension', '=', key.dimension)]))));
  }
  await query.execute();
}

/** Publishes the working copy as a new revision (copied in SQL); returns its number. */
export async function appendRevision(trx: Transaction<Database>, countryYearId: number, origin: 'questionnaire' | 'import', label: string, note: string | null): Promise<number> {
  const last = await trx.selectFrom('st_revisions').select(sql<number>`coalesce(max(revision), 0)`.as('revision')).where('country_year_id', '=', countryYearId).executeTakeFirst();
  const revision = Number(last?.revision ?? 0) + 1;
  await trx.insertInto('st_revisions').values({ country_year_id: countryYearId, revision, origin, published_by_label: label, note }).execute();
  await sql`insert into st_revision_values (country_year_id, revision, ${sql.join(VALUE_COLUMNS.map((column) => sql.ref(column)))})
    select country_year_id, ${revision}, ${sql.join(VALUE_COLUMNS.map((column) => sql.ref(column)))} from st_values where country_year_id = ${countryYearId}`.execute(trx);
  return revision;
}

export async function listRevisions(db: Db, countryYearId: number) {
  return db.selectFrom('st_revisions').selectAll().where('country_year_id', '=', countryYearId).orderBy('revision', 'desc').execute();
}

export async function listCountryYears(db: Db, filter: { countries: string[] | null; statuses?: QuestionnaireStatus[]; limit?: number }): Promise<CountryYear[]> {
  let query = db.selectFrom('st_country_years').selectAll();
  if (filter.countries) {
    if (!filter.countries.length) return [];
    query = query.where('country', 'in', filter.countries);
  }
  if (filter.statuses?.length) query = query.where('status', 'in', filter.statuses);
  return query.orderBy('updated_at', 'desc').orderBy('country').orderBy('year', 'desc').limit(filter.limit ?? 500).execute();
}

/** One published value with its country-year, as analysis and the long-format export read it. */
export interface PublishedRow extends StatValue {
  country: string;
  year: number;
  isoMapped: boolean;
  countryName: string;
  regionLabel: string;
  subregionLabel: string;
}

export interface PublishedFilter {
  indicators?: IndicatorCode[];
  dimensions?: DimensionCode[];
  countries?: string[];
  yearFrom?: number;
  yearTo?: number;
}

/** The published country-years (those with a published revision), filtered. */
export async function listPublishedCountryYears(db: Db, filter: PublishedFilter & { ids?: number[] } = {}): Promise<CountryYear[]> {
  let query = db.selectFrom('st_country_years').selectAll().where('published_revision', 'is not', null);
  if (filter.countries) query = filter.countries.length ? query.where('country', 'in', filter.countries) : query.where(sql<boolean>`false`);
  if (filter.ids) query = filter.ids.length ? query.where('id', 'in', filter.ids) : query.where(sql<boolean>`false`);
  if (filter.yearFrom !== undefined) query = query.where('year', '>=', filter.yearFrom);
  if (filter.yearTo !== undefined) query = query.where('year', '<=', filter.yearTo);
  return query.execute();
}

type PackedValue = [number, string, string, string, string, string, string, number | null, string | null, string | null, boolean, string, string, string];

/**
 * The published values of the given country-years. Read as one JSON text built by the database:
 * on PGlite, handing over 47,000 rows one by one takes seconds, one text a fraction of that.
 */
export async function publishedValuesByCountryYear(db: Db, countryYears: Pick<CountryYear, 'id' | 'published_revision'>[], filter: PublishedFilter = {}): Promise<Map<number, StatValue[]>> {
  const result = new Map<number, StatValue[]>();
  for (let start = 0; start < countryYears.length; start += 5000) {
    const slice = countryYears.slice(start, start + 5000).filter((row) => row.published_revision !== null);
    if (!slice.length) continue;
    const ids = sql.join(slice.map((row) => sql.lit(Number(row.id))));
    const conditions = [
      filter.indicators?.length ? sql`and v.indicator in (${sql.join(filter.indicators)})` : sql``,
      filter.dimensions?.length ? sql`and v.dimension in (${sql.join(filter.dimensions)})` : sql``,
    ];
    const { rows } = await sql<{ packed: string | null }>`
      select '[' || string_agg(json_build_array(v.country_year_id, v.indicator, v.dimension, v.category, v.sex, v.age, v.state, v.value,
        v.value_text, v.category_label, v.category_mapped, v.unit, v.source, v.notes)::text, ',') || ']' as packed
      from st_revision_values v join st_country_years cy on cy.id = v.country_year_id and cy.published_revision = v.revision
      where cy.id in (${ids}) ${conditions[0]} ${conditions[1]}`.execute(db);
    for (const item of JSON.parse(rows[0]?.packed ?? '[]') as PackedValue[]) {
      const [id, indicator, dimension, category, sex, age, state, value, valueText, label, mapped, unit, source, notes] = item;
      let list = result.get(Number(id));
      if (!list) result.set(Number(id), (list = []));
      list.push({
        indicator: indicator as IndicatorCode, dimension: dimension as DimensionCode, category, sex: sex as SexCode, age: age as AgeCode,
        state: state as StatValue['state'], value: value === null ? null : Number(value), valueText, categoryLabel: label, categoryMapped: mapped,
        unit, source, notes,
      });
    }
  }
  return result;
}

/** Values of the published revision of every country-year (never drafts), filtered. */
export async function listPublished(db: Db, filter: PublishedFilter = {}): Promise<PublishedRow[]> {
  const countryYears = await listPublishedCountryYears(db, filter);
  const values = await publishedValuesByCountryYear(db, countryYears, filter);
  return countryYears.flatMap((cy) => (values.get(Number(cy.id)) ?? []).map((value) => ({
    ...value, country: cy.country, year: cy.year, isoMapped: cy.iso_mapped, countryName: cy.country_name,
    regionLabel: cy.region_label, subregionLabel: cy.subregion_label,
  })));
}

/** The years that have published data, for the analysis forms. */
export async function publishedYears(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('st_country_years').select('year').distinct().where('published_revision', 'is not', null).orderBy('year').execute();
  return rows.map((row) => row.year);
}

export interface PublishGroup {
  country: string; year: number; countryName: string; region: string; subregion: string; isoMapped: boolean; values: StatValue[];
}

/**
 * Publishes whole country-years at once (a long-format import): each gets its values as the working
 * copy and as a new revision. A few statements for the whole file rather than several per
 * country-year, which is what makes 47,000 rows load in seconds on PGlite.
 */
export async function publishGroups(trx: Transaction<Database>, groups: PublishGroup[], label: string, note: string, sample: boolean) {
  const results: { id: number; revision: number; before: { status: string; publishedRevision: number | null } | null }[] = [];
  for (let start = 0; start < groups.length; start += 500) {
    const slice = groups.slice(start, start + 500);
    const existing = await trx.selectFrom('st_country_years').select(['id', 'country', 'year', 'status', 'published_revision'])
      .where((eb) => eb.or(slice.map((group) => eb.and([eb('country', '=', group.country), eb('year', '=', group.year)])))).execute();
    const before = new Map(existing.map((row) => [`${row.country}\u0000${row.year}`, row]));
    const rows = await trx.insertInto('st_country_years').values(slice.map((group) => ({
      country: group.country, year: group.year, country_name: group.countryName, region_label: group.region, subregion_label: group.subregion,
      iso_mapped: group.isoMapped, sample, status: 'published' as const, published_revision: null, review_comment: null, updated_by_label: label,
    }))).onConflict((oc) => oc.columns(['country', 'year']).doUpdateSet((eb) => ({
      country_name: eb.ref('excluded.country_name'), region_label: eb.ref('excluded.region_label'), subregion_label: eb.ref('excluded.subregion_label'),
      iso_mapped: eb.ref('excluded.iso_mapped'), status: 'published', review_comment: null, updated_by_label: label, updated_at: new Date(),
    }))).returning(['id', 'country', 'year']).execute();
    const idOf = new Map(rows.map((row) => [`${row.country}\u0000${row.year}`, Number(row.id)]));
    const ids = slice.map((group) => idOf.get(`${group.country}\u0000${group.year}`)!);
    const lastRevisions = await trx.selectFrom('st_revisions').select(['country_year_id', sql<number>`max(revision)`.as('revision')])
      .where('country_year_id', 'in', ids).groupBy('country_year_id').execute();
    const lastOf = new Map(lastRevisions.map((row) => [Number(row.country_year_id), Number(row.revision)]));
    const revisions = ids.map((id) => (lastOf.get(id) ?? 0) + 1);
    await trx.deleteFrom('st_values').where('country_year_id', 'in', ids).execute();
    const values = slice.flatMap((group, index) => group.values.map((value) => ({ country_year_id: ids[index], ...toRow(value) })));
    for (let offset = 0; offset < values.length; offset += 2000) await trx.insertInto('st_values').values(values.slice(offset, offset + 2000)).execute();
    await trx.insertInto('st_revisions').values(ids.map((id, index) => ({ country_year_id: id, revision: revisions[index], origin: 'import' as const, published_by_label: label, note }))).execute();
    await trx.updateTable('st_country_years')
      .set({ published_revision: sql<number>`(select max(r.revision) from st_revisions r where r.country_year_id = st_country_years.id)` })
      .where('id', 'in', ids).execute();
    await sql`insert into st_revision_values (country_year_id, revision, ${sql.join(VALUE_COLUMNS.map((column) => sql.ref(column)))})
      select v.country_year_id, cy.published_revision, ${sql.join(VALUE_COLUMNS.map((column) => sql.ref(`v.${column}`)))}
      from st_values v join st_country_years cy on cy.id = v.country_year_id where v.country_year_id in (${sql.join(ids)})`.execute(trx);
    slice.forEach((group, index) => {
      const old = before.get(`${group.country}\u0000${group.year}`);
      results.push({ id: ids[index], revision: revisions[index], before: old ? { status: old.status, publishedRevision: old.published_revision } : null });
    });
  }
  return results;
}
