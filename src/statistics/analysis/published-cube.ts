import { sql, type Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import type { ValueState } from '../tables.ts';

/** One published country-year as analysis reads it: its values by "indicator|dimension|category|sex|age". */
export interface CubeCountryYear {
  id: number;
  country: string;
  year: number;
  isoMapped: boolean;
  revision: number;
  values: Map<string, { state: ValueState; value: number | null }>;
}

interface Cube { stamp: string; byId: Map<number, CubeCountryYear> }

const cubes = new WeakMap<Kysely<Database>, Cube>();

/**
 * The published values of every country-year, kept in memory per database and brought up to date
 * before each use: a cheap query compares the published revisions with what is held, and only
 * country-years whose revision changed are read again. PostgreSQL stays the truth; drafts are never read.
 */
export async function publishedCube(db: Kysely<Database>): Promise<CubeCountryYear[]> {
  const stampRow = await sql<{ stamp: string }>`select count(published_revision)::text || ':' || coalesce(sum(published_revision), 0)::text || ':' || coalesce(max(id), 0)::text as stamp from st_country_years`.execute(db);
  const stamp = stampRow.rows[0]?.stamp ?? '';
  let cube = cubes.get(db);
  if (cube && cube.stamp === stamp) return [...cube.byId.values()];
  const heads = await db.selectFrom('st_country_years').select(['id', 'country', 'year', 'iso_mapped', 'published_revision'])
    .where('published_revision', 'is not', null).execute();
  const byId = new Map<number, CubeCountryYear>();
  const stale: number[] = [];
  for (const head of heads) {
    const id = Number(head.id);
    const held = cube?.byId.get(id);
    if (held && held.revision === head.published_revision) { byId.set(id, held); continue; }
    byId.set(id, { id, country: head.country, year: head.year, isoMapped: head.iso_mapped, revision: head.published_revision!, values: new Map() });
    stale.push(id);
  }
  for (let start = 0; start < stale.length; start += 5000) {
    const ids = sql.join(stale.slice(start, start + 5000).map((id) => sql.lit(id)));
    const { rows } = await sql<{ packed: string | null }>`
      select '[' || string_agg(json_build_array(v.country_year_id, v.indicator || '|' || v.dimension || '|' || v.category || '|' || v.sex || '|' || v.age, v.state, v.value)::text, ',') || ']' as packed
      from st_revision_values v join st_country_years cy on cy.id = v.country_year_id and cy.published_revision = v.revision
      where cy.id in (${ids})`.execute(db);
    for (const [id, key, state, value] of JSON.parse(rows[0]?.packed ?? '[]') as [number, string, ValueState, number | null][]) {
      byId.get(Number(id))?.values.set(key, { state, value: value === null ? null : Number(value) });
    }
  }
  cube = { stamp, byId };
  cubes.set(db, cube);
  return [...byId.values()];
}
