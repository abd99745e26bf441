import { sql, type Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import { Bitset } from '../../core/bitset.ts';
import { FACETS } from './facets.ts';
import { TextIndex } from './text-index.ts';
import type { QueryNode } from './ts-text.ts';

interface ChangeRow {
  record_id: number; change_seq: number; facets: string[] | null; sort_date: string | null;
  first_published_at: Date | null; document: string | null; title_document: string | null;
}
const CHANGE_CHUNK = 5000;
/** Between the facets of a record in the catch-up (a control character: never in a facet value). */
const FACET_SEPARATOR = '\u001f';

interface Filters { filters: Record<string, string[]>; yearFrom?: number; yearTo?: number }
export type FacetCountsByName = Record<string, Map<string, number>>;

const FACET_NAMES = new Set(FACETS.map((facet) => facet.name));

/**
 * The facets, years and sort keys of every published record, held in memory as bitsets, so
 * that counts, facet counts and date-sorted pages cost microseconds instead of a scan of the
 * table. PostgreSQL stays the truth: the index catches up with every change (by the change
 * sequence of kn_published and kn_unpublished) before each search, so that it never shows more
 * or less than what is published, whichever process published it.
 */
export class FacetIndex {
  private capacity = 0;
  private size = 0;
  private lastChange = 0;
  private readonly positionOf = new Map<number, number>();
  private recordIds = new Float64Array(0);
  private sortDates = new Float64Array(0);
  private added = new Float64Array(0);
  private docTerms: Int32Array[] = [];
  private alive = new Bitset(0);
  private readonly termIds = new Map<string, number>();
  private termNames: string[] = [];
  private termFacets: string[] = [];
  private termBits: Bitset[] = [];
  /** Each term's members in increasing order, built when first needed and dropped when the term changes. */
  private termMembers: (Int32Array | undefined)[] = [];
  /** The term of each year (`year:YYYY`): a year range is the union of their bitsets. */
  private readonly yearTerms = new Map<number, number>();
  /** Facet values held by all live records together (for the average per record). */
  private assignments = 0;
  private orders: { date?: Int32Array; added?: Int32Array } = {};
  private refreshing: Promise<void> | undefined;
  private readonly countCache = new Map<string, FacetCountsByName>();
  private readonly textMatchCache = new Map<string, Bitset>();
  /** Counts the catch-ups that changed something: a text match computed across one is not kept. */
  private generation = 0;
  /** The lexemes and positions of each published record's search document, and of its title document. */
  private readonly text = new TextIndex();
  private readonly titles = new TextIndex();

  /** Applies what was published or unpublished since the last call (one small query when nothing was). */
  refresh(db: Kysely<Database>): Promise<void> {
    this.refreshing ??= this.catchUp(db).finally(() => { this.refreshing = undefined; });
    return this.refreshing;
  }

  private async catchUp(db: Kysely<Database>) {
    let changed = false;
    let applied = 0;
    for (;;) {
      // Publications and withdrawals in one statement (one snapshot), in change order: a record
      // unpublished then published again ends up published. In chunks, so that the first load
      // of a large portal does not hold every document's text at once.
      // Facets as one text, split here: the driver's parsing of text[] cost a tenth of the first load.
      const result = await sql<Omit<ChangeRow, 'facets'> & { facets: string | null }>`
        select * from (
          (select p.record_id, p.change_seq, array_to_string(p.facets, ${FACET_SEPARATOR}) as facets, p.sort_date::text as sort_date, p.first_published_at,
            s.document::text as document, s.title_document::text as title_document
          from kn_published p join kn_search_text s on s.record_id = p.record_id
          where p.change_seq > ${this.lastChange} order by p.change_seq limit ${CHANGE_CHUNK})
          union all
          (select record_id, change_seq, null::text, null::text, null::timestamptz, null::text, null::text
          from kn_unpublished where change_seq > ${this.lastChange} order by change_seq limit ${CHANGE_CHUNK})
        ) as changes order by change_seq limit ${CHANGE_CHUNK}`.execute(db);
      for (const row of result.rows) {
        if (row.facets !== null) this.put({ ...row, facets: row.facets ? row.facets.split(FACET_SEPARATOR) : [] });
        else this.remove(row.record_id);
        this.lastChange = Math.max(this.lastChange, Number(row.change_seq));
        changed = true;
        applied++;
      }
      if (result.rows.length < CHANGE_CHUNK) break;
    }
    if (!changed) return;
    // After a large load (the first one at start), every term's member list is built now rather
    // than by the next search (about 0.6 s at a million records).
    if (applied >= CHANGE_CHUNK) {
      for (let term = 0; term < this.termNames.length; term++) this.membersOf(term);
      // The room kept for growth is given back after the first load only: trimming after every
      // large import would copy most position runs (a second at a million records).
      if (applied * 2 >= this.size) {
        this.text.settle();
        this.titles.settle();
      }
    }
    this.orders = {};
    this.countCache.clear();
    this.textMatchCache.clear();
    this.generation++;
  }

  private put(row: ChangeRow & { facets: string[] }) {
    let position = this.positionOf.get(row.record_id);
    if (position === undefined) {
      position = this.size++;
      this.ensureCapacity(this.size);
      this.positionOf.set(row.record_id, position);
      this.recordIds[position] = row.record_id;
    } else {
      for (const term of this.docTerms[position] ?? []) this.removeFromTerm(term, position);
      this.assignments -= this.docTerms[position]?.length ?? 0;
    }
    const terms = new Int32Array(row.facets.length);
    this.assignments += terms.length;
    row.facets.forEach((name, index) => {
      const term = this.term(name);
      this.termBits[term].add(position!);
      this.termMembers[term] = undefined;
      terms[index] = term;
    });
    this.docTerms[position] = terms;
    this.sortDates[position] = row.sort_date ? Date.parse(`${row.sort_date}T00:00:00Z`) : Number.NEGATIVE_INFINITY;
    this.added[position] = new Date(row.first_published_at!).getTime();
    this.text.put(position, row.document ?? '');
    this.titles.put(position, row.title_document ?? '');
    this.alive.add(position);
  }

  private remove(recordId: number) {
    const position = this.positionOf.get(recordId);
    if (position === undefined) return;
    for (const term of this.docTerms[position] ?? []) this.removeFromTerm(term, position);
    this.assignments -= this.docTerms[position]?.length ?? 0;
    this.docTerms[position] = new Int32Array(0);
    this.text.remove(position);
    this.titles.remove(position);
    this.alive.remove(position);
  }

  private removeFromTerm(term: number, position: number) {
    this.termBits[term].remove(position);
    this.termMembers[term] = undefined;
  }

  private membersOf(term: number): Int32Array {
    let members = this.termMembers[term];
    if (!members) {
      const bits = this.termBits[term];
      members = new Int32Array(bits.count());
      let next = 0;
      bits.forEach((position) => { members![next++] = position; });
      this.termMembers[term] = members;
    }
    return members;
  }

  private term(name: string): number {
    let id = this.termIds.get(name);
    if (id === undefined) {
      id = this.termNames.length;
      this.termIds.set(name, id);
      this.termNames.push(name);
      const facet = name.slice(0, name.indexOf(':'));
      this.termFacets.push(facet);
      if (facet === 'year') this.yearTerms.set(Number(name.slice(facet.length + 1)), id);
      this.termBits.push(new Bitset(this.capacity));
      this.termMembers.push(undefined);
    }
    return id;
  }

  private ensureCapacity(needed: number) {
    if (needed <= this.capacity) return;
    // Doubling up to 131,072 slots, then by that many: every bitset is as wide as the capacity,
    // and counting and intersecting read all of it (doubling past a million records made each
    // search slower); each growth copies every bitset, so not by small steps either.
    const capacity = Math.max(1024, needed + Math.min(this.capacity, 1 << 17));
    const grow = (set: Bitset) => { const bigger = new Bitset(capacity); bigger.words.set(set.words); return bigger; };
    this.alive = grow(this.alive);
    this.termBits = this.termBits.map(grow);
    const growFloat = (array: Float64Array) => { const bigger = new Float64Array(capacity); bigger.set(array); return bigger; };
    this.recordIds = growFloat(this.recordIds);
    this.sortDates = growFloat(this.sortDates);
    this.added = growFloat(this.added);
    this.capacity = capacity;
    this.text.grow(capacity);
    this.titles.grow(capacity);
  }

  /**
   * The published records whose search document (or title document) matches the tsquery, as
   * PostgreSQL's `@@` would answer; throws UnsupportedQuery for what it does not evaluate.
   */
  textMatch(query: QueryNode, column: 'document' | 'title_document'): Bitset {
    return (column === 'document' ? this.text : this.titles).evaluate(query, this.alive).and(this.alive);
  }

  /**
   * The text match of a query, kept until the next change of the published records: someone
   * refining a search ticks facets and turns pages with the same words, and a phrase or a
   * common word costs most of a search at a million records. Callers must not change the set.
   */
  /** Indexed lexemes close to a misspelt one (text-index.ts). */
  nearLexemes(lexeme: string, limit = 3): string[] {
    return this.text.nearLexemes(lexeme, limit);
  }

  documentCount(lexeme: string): number {
    return this.text.documentCount(lexeme);
  }

  async cachedTextMatch(key: string, compute: () => Promise<Bitset>): Promise<Bitset> {
    const cached = this.textMatchCache.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const set = await compute();
    if (generation !== this.generation) return set;
    if (this.textMatchCache.size >= 100) this.textMatchCache.delete(this.textMatchCache.keys().next().value!);
    this.textMatchCache.set(key, set);
    return set;
  }

  /** Forgets the kept facet counts and text matches (what a publication does); the benchmark measures searches without them. */
  dropCaches(): void {
    this.countCache.clear();
    this.textMatchCache.clear();
    this.generation++;
  }

  /** Bytes held by the index (typed arrays and bitsets; object overheads estimated). */
  memoryBytes(): { facets: number; text: number; titles: number } {
    let facets = this.recordIds.byteLength * 3 + this.alive.words.byteLength + this.positionOf.size * 40;
    for (const terms of this.docTerms) facets += (terms?.byteLength ?? 0) + 64;
    for (const bits of this.termBits) facets += bits.words.byteLength;
    for (const members of this.termMembers) facets += members?.byteLength ?? 0;
    return { facets, text: this.text.memoryBytes(), titles: this.titles.memoryBytes() };
  }

  /** The positions of these record ids (a text match from PostgreSQL). */
  setOf(recordIds: number[]): Bitset {
    const set = new Bitset(this.capacity);
    for (const id of recordIds) {
      const position = this.positionOf.get(id);
      if (position !== undefined) set.add(position);
    }
    return set.and(this.alive);
  }

  /** Published records that pass the text match, the year range and every facet filter except `except`. */
  matching(request: Filters, textMatch: Bitset | null, except?: string): Bitset {
    const result = this.alive.clone();
    if (textMatch) result.and(textMatch);
    if (except !== 'year' && (request.yearFrom !== undefined || request.yearTo !== undefined)) {
      const from = request.yearFrom ?? -Infinity;
      const to = request.yearTo ?? Infinity;
      const inRange = new Bitset(this.capacity);
      for (const [year, term] of this.yearTerms) if (year >= from && year <= to) inRange.or(this.termBits[term]);
      result.and(inRange);
    }
    for (const [facet, values] of Object.entries(request.filters)) {
      if (facet === except || !values.length) continue;
      const any = new Bitset(this.capacity);
      for (const value of values) {
        const term = this.termIds.get(`${facet}:${value}`);
        if (term !== undefined) any.or(this.termBits[term]);
      }
      result.and(any);
    }
    return result;
  }

  /**
   * Exact counts per facet value. A facet with a selection is counted without its own
   * selection. Small result sets are tallied member by member, large ones by popcounts.
   */
  facetCounts(request: Filters, textMatch: Bitset | null, cacheKey: string | null): FacetCountsByName {
    const cached = cacheKey ? this.countCache.get(cacheKey) : undefined;
    if (cached) return cached;
    const selected = Object.entries(request.filters).filter(([, values]) => values.length).map(([facet]) => facet);
    if (request.yearFrom !== undefined || request.yearTo !== undefined) selected.push('year');
    const counts: FacetCountsByName = {};
    const all = this.matching(request, textMatch);
    this.tally(all, (facet) => !selected.includes(facet), counts);
    for (const facet of selected) this.tally(this.matching(request, textMatch, facet), (name) => name === facet, counts);
    if (cacheKey) {
      if (this.countCache.size > 200) this.countCache.clear();
      this.countCache.set(cacheKey, counts);
    }
    return counts;
  }

  private tally(set: Bitset, wanted: (facet: string) => boolean, counts: FacetCountsByName) {
    const members = set.count();
    if (members === 0) return;
    const termCount = this.termNames.length;
    const wantedMask = new Uint8Array(termCount);
    for (let term = 0; term < termCount; term++) {
      const facet = this.termFacets[term];
      if (FACET_NAMES.has(facet) && wanted(facet)) wantedMask[term] = 1;
    }
    const tallies = new Int32Array(termCount);
    // Two ways to count; take the cheaper: each member's terms (a few lookups per term it has,
    // about eight times dearer per step, measured), or each wanted term against the set (its
    // members if it has fewer than the set has words, else its ANDed words).
    const words = set.words;
    let perTerm = 0;
    for (let term = 0; term < termCount; term++) if (wantedMask[term]) perTerm += Math.min(this.membersOf(term).length, words.length);
    const perMember = members * (this.assignments / Math.max(1, this.alive.count())) * 8;
    if (perMember < perTerm) {
      set.forEach((position) => {
        const terms = this.docTerms[position];
        for (let index = 0; index < terms.length; index++) if (wantedMask[terms[index]]) tallies[terms[index]]++;
      });
    } else {
      for (let term = 0; term < termCount; term++) {
        if (!wantedMask[term]) continue;
        const list = this.membersOf(term);
        if (list.length >= words.length) { tallies[term] = set.countAnd(this.termBits[term]); continue; }
        let count = 0;
        for (let index = 0; index < list.length; index++) {
          const position = list[index];
          count += (words[position >>> 5] >>> (position & 31)) & 1;
        }
        tallies[term] = count;
      }
    }
    for (let term = 0; term < termCount; term++) {
      if (!wantedMask[term] || tallies[term] === 0) continue;
      const facet = this.termFacets[term];
      (counts[facet] ??= new Map()).set(this.termNames[term].slice(facet.length + 1), tallies[term]);
    }
  }

  /** Record ids of one page, newest first by decision/publication date or by date added (ties: higher id first). */
  page(set: Bitset, sort: 'date' | 'added', offset: number, limit: number): number[] {
    const order = this.order(sort);
    const ids: number[] = [];
    let skipped = 0;
    for (let index = 0; index < order.length && ids.length < limit; index++) {
      const position = order[index];
      if (!set.has(position)) continue;
      if (skipped++ < offset) continue;
      ids.push(this.recordIds[position]);
    }
    return ids;
  }

  /** A page where the members of `first` come before the others, each part newest first. */
  pageByTitleThenDate(set: Bitset, first: Bitset, offset: number, limit: number): number[] {
    const order = this.order('date');
    const ids: number[] = [];
    let skipped = 0;
    for (const wantFirst of [true, false]) {
      for (let index = 0; index < order.length && ids.length < limit; index++) {
        const position = order[index];
        if (!set.has(position) || first.has(position) !== wantFirst) continue;
        if (skipped++ < offset) continue;
        ids.push(this.recordIds[position]);
      }
    }
    return ids;
  }

  recordIdsOf(set: Bitset): number[] {
    const ids: number[] = [];
    set.forEach((position) => ids.push(this.recordIds[position]));
    return ids;
  }

  private order(sort: 'date' | 'added'): Int32Array {
    const existing = this.orders[sort];
    if (existing) return existing;
    const keys = sort === 'date' ? this.sortDates : this.added;
    const positions = Int32Array.from({ length: this.size }, (_, index) => index);
    positions.sort((a, b) => (keys[b] - keys[a]) || (this.recordIds[b] - this.recordIds[a]) || 0);
    this.orders[sort] = positions;
    return positions;
  }
}

const indexes = new WeakMap<object, FacetIndex>();

/** The facet index of a database (one per connection pool / PGlite instance in this process), caught up. */
export async function facetIndexFor(db: Kysely<Database>): Promise<FacetIndex> {
  let index = indexes.get(db);
  if (!index) {
    index = new FacetIndex();
    indexes.set(db, index);
  }
  await index.refresh(db);
  return index;
}
