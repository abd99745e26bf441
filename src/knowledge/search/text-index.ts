import { Bitset } from '../../core/bitset.ts';
import { Postings } from './postings.ts';
import { LexemePositions, writeVarint, type PositionCursor } from './lexeme-positions.ts';
import { Lexicon } from './lexicon.ts';
import { TsVectorReader, type QueryNode } from './ts-text.ts';

/** A query this index does not evaluate itself (weights, prefixes inside phrases): search asks PostgreSQL. */
export class UnsupportedQuery extends Error {}

/**
 * The lexemes and positions of one search document per slot (the slots of the facet index),
 * copied from the tsvectors that PostgreSQL computed, so that a query is matched in memory
 * with the semantics of `document @@ tsquery`: a lexeme, a prefix (:*), &, |, ! and phrases
 * (<-> and <N>, checked on the positions). Per lexeme the slots that contain it (Postings) and
 * its positions in each of them (LexemePositions); per slot its lexeme ids, varint-encoded in
 * one byte arena (to take a document out again).
 */
export class TextIndex {
  private readonly lexicon = new Lexicon();
  private postings: Postings[] = [];
  /** Lexeme ids in the order of their text, for prefixes; those added since are in `recent`. */
  private sorted: Int32Array | null = null;
  private recent: number[] = [];
  private readonly reader = new TsVectorReader();
  private positions: LexemePositions[] = [];
  private readonly addLexeme = (id: number) => {
    this.postings.push(new Postings());
    this.positions.push(new LexemePositions());
    if (this.sorted) this.recent.push(id);
  };
  private readonly idOf = (text: string, start: number, end: number) => this.lexicon.idOf(text, start, end, this.addLexeme);
  private capacity = 0;
  private arena = new Uint8Array(1 << 16);
  private arenaUsed = 0;
  private garbage = 0;
  private starts = new Uint32Array(0);
  private lengths = new Uint32Array(0);
  private scratch = new Uint8Array(1 << 16);
  private sortedIds = new Int32Array(1024);

  grow(capacity: number): void {
    if (capacity <= this.capacity) return;
    const starts = new Uint32Array(capacity);
    starts.set(this.starts);
    this.starts = starts;
    const lengths = new Uint32Array(capacity);
    lengths.set(this.lengths);
    this.lengths = lengths;
    this.capacity = capacity;
    for (const postings of this.postings) postings.grow(capacity);
  }

  /** Sets the document of a slot from tsvector_out text (replacing what the slot had). */
  put(slot: number, vectorText: string): void {
    this.remove(slot);
    const reader = this.reader;
    const count = reader.read(vectorText, this.idOf);
    const { ids, starts, positions } = reader;
    for (let index = 0; index < count; index++) {
      const id = ids[index];
      this.postings[id].add(slot, this.capacity);
      this.positions[id].add(slot, positions, starts[index], starts[index + 1]);
    }
    // The slot's lexeme ids, ascending, as deltas.
    if (this.sortedIds.length < count) this.sortedIds = new Int32Array(count * 2);
    const sorted = this.sortedIds.subarray(0, count);
    sorted.set(ids.subarray(0, count));
    sorted.sort();
    const scratch = this.scratchOf(5 * (1 + count));
    let at = writeVarint(scratch, 0, count);
    let previous = 0;
    for (let index = 0; index < count; index++) { at = writeVarint(scratch, at, sorted[index] - previous); previous = sorted[index]; }
    this.store(slot, scratch.subarray(0, at));
  }

  private scratchOf(size: number): Uint8Array {
    if (this.scratch.length < size) this.scratch = new Uint8Array(Math.max(size, this.scratch.length * 2));
    return this.scratch;
  }

  remove(slot: number): void {
    if (!this.lengths[slot]) return;
    for (const id of this.idsOf(slot)) { this.postings[id].remove(slot); this.positions[id].remove(slot); }
    this.garbage += this.lengths[slot];
    this.lengths[slot] = 0;
  }

  /** How many documents have this lexeme (0 when none). */
  documentCount(lexeme: string): number {
    const id = this.lexicon.find(lexeme);
    return id === undefined ? 0 : this.postings[id].count;
  }

  /**
   * Lexemes that documents have, close to this one (at most two edits: letters added, removed,
   * changed or swapped), nearest and most frequent first: what a misspelt search may have meant.
   */
  nearLexemes(lexeme: string, limit = 3): string[] {
    if (lexeme.length < 4) return [];
    const candidates: { lexeme: string; distance: number; count: number }[] = [];
    const all = this.lexicon.all();
    for (let id = 0; id < all.length; id++) {
      const candidate = all[id];
      if (Math.abs(candidate.length - lexeme.length) > 2 || candidate[0] !== lexeme[0] || !this.postings[id].count || candidate === lexeme) continue;
      const distance = editDistance(lexeme, candidate, 2);
      if (distance <= 2) candidates.push({ lexeme: candidate, distance, count: this.postings[id].count });
    }
    candidates.sort((a, b) => a.distance - b.distance || b.count - a.count || a.lexeme.localeCompare(b.lexeme));
    return candidates.slice(0, limit).map((candidate) => candidate.lexeme);
  }

  /** The slots whose document matches the query (alive: the published slots, for !). */
  evaluate(node: QueryNode, alive: Bitset): Bitset {
    switch (node.op) {
      case 'lexeme': {
        if (node.weights) throw new UnsupportedQuery('weights');
        const set = new Bitset(this.capacity);
        if (node.prefix) for (const id of this.idsWithPrefix(node.lexeme)) this.postings[id].orInto(set);
        else {
          const id = this.lexicon.find(node.lexeme);
          if (id !== undefined) this.postings[id].orInto(set);
        }
        return set;
      }
      case 'not': {
        const inner = this.evaluate(node.arg, alive);
        const set = alive.clone();
        for (let index = 0; index < set.words.length; index++) set.words[index] &= ~(inner.words[index] ?? 0);
        return set;
      }
      case 'and': return this.evaluate(node.left, alive).and(this.evaluate(node.right, alive));
      case 'or': return this.evaluate(node.left, alive).or(this.evaluate(node.right, alive));
      case 'phrase': return this.phrase(node);
    }
  }

  /**
   * A chain of lexemes at fixed distances: the position runs of its words merged in slot order
   * (the rarest word leading, the others jumping to its documents), then the positions checked.
   */
  private phrase(node: QueryNode): Bitset {
    const chain: { lexeme: string; offset: number }[] = [];
    const walk = (part: QueryNode, end: number): void => {
      if (part.op === 'lexeme') {
        if (part.prefix || part.weights) throw new UnsupportedQuery('prefix or weights in a phrase');
        chain.push({ lexeme: part.lexeme, offset: end });
        return;
      }
      if (part.op !== 'phrase') throw new UnsupportedQuery(`${part.op} in a phrase`);
      // The left side ends `distance` before the right side's end; the right side is a lexeme
      // in what PostgreSQL's phraseto_tsquery writes (chains grow to the left).
      if (part.right.op !== 'lexeme') throw new UnsupportedQuery('nested phrase on the right');
      walk(part.right, end);
      walk(part.left, end - part.distance);
    };
    walk(node, 0);
    const set = new Bitset(this.capacity);
    const ids = chain.map((item) => this.lexicon.find(item.lexeme));
    if (ids.some((id) => id === undefined)) return set;
    const wanted = [...new Set(ids as number[])].sort((a, b) => this.postings[a].count - this.postings[b].count);
    const cursors = wanted.map((id) => this.positions[id].cursor());
    const start = Math.min(...chain.map((item) => item.offset));
    const anchorChain = chain.findIndex((item) => item.offset === start);
    const anchor = cursors[wanted.indexOf(ids[anchorChain]!)];
    const others = chain.flatMap((item, index) => (index === anchorChain ? [] : [{ cursor: cursors[wanted.indexOf(ids[index]!)], offset: item.offset - start }]));
    let target = 0;
    for (;;) {
      let agreed = true;
      for (const cursor of cursors) {
        if (!cursor.seek(target)) return set;
        if (cursor.slot > target) { target = cursor.slot; agreed = false; break; }
      }
      if (!agreed) continue;
      if (hasPhrase(anchor, others)) set.add(target);
      target++;
    }
  }

  private idsWithPrefix(prefix: string): number[] {
    const lexemes = this.lexicon.all();
    // Sorted once; lexemes seen since are looked at one by one until there are many of them.
    if (!this.sorted || this.recent.length > 4096) {
      this.sorted = Int32Array.from({ length: lexemes.length }, (_, id) => id).sort((a, b) => (lexemes[a] < lexemes[b] ? -1 : lexemes[a] > lexemes[b] ? 1 : 0));
      this.recent = [];
    }
    const sorted = this.sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (lexemes[sorted[middle]] < prefix) low = middle + 1;
      else high = middle;
    }
    const ids: number[] = [];
    for (let index = low; index < sorted.length && lexemes[sorted[index]].startsWith(prefix); index++) ids.push(sorted[index]);
    for (const id of this.recent) if (lexemes[id].startsWith(prefix)) ids.push(id);
    return ids;
  }

  private store(slot: number, bytes: Uint8Array) {
    if (this.garbage > 1 << 20 && this.garbage > this.arenaUsed / 2) this.compact();
    if (this.arenaUsed + bytes.length > this.arena.length) {
      // Grows by half (not double): at a million records the arena holds hundreds of megabytes.
      const bigger = new Uint8Array(Math.max(Math.ceil(this.arena.length * 1.5), this.arenaUsed + bytes.length));
      bigger.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = bigger;
    }
    this.arena.set(bytes, this.arenaUsed);
    this.starts[slot] = this.arenaUsed;
    this.lengths[slot] = bytes.length;
    this.arenaUsed += bytes.length;
  }

  /** Moves every live encoding to the front of a new arena (after many re-publications). */
  private compact() {
    const arena = new Uint8Array(Math.max(1 << 16, (this.arenaUsed - this.garbage) * 2));
    let used = 0;
    for (let slot = 0; slot < this.capacity; slot++) {
      const length = this.lengths[slot];
      if (!length) continue;
      arena.set(this.arena.subarray(this.starts[slot], this.starts[slot] + length), used);
      this.starts[slot] = used;
      used += length;
    }
    this.arena = arena;
    this.arenaUsed = used;
    this.garbage = 0;
  }

  /** The lexeme ids of a slot's document. */
  private idsOf(slot: number): number[] {
    const arena = this.arena;
    let at = this.starts[slot];
    const read = () => {
      let byte: number;
      let shift = 1;
      let value = 0;
      do { byte = arena[at++]; value += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
      return value;
    };
    const count = read();
    const ids: number[] = [];
    let id = 0;
    for (let index = 0; index < count; index++) ids.push(id += read());
    return ids;
  }

  /** Bytes held: postings, positions, the lexeme-id arena and the slot table (the lexicon's strings not counted exactly: about 50 bytes each). */
  memoryBytes(): number {
    let total = this.arena.byteLength + this.starts.byteLength + this.lengths.byteLength + this.lexicon.bytes();
    for (const postings of this.postings) total += postings.bytes() + 32;
    for (const positions of this.positions) total += positions.bytesHeld() + 64;
    return total;
  }

  /** Gives back the room kept for growth in every lexeme's positions (after a large load). */
  settle(): void {
    for (const positions of this.positions) positions.trim();
  }

  get lexemeCount(): number {
    return this.lexicon.size;
  }
}

/** Whether the anchor word has a position p with every other word of the phrase at p + its offset, in the document all cursors are at. */
function hasPhrase(anchor: PositionCursor, others: { cursor: PositionCursor; offset: number }[]): boolean {
  const bytes = anchor.bytes;
  let position = 0;
  for (let at = anchor.positionsStart; at < anchor.positionsEnd;) {
    let byte: number;
    let shift = 1;
    let delta = 0;
    do { byte = bytes[at++]; delta += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
    position += delta;
    let all = true;
    for (const other of others) if (!other.cursor.hasPosition(position + other.offset)) { all = false; break; }
    if (all) return true;
  }
  return false;
}

/** Optimal string alignment distance (adjacent swaps count one), or more than `max` when it is. */
function editDistance(a: string, b: string, max: number): number {
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2] + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
