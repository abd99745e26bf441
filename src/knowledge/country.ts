import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { Locale } from '../core/i18n/i18n.ts';
import { searchPublished, type SearchHit } from './search/search.ts';
import { KINDS, type Kind } from './schemas.ts';

export interface CountrySummary {
  counts: Record<Kind, number>;
  byYear: { year: number; kind: Kind; count: number }[];
  latest: Record<Kind, SearchHit[]>;
}

/** What the portal holds for one country: counts by kind and year, and the latest records of each kind. */
export async function countrySummary(db: Kysely<Database>, country: string, locale: Locale): Promise<CountrySummary> {
  const rows = await sql<{ year: number; kind: Kind; count: number }>`
    select year, kind, count(*)::int as count from kn_published
    where facets @> ${[`country:${country}`]}::text[] and year is not null group by year, kind order by year`.execute(db);
  const counts = { case: 0, legislation: 0, publication: 0 } as Record<Kind, number>;
  for (const row of rows.rows) counts[row.kind] += row.count;
  const latest = {} as Record<Kind, SearchHit[]>;
  for (const kind of KINDS) {
    const result = await searchPublished(db, { q: '', filters: { country: [country], kind: [kind] }, sort: 'date', page: 1, pageSize: 10 }, locale);
    latest[kind] = result.results;
  }
  return { counts, byYear: rows.rows, latest };
}
