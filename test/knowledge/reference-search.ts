import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/core/db/schema.ts';

/**
 * An independent search over raw texts, to check the portal's totals against: the texts are cut
 * into words at every character that is not a letter or a digit (so `Recruitment/targeting`
 * and `2454/2009` are two words each), accents folded, and each word reduced by PostgreSQL's
 * English Snowball dictionary alone (`ts_lexize('english_stem', word)`, empty for a stop word).
 * It shares no code with the portal's parser, documents, index or query building.
 *
 * Query syntax, as the search box documents it: words (all required; stop words ignored),
 * "phrases" (consecutive words; a stop word matches any word), `a OR b`, `-word`.
 */
export class ReferenceSearch {
  private constructor(private readonly records: { words: string[] }[], private readonly stems: Map<string, string | null>) {}

  static async build(db: Kysely<Database>, texts: string[]): Promise<ReferenceSearch> {
    const tokenized = texts.map((text) => ({ words: wordsOf(text) }));
    const stems = new Map<string, string | null>();
    await addStems(db, stems, tokenized.flatMap((record) => record.words));
    return new ReferenceSearch(tokenized, stems);
  }

  /** How many records the query matches, and which (by index in the texts). */
  async count(db: Kysely<Database>, query: string, variants: string[][] = []): Promise<number[]> {
    const { groups, excluded } = parse(query);
    await addStems(db, this.stems, [...[...groups.flat(), ...excluded].flat(), ...variants.flat()]);
    const matches = (phrase: string[], record: { words: string[] }, ifOnlyStopWords: boolean) => this.matchesPhrase(record.words, phrase, variants, ifOnlyStopWords);
    return this.records.flatMap((record, index) => (
      groups.every((group) => group.some((phrase) => matches(phrase, record, true))) && !excluded.some((phrase) => matches(phrase, record, false)) ? [index] : []
    ));
  }

  private stem(word: string): string | null {
    return this.stems.get(word) ?? null;
  }

  /**
   * The phrase's words at consecutive positions (a stop word of the phrase matches any word); a
   * single word anywhere. A phrase of stop words only asks nothing: `ifOnlyStopWords`.
   */
  private matchesPhrase(words: string[], phrase: string[], variants: string[][], ifOnlyStopWords: boolean): boolean {
    const wanted = phrase.map((word) => {
      const spellings = variants.find((group) => group.includes(word)) ?? [word];
      const stems = spellings.map((spelling) => this.stem(spelling)).filter((stem): stem is string => stem !== null);
      return stems.length ? new Set(stems) : null;
    });
    if (wanted.every((stems) => stems === null)) return ifOnlyStopWords;
    const recordStems = words.map((word) => this.stem(word));
    for (let start = 0; start + wanted.length <= recordStems.length; start++) {
      if (wanted.every((stems, offset) => stems === null || (recordStems[start + offset] !== null && stems.has(recordStems[start + offset]!)))) return true;
    }
    return false;
  }
}

function wordsOf(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

async function addStems(db: Kysely<Database>, stems: Map<string, string | null>, words: string[]) {
  const missing = [...new Set(words)].filter((word) => !stems.has(word));
  if (!missing.length) return;
  const result = await sql<{ word: string; stem: string | null }>`
    select w as word, (ts_lexize('english_stem', w))[1] as stem from unnest(${missing}::text[]) as w`.execute(db);
  for (const row of result.rows) stems.set(row.word, row.stem);
}

/** Groups of alternatives (each a phrase of words) that must all match, and phrases that must not. */
function parse(query: string): { groups: string[][][]; excluded: string[][] } {
  const groups: string[][][] = [];
  const excluded: string[][] = [];
  let or = false;
  for (const match of query.matchAll(/(-?)"([^"]*)"|(\S+)/g)) {
    if (match[3] === 'OR') { or = true; continue; }
    const negative = match[1] === '-' || (match[3]?.startsWith('-') ?? false);
    const words = wordsOf(match[2] ?? match[3].replace(/^-/, ''));
    if (!words.length) continue;
    if (negative) excluded.push(words);
    else if (or && groups.length) groups[groups.length - 1].push(words);
    else groups.push([words]);
    or = false;
  }
  return { groups, excluded };
}
