import { Bitset } from '../../core/bitset.ts';
import { Postings } from './postings.ts';
import { Lexicon } from './lexicon.ts';
import { TsVectorReader, type QueryNode } from './ts-text.ts';

/** A query this index does not evaluate itself (weights, prefixes inside phrases): search asks PostgreSQL. */
export class UnsupportedQuery extends Error {}

/**
 * The lexemes and positions of one search document per slot (the slots of the facet index),
 * copied from the tsvectors that PostgreSQL computed, so that a query is matched in memory
 * with the semantics of `document @@ tsquery`: a lexeme, a prefix (:*), &, |, ! and phrases
 * (<-> and <N>, checked on the positions). Per lexeme the slots that contain it (Postings);
 * per slot its lexemes with their positions, varint-encoded in one byte arena.
 */
export class TextIndex {
  private readonly lexicon = new Lexicon();
  private postings: Postings[] = [];
  /** Lexeme ids in the order of their text, for prefixes; those added since are in `recent`. */
  private sorted: Int32Array | null = null;
  private recent: number[] = [];
  private readonly reader = new TsVectorReader();
  private readonly addLexeme = (id: number) => {
    this.postings.push(new Postings());
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

  /**
   * Sets the document of a slot from tsvector_out text (replacing what the slot had). Encoded
   * as varints: the byte length of the head, the head (lexeme count, a skip table, then per
   * lexeme in ascending id order its id delta and the byte length of its positions), then the
   * positions (deltas): a phrase check reads the head up to its lexemes and decodes only their
   * positions. The skip table has, for each group of SKIP_GROUP entries after the first, three
   * fixed-width numbers (the id before the group, where its entries and its positions start),
   * so that finding a lexeme in a long document jumps over groups instead of decoding them.
   */
  put(slot: number, vectorText: string): void {
    this.remove(slot);
    const reader = this.reader;
    const count = reader.read(vectorText, this.idOf);
    const { ids, starts, positions } = reader;
    // Entries in id order: id and entry index packed in one number, sorted natively.
    const order = new Float64Array(count);
    for (let index = 0; index < count; index++) order[index] = ids[index] * 1048576 + index;
    order.sort();
    // At most 5 bytes a varint (ids and positions are below 2^32): the head is written after
    // room for its own length, the positions after room for the head.
    const skips = skipCountOf(count);
    const scratch = this.scratchOf(5 * (2 + 2 * count + starts[count]) + SKIP_BYTES * skips);
    const headStart = 5;
    const skipStart = writeVarint(scratch, headStart, count);
    const entriesStart = skipStart + SKIP_BYTES * skips;
    let head = entriesStart;
    let block = headStart + 5 * (1 + 2 * count) + SKIP_BYTES * skips;
    const blocksStart = block;
    let previous = 0;
    for (let k = 0; k < count; k++) {
      const packed = order[k];
      const index = packed % 1048576;
      const id = (packed - index) / 1048576;
      if (k > 0 && k % SKIP_GROUP === 0) {
        const skip = skipStart + SKIP_BYTES * (k / SKIP_GROUP - 1);
        writeUint32(scratch, skip, previous);
        writeUint32(scratch, skip + 4, head - entriesStart);
        writeUint32(scratch, skip + 8, block - blocksStart);
      }
      const blockStart = block;
      let last = 0;
      for (let p = starts[index]; p < starts[index + 1]; p++) { block = writeVarint(scratch, block, positions[p] - last); last = positions[p]; }
      head = writeVarint(scratch, head, id - previous);
      head = writeVarint(scratch, head, block - blockStart);
      previous = id;
      this.postings[id].add(slot, this.capacity);
    }
    const headLength = head - headStart;
    let at = writeVarint(scratch, 0, headLength);
    scratch.copyWithin(at, headStart, head);
    at += headLength;
    scratch.copyWithin(at, blocksStart, block);
    at += block - blocksStart;
    this.store(slot, scratch.subarray(0, at));
  }

  private scratchOf(size: number): Uint8Array {
    if (this.scratch.length < size) this.scratch = new Uint8Array(Math.max(size, this.scratch.length * 2));
    return this.scratch;
  }

  remove(slot: number): void {
    if (!this.lengths[slot]) return;
    for (const id of this.idsOf(slot)) this.postings[id].remove(slot);
    this.garbage += this.lengths[slot];
    this.lengths[slot] = 0;
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

  /** A chain of lexemes at fixed distances: the slots having all of them, then their positions checked. */
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
    const ids = chain.map((item) => this.lexicon.find(item.lexeme));
    const set = new Bitset(this.capacity);
    if (ids.some((id) => id === undefined)) return set;
    const wanted = [...new Set(ids as number[])].sort((a, b) => a - b);
    const byRarity = [...wanted].sort((a, b) => this.postings[a].count - this.postings[b].count);
    const candidates = this.postings[byRarity[0]].toSet(this.capacity);
    for (const id of byRarity.slice(1)) candidates.and(this.postings[id].toSet(this.capacity));
    const start = Math.min(...chain.map((item) => item.offset));
    const anchorIndex = wanted.indexOf(ids[chain.findIndex((item) => item.offset === start)]!);
    const steps = chain.map((item, index) => ({ list: wanted.indexOf(ids[index]!), offset: item.offset - start }));
    const found = new Int32Array(wanted.length * 2); // per wanted lexeme: where its positions lie in the arena
    const anchorChain = chain.findIndex((item) => item.offset === start);
    const anchor = wanted.indexOf(ids[anchorChain]!) * 2;
    const others = chain.flatMap((item, index) => (index === anchorChain ? [] : [{ at: wanted.indexOf(ids[index]!) * 2, offset: item.offset - start }]));
    candidates.forEach((slot) => {
      if (!this.locate(slot, wanted, found)) return;
      const arena = this.arena;
      const end = found[anchor + 1];
      let position = 0;
      for (let at = found[anchor]; at < end;) {
        let byte: number;
        let shift = 1;
        let delta = 0;
        do { byte = arena[at++]; delta += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
        position += delta;
        let all = true;
        for (const other of others) {
          if (!this.hasPosition(found[other.at], found[other.at + 1], position + other.offset)) { all = false; break; }
        }
        if (all) { set.add(slot); return; }
      }
    });
    return set;
  }

  /** Whether the positions stored in arena[start, end) (deltas) include `wanted`. */
  private hasPosition(start: number, end: number, wanted: number): boolean {
    const arena = this.arena;
    let position = 0;
    for (let at = start; at < end;) {
      let byte: number;
      let shift = 1;
      let delta = 0;
      do { byte = arena[at++]; delta += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
      position += delta;
      if (position >= wanted) return position === wanted;
    }
    return false;
  }

  /**
   * For each of the wanted lexeme ids (ascending), where its positions lie in the arena
   * (found[2k], found[2k + 1]); false when the slot lacks one of them.
   */
  private locate(slot: number, wanted: number[], found: Int32Array): boolean {
    const arena = this.arena;
    let at = this.starts[slot];
    let byte: number;
    let shift: number;
    let value: number;
    // The head's byte length, then the head: count, skip table, then (id delta, positions' byte length) pairs.
    shift = 1; value = 0;
    do { byte = arena[at++]; value += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
    const blocks = at + value;
    shift = 1; value = 0;
    do { byte = arena[at++]; value += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
    const count = value;
    const skips = skipCountOf(count);
    const skipStart = at;
    const entriesStart = at + SKIP_BYTES * skips;
    at = entriesStart;
    let id = 0;
    let offset = blocks;
    let entry = 0;
    for (let next = 0; next < wanted.length; next++) {
      const target = wanted[next];
      // Skip entry g starts group g + 1; its first number is the last id of group g.
      const group = (entry / SKIP_GROUP) | 0;
      let jump = group;
      while (jump < skips && readUint32(arena, skipStart + SKIP_BYTES * jump) < target) jump++;
      if (jump > group) {
        const skip = skipStart + SKIP_BYTES * (jump - 1);
        id = readUint32(arena, skip);
        at = entriesStart + readUint32(arena, skip + 4);
        offset = blocks + readUint32(arena, skip + 8);
        entry = jump * SKIP_GROUP;
      }
      for (;;) {
        if (entry >= count) return false;
        shift = 1; value = 0;
        do { byte = arena[at++]; value += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
        id += value;
        shift = 1; value = 0;
        do { byte = arena[at++]; value += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
        entry++;
        if (id >= target) {
          if (id > target) return false;
          found[next * 2] = offset;
          found[next * 2 + 1] = offset + value;
          offset += value;
          break;
        }
        offset += value;
      }
    }
    return true;
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
    read(); // the head's length
    const count = read();
    at += SKIP_BYTES * skipCountOf(count);
    const ids: number[] = [];
    let id = 0;
    for (let index = 0; index < count; index++) {
      ids.push(id += read());
      read(); // the byte length of its positions
    }
    return ids;
  }

  /** Bytes held: postings, the position arena and the slot table (the lexicon's strings not counted exactly: about 50 bytes each). */
  memoryBytes(): number {
    let total = this.arena.byteLength + this.starts.byteLength + this.lengths.byteLength + this.lexicon.bytes();
    for (const postings of this.postings) total += postings.bytes() + 32;
    return total;
  }

  get lexemeCount(): number {
    return this.lexicon.size;
  }
}

/** Head entries between two skip points of a document's lexeme list. */
const SKIP_GROUP = 16;
/** A skip point: the last id before its group, and where the group's entries and positions start (each a uint32). */
const SKIP_BYTES = 12;

function skipCountOf(count: number): number {
  return count > SKIP_GROUP ? Math.ceil(count / SKIP_GROUP) - 1 : 0;
}

function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
  bytes[at + 2] = (value >>> 16) & 0xff;
  bytes[at + 3] = value >>> 24;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** Writes value at `at` (7 bits a byte, low first); returns the index after it. */
function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) { bytes[at++] = (value & 0x7f) | 0x80; value = Math.floor(value / 128); }
  bytes[at++] = value;
  return at;
}
