import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import { TEXT_SEARCH_CONFIG } from '../projection.ts';

export interface QueryTerm { type: 'word' | 'phrase' | 'prefix'; text: string }
export interface ParsedQuery { required: QueryTerm[]; excluded: QueryTerm[] }

const MAX_TERMS = 24;

/**
 * The search box syntax: words (all must match), "a phrase" in quotes, -word or -"a phrase"
 * to exclude, and word* for words starting with it. Anything else is read as plain words.
 */
export function parseQuery(input: string): ParsedQuery {
  const parsed: ParsedQuery = { required: [], excluded: [] };
  const pattern = /(-?)"([^"]*)"?|(\S+)/gu;
  for (const match of input.slice(0, 500).matchAll(pattern)) {
    let term: QueryTerm | undefined;
    let negative = false;
    if (match[2] !== undefined) {
      negative = match[1] === '-';
      const text = clean(match[2]);
      if (text) term = { type: text.includes(' ') ? 'phrase' : 'word', text };
    } else {
      let token = match[3];
      if (token.startsWith('-') && token.length > 1) { negative = true; token = token.slice(1); }
      const prefix = token.endsWith('*');
      const text = clean(token);
      if (!text) continue;
      const letters = text.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
      if (prefix && !text.includes(' ') && letters.length >= 2) term = { type: 'prefix', text: letters };
      else term = { type: text.includes(' ') ? 'phrase' : 'word', text };
    }
    if (!term) continue;
    (negative ? parsed.excluded : parsed.required).push(term);
    if (parsed.required.length + parsed.excluded.length >= MAX_TERMS) break;
  }
  return parsed;
}

/** Letters, digits and inner apostrophes or hyphens; everything else becomes a space. */
function clean(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}'’-]+/gu, ' ').replace(/(^|\s)['’-]+|['’-]+(?=\s|$)/g, ' ').trim().replace(/\s+/g, ' ');
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.required.length === 0 && query.excluded.length === 0;
}

const CONFIGS = [...new Set(Object.values(TEXT_SEARCH_CONFIG))];

function termInConfig(term: QueryTerm, config: string): RawBuilder<unknown> {
  if (term.type === 'phrase') return sql`phraseto_tsquery(${config}::regconfig, ${term.text})`;
  // The prefix text holds letters and digits only, so it cannot break to_tsquery's syntax.
  if (term.type === 'prefix') return sql`to_tsquery(${config}::regconfig, ${`${term.text}:*`})`;
  return sql`plainto_tsquery(${config}::regconfig, ${term.text})`;
}

/** A term matches when it matches in any of the languages' configurations. */
function termInAnyLanguage(term: QueryTerm): RawBuilder<unknown> {
  return sql`(${sql.join(CONFIGS.map((config) => termInConfig(term, config)), sql` || `)})`;
}

/** The tsquery of a parsed query, or null when it has no terms. */
export function toTsQuery(query: ParsedQuery): RawBuilder<unknown> | null {
  if (isEmptyQuery(query)) return null;
  const parts: RawBuilder<unknown>[] = query.required.map(termInAnyLanguage);
  if (query.excluded.length) parts.push(sql`!!(${sql.join(query.excluded.map(termInAnyLanguage), sql` || `)})`);
  return sql`(${sql.join(parts, sql` && `)})`;
}

/**
 * The query as one tsquery text, with each term's alternatives across languages deduplicated:
 * PostgreSQL normalises every term in every configuration (one round trip), and where several
 * configurations give the same lexemes (a prefix, a name, a number) the index is walked once
 * instead of six times. The text comes from PostgreSQL's own tsquery output, so it parses back
 * to the same query. Null when the query has no terms.
 */
export async function normalizedTsQuery(db: Kysely<Database>, query: ParsedQuery): Promise<RawBuilder<unknown> | null> {
  const text = await normalizedTsQueryText(db, query);
  return text === null ? null : sql`${text}::tsquery`;
}

/** The text of normalizedTsQuery ('' when every term was a stop word), or null when the query has no terms. */
export async function normalizedTsQueryText(db: Kysely<Database>, query: ParsedQuery): Promise<string | null> {
  if (isEmptyQuery(query)) return null;
  const terms = [...query.required, ...query.excluded];
  const result = await sql<{ term: number; lexemes: string }>`
    select t.term::int as term,
      (case t.type when 'phrase' then phraseto_tsquery(c.config::regconfig, t.text)
                   when 'prefix' then to_tsquery(c.config::regconfig, t.text || ':*')
                   else plainto_tsquery(c.config::regconfig, t.text) end)::text as lexemes
    from unnest(${terms.map((term) => term.type)}::text[], ${terms.map((term) => term.text)}::text[]) with ordinality as t(type, text, term)
    cross join unnest(${CONFIGS}::text[]) as c(config)`.execute(db);
  const alternatives = terms.map(() => new Set<string>());
  for (const row of result.rows) if (row.lexemes) alternatives[row.term - 1].add(row.lexemes);
  const anyLanguage = (index: number) => (alternatives[index].size ? `( ${[...alternatives[index]].map((text) => `( ${text} )`).join(' | ')} )` : '');
  const required = query.required.map((_, index) => anyLanguage(index)).filter(Boolean);
  const excluded = query.excluded.map((_, index) => anyLanguage(query.required.length + index)).filter(Boolean);
  const parts = [...required, ...(excluded.length ? [`!( ${excluded.join(' | ')} )`] : [])];
  return parts.join(' & ');
}
