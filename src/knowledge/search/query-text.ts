import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import { TEXT_SEARCH_CONFIG } from '../projection.ts';
import { foldForSearch, spellingsOf } from './search-text.ts';

export interface QueryTerm { type: 'word' | 'phrase' | 'prefix'; text: string }
/** Each required group must match (a group matches when one of its terms does: `a OR b`); no excluded term may. */
export interface ParsedQuery { required: QueryTerm[][]; excluded: QueryTerm[] }

const MAX_TERMS = 24;

/**
 * The search box syntax: words (all must match), "a phrase" in quotes, `a OR b` (either),
 * -word or -"a phrase" to exclude, and word* for words starting with it. A hyphenated word
 * (`sex-trafficking`) is the phrase of its parts, so it also finds them written apart; a token
 * joined by `/`, `.` or `@` (`2454/2009`, `Backpage.com`) stays whole, as documents keep it.
 */
export function parseQuery(input: string): ParsedQuery {
  const parsed: ParsedQuery = { required: [], excluded: [] };
  const pattern = /(-?)"([^"]*)"?|(\S+)/gu;
  let orPending = false;
  let count = 0;
  for (const match of input.slice(0, 500).matchAll(pattern)) {
    if (match[3] === 'OR') {
      orPending = parsed.required.length > 0;
      continue;
    }
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
      if (!text) { orPending = false; continue; }
      const letters = text.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
      if (prefix && !text.includes(' ') && letters.length >= 2) term = { type: 'prefix', text: letters };
      else term = { type: text.includes(' ') ? 'phrase' : 'word', text };
    }
    if (!term) { orPending = false; continue; }
    if (negative) parsed.excluded.push(term);
    else if (orPending) parsed.required[parsed.required.length - 1].push(term);
    else parsed.required.push([term]);
    orPending = false;
    if (++count >= MAX_TERMS) break;
  }
  return parsed;
}

/**
 * Letters, digits, inner apostrophes, and the joins of compound tokens (`/ . @ _`); a hyphen
 * between letters or digits separates the parts of a phrase. Anything else becomes a space.
 */
function clean(text: string): string {
  return text.normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}'’\-/.@_]+/gu, ' ')
    .replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, ' ')
    .replace(/(^|\s)[-'’/.@_]+|[-'’/.@_]+(?=\s|$)/gu, ' ')
    .trim().replace(/\s+/g, ' ');
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.required.length === 0 && query.excluded.length === 0;
}

export const CONFIGS = [...new Set(Object.values(TEXT_SEARCH_CONFIG))];

/**
 * The lexeme every piece of a search document carries for the configuration it was normalised
 * with (search-documents.ts): a query word is matched in the language of each document, never
 * through another language's stemmer (`visa` is not the French `vis`), and a stop word of a
 * document's language is never required of it (`the brothel`, `trata de personas`).
 */
export const languageMarker = (config: string) => `§${config}`;
const markerQuery = (configs: string[]) => (configs.length === 1 ? `'${languageMarker(configs[0])}'` : `( ${configs.map((config) => `'${languageMarker(config)}'`).join(' | ')} )`);

/** The tsquery of a parsed query, built by PostgreSQL (for the export's SQL), or null when it has no terms. */
export async function toTsQuery(db: Kysely<Database>, query: ParsedQuery): Promise<RawBuilder<unknown> | null> {
  const text = await normalizedTsQueryText(db, query);
  return text === null ? null : sql`${text}::tsquery`;
}

/**
 * The query as one tsquery text ('' when every term was a stop word everywhere; null when the
 * query has no terms). PostgreSQL normalises every spelling of every term in every configuration
 * in one round trip; a term then matches a document when, in one of the configurations the
 * document was indexed with, it gives lexemes the document has, or it is a stop word there.
 * Where every configuration gives the same lexemes (names, numbers), no language is asked.
 * The text comes from PostgreSQL's own tsquery output, so it parses back to the same query.
 */
export async function normalizedTsQueryText(db: Kysely<Database>, query: ParsedQuery): Promise<string | null> {
  if (isEmptyQuery(query)) return null;
  const terms = [...query.required.flat(), ...query.excluded];
  const spellings = terms.map((term) => (term.type === 'prefix' ? [foldForSearch(term.text)] : spellingsOf(term.text)));
  const flat = spellings.flatMap((texts, term) => texts.map((text) => ({ term, type: terms[term].type, text })));
  const result = await sql<{ item: number; config: string; lexemes: string }>`
    select t.item::int as item, c.config,
      (case t.type when 'phrase' then phraseto_tsquery(c.config::regconfig, t.text)
                   when 'prefix' then to_tsquery(c.config::regconfig, t.text || ':*')
                   else plainto_tsquery(c.config::regconfig, t.text) end)::text as lexemes
    from unnest(${flat.map((item) => item.type)}::text[], ${flat.map((item) => item.text)}::text[]) with ordinality as t(type, text, item)
    cross join unnest(${CONFIGS}::text[]) as c(config)`.execute(db);
  // Per term, per configuration: the alternatives its spellings give ('' for a stop word).
  const byTerm = terms.map(() => new Map<string, Set<string>>(CONFIGS.map((config) => [config, new Set<string>()])));
  for (const row of result.rows) {
    const { term } = flat[row.item - 1];
    if (row.lexemes) byTerm[term].get(row.config)!.add(row.lexemes);
  }
  const required = query.required.map((group, groupIndex) => {
    const offset = query.required.slice(0, groupIndex).reduce((sum, previous) => sum + previous.length, 0);
    const alternatives = group.map((_, index) => termQuery(byTerm[offset + index], true)).filter((text): text is string => text !== null);
    return alternatives.length ? alternatives.join(' | ') : null;
  }).filter((text): text is string => text !== null);
  const excludedOffset = query.required.flat().length;
  const excluded = query.excluded.map((_, index) => termQuery(byTerm[excludedOffset + index], false)).filter((text): text is string => text !== null);
  const parts = [...required.map((text) => `( ${text} )`), ...(excluded.length ? [`!( ${excluded.join(' | ')} )`] : [])];
  return parts.join(' & ');
}

/**
 * One term's query: per distinct normalisation, its lexemes with the languages that give them;
 * where the term is a stop word, the documents of that language (a required term only: an
 * excluded stop word excludes nothing). Null when the term is a stop word everywhere.
 */
function termQuery(byConfig: Map<string, Set<string>>, required: boolean): string | null {
  const configsOf = new Map<string, string[]>();
  const stopped: string[] = [];
  for (const [config, alternatives] of byConfig) {
    if (!alternatives.size) { stopped.push(config); continue; }
    const text = [...alternatives].sort().map((alternative) => `( ${alternative} )`).join(' | ');
    configsOf.set(text, [...(configsOf.get(text) ?? []), config]);
  }
  if (!configsOf.size) return null;
  if (configsOf.size === 1 && !stopped.length) return `( ${[...configsOf.keys()][0]} )`;
  const parts = [...configsOf].map(([text, configs]) => `( ( ${text} ) & ${markerQuery(configs)} )`);
  if (required && stopped.length) parts.push(markerQuery(stopped));
  return parts.join(' | ');
}
