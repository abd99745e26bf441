import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import { TEXT_SEARCH_CONFIG } from '../projection.ts';
import type { Kind, TextLanguage } from '../schemas.ts';
import { FACETS } from './facets.ts';
import { CONFIGS, normalizedTsQueryText, parseQuery } from './query-text.ts';
import { foldForSearch } from './search-text.ts';
import { facetIndexFor, type FacetCountsByName, type FacetIndex } from './facet-index.ts';
import { parseTsQuery } from './ts-text.ts';
import { UnsupportedQuery } from './text-index.ts';
import type { Bitset } from '../../core/bitset.ts';

export type SortOrder = 'relevance' | 'date' | 'added';

export interface SearchRequest {
  q: string;
  /** Selected values per facet: values of one facet combine with OR, facets with AND. */
  filters: Record<string, string[]>;
  yearFrom?: number;
  yearTo?: number;
  sort: SortOrder;
  page: number;
  pageSize: number;
}

export interface FacetCount { value: string; count: number }

export interface SearchHit {
  id: number;
  kind: Kind;
  title: string;
  language: TextLanguage;
  year: number | null;
  countries: string[];
  /** When it was first published (ISO date-time). */
  addedAt: string;
  /** HTML-safe: the text is escaped and matches are wrapped in <mark>. */
  snippetHtml: string;
}

export interface SearchResult {
  total: number;
  facets: Record<string, FacetCount[]>;
  results: SearchHit[];
  /** When nothing matched: the query with a word that no document has replaced by a near one. */
  suggestions: string[];
}

// Markers that cannot occur in stored text (control characters), replaced by <mark> after escaping.
const START = '\u0001';
const STOP = '\u0002';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=40, MinWords=18, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Up to this many matches, results are ranked by ts_rank over their full documents. Beyond,
 * reading every document would take too long: records whose title matches come first, then the
 * others, each newest first.
 */
const EXACT_RANK_LIMIT = 2_000;

/** Ids of the records whose document (or title) matches the query. */
async function textMatches(db: Kysely<Database>, tsquery: RawBuilder<unknown>, column: 'document' | 'title_document'): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    // Even for a word found in most records, walk the GIN index and the narrow heap: a
    // sequential scan would read (and decompress) every document.
    await sql`set local enable_seqscan = off`.execute(trx);
    // One text value rather than a row per match: tens of thousands of ids arrive in one piece.
    const result = await sql<{ ids: string | null }>`select string_agg(record_id::text, ',') as ids from kn_search_text where ${sql.ref(column)} @@ ${tsquery}`.execute(trx);
    const ids = result.rows[0]?.ids;
    return ids ? ids.split(',').map(Number) : [];
  });
}

/**
 * The published records matching the tsquery: from the in-memory text index (the same lexemes
 * and positions as PostgreSQL's documents, caught up like the facets), or, for a query shape it
 * does not evaluate, from PostgreSQL's GIN index.
 */
function matchesOf(db: Kysely<Database>, index: FacetIndex, text: string, column: 'document' | 'title_document'): Promise<Bitset> {
  return index.cachedTextMatch(`${column}\u0000${text}`, () => evaluateMatches(db, index, text, column));
}

async function evaluateMatches(db: Kysely<Database>, index: FacetIndex, text: string, column: 'document' | 'title_document'): Promise<Bitset> {
  const node = parseTsQuery(text);
  // Every term a stop word: PostgreSQL matches nothing.
  if (!node) return index.setOf([]);
  try {
    return index.textMatch(node, column);
  } catch (error) {
    if (!(error instanceof UnsupportedQuery)) throw error;
  }
  return index.setOf(await textMatches(db, sql`${text}::tsquery`, column));
}

export async function searchPublished(db: Kysely<Database>, request: SearchRequest, locale: Locale): Promise<SearchResult> {
  const tsqueryText = await normalizedTsQueryText(db, parseQuery(request.q));
  const tsquery = tsqueryText === null ? null : sql`${tsqueryText}::tsquery`;
  const index = await facetIndexFor(db);
  let textMatch: Bitset | null = null;
  if (tsqueryText !== null) {
    textMatch = await matchesOf(db, index, tsqueryText, 'document');
  }
  const matching = index.matching(request, textMatch);
  const total = matching.count();
  const offset = (request.page - 1) * request.pageSize;
  const sort = request.sort === 'relevance' && !tsquery ? 'date' : request.sort;

  let pageIds: number[];
  if (sort !== 'relevance') {
    pageIds = index.page(matching, sort, offset, request.pageSize);
  } else if (total === 0) {
    pageIds = [];
  } else if (total <= EXACT_RANK_LIMIT) {
    const ranked = await sql<{ record_id: number }>`select record_id from kn_search_text where record_id = any(${index.recordIdsOf(matching)}::bigint[])
      order by ts_rank(document, ${tsquery}) desc, record_id desc limit ${request.pageSize} offset ${offset}`.execute(db);
    pageIds = ranked.rows.map((row) => Number(row.record_id));
  } else {
    const titleMatch = await matchesOf(db, index, tsqueryText!, 'title_document');
    pageIds = index.pageByTitleThenDate(matching, titleMatch, offset, request.pageSize);
  }

  const rowsById = new Map((pageIds.length ? await db.selectFrom('kn_published')
    .select(['record_id', 'kind', 'title', 'original_language', 'year', 'countries', 'snippets', 'first_published_at'])
    .where('record_id', 'in', pageIds).execute() : []).map((row) => [Number(row.record_id), row]));
  const rows = pageIds.map((id) => rowsById.get(id)).filter((row) => row !== undefined);

  const hits = rows.map((row) => {
    const title = row.title as Partial<Record<TextLanguage, string>>;
    const language = (title[locale as TextLanguage] ? locale : row.original_language) as TextLanguage;
    const snippets = row.snippets as Partial<Record<TextLanguage, string>>;
    const snippetLanguage = (snippets[language] ? language : Object.keys(snippets)[0] ?? language) as TextLanguage;
    return { row, title: title[language] ?? Object.values(title)[0] ?? '', language, snippetLanguage, snippet: snippets[snippetLanguage] ?? '' };
  });
  const snippetHtml = await highlight(db, hits.map((hit) => ({ language: hit.snippetLanguage, text: hit.snippet })), tsquery);

  const cacheKey = JSON.stringify([request.q.trim(), request.filters, request.yearFrom, request.yearTo]);
  return {
    total,
    suggestions: total === 0 ? await suggestions(db, index, request.q) : [],
    facets: sortFacets(index.facetCounts(request, textMatch, cacheKey)),
    results: hits.map((hit, index) => ({
      id: hit.row.record_id, kind: hit.row.kind as Kind, title: hit.title, language: hit.language,
      year: hit.row.year, countries: hit.row.countries, addedAt: new Date(hit.row.first_published_at).toISOString(), snippetHtml: snippetHtml[index],
    })),
  };
}

/**
 * Other queries to try when nothing matched: the first word that no document has (in any
 * language's normalisation) replaced by indexed words close to it, as prefixes (`traffick*`),
 * since the index keeps stems rather than the words as written.
 */
async function suggestions(db: Kysely<Database>, index: FacetIndex, q: string): Promise<string[]> {
  const words = parseQuery(q).required.flat().filter((term) => term.type === 'word' && !/[/.@]/.test(term.text));
  for (const word of words) {
    const result = await sql<{ lexeme: string }>`select distinct trim(both '''' from plainto_tsquery(c::regconfig, ${foldForSearch(word.text)})::text) as lexeme
      from unnest(${CONFIGS}::text[]) as c`.execute(db);
    const lexemes = result.rows.map((row) => row.lexeme).filter((lexeme) => lexeme && !lexeme.includes(' '));
    if (!lexemes.length || lexemes.some((lexeme) => index.documentCount(lexeme) > 0)) continue;
    const near = [...new Set(lexemes.flatMap((lexeme) => index.nearLexemes(lexeme)))].slice(0, 3);
    if (near.length) return near.map((lexeme) => q.replace(word.text, `${lexeme}*`));
  }
  return [];
}

export function conditions(request: SearchRequest, tsquery: RawBuilder<unknown> | null, except?: string): Expression<SqlBool>[] {
  const result: Expression<SqlBool>[] = [];
  if (tsquery) result.push(sql<SqlBool>`kn_published.record_id in (select record_id from kn_search_text where document @@ ${tsquery})`);
  if (except !== 'year') {
    if (request.yearFrom !== undefined) result.push(sql<SqlBool>`year >= ${request.yearFrom}`);
    if (request.yearTo !== undefined) result.push(sql<SqlBool>`year <= ${request.yearTo}`);
  }
  for (const [facet, values] of Object.entries(request.filters)) {
    if (facet === except || values.length === 0) continue;
    result.push(sql<SqlBool>`facets && ${values.map((value) => `${facet}:${value}`)}::text[]`);
  }
  return result;
}

/** Facets in the page's order; values by count (years by year, newest first). */
function sortFacets(counts: FacetCountsByName): Record<string, FacetCount[]> {
  const facets: Record<string, FacetCount[]> = {};
  for (const definition of FACETS) {
    const map = counts[definition.name];
    if (!map) continue;
    const list = [...map].map(([value, count]) => ({ value, count }));
    list.sort(definition.name === 'year' ? (a, b) => Number(b.value) - Number(a.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value));
    facets[definition.name] = list;
  }
  return facets;
}

function andAll(conditions: Expression<SqlBool>[]): RawBuilder<unknown> {
  return conditions.length ? sql`${sql.join(conditions as RawBuilder<unknown>[], sql` and `)}` : sql`true`;
}

async function highlight(db: Kysely<Database>, items: { language: TextLanguage; text: string }[], tsquery: RawBuilder<unknown> | null): Promise<string[]> {
  if (!items.length) return [];
  if (!tsquery) return items.map((item) => escapeHtml(shorten(item.text, 280)));
  const configs = items.map((item) => TEXT_SEARCH_CONFIG[item.language] ?? 'simple');
  const texts = items.map((item) => item.text.replace(/[\u0001\u0002]/g, ''));
  const result = await sql<{ headline: string }>`
    select ts_headline(u.config::regconfig, u.body, ${tsquery}, ${HEADLINE_OPTIONS}) as headline
    from unnest(${configs}::text[], ${texts}::text[]) with ordinality as u(config, body, n) order by u.n`.execute(db);
  return result.rows.map((row) => escapeHtml(row.headline).replaceAll(START, '<mark>').replaceAll(STOP, '</mark>'));
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max) > max / 2 ? text.lastIndexOf(' ', max) : max)} …`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}
