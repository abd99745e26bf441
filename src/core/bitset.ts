/**
 * A fixed-size set of small integers (document positions) as 32-bit words, for counting
 * intersections fast: facet counts are popcounts of ANDs.
 */
export class Bitset {
  words: Uint32Array;

  constructor(readonly size: number, words?: Uint32Array) {
    this.words = words ?? new Uint32Array(Math.ceil(size / 32));
  }

  static full(size: number): Bitset {
    const set = new Bitset(size);
    set.words.fill(0xffffffff);
    const extra = set.words.length * 32 - size;
    if (extra > 0) set.words[set.words.length - 1] = 0xffffffff >>> extra;
    return set;
  }

  has(index: number): boolean {
    return (this.words[index >>> 5] & (1 << (index & 31))) !== 0;
  }

  add(index: number): void {
    this.words[index >>> 5] |= 1 << (index & 31);
  }

  remove(index: number): void {
    this.words[index >>> 5] &= ~(1 << (index & 31));
  }

  clone(): Bitset {
    return new Bitset(this.size, this.words.slice());
  }

  /** In place: this = this AND other. */
  and(other: Bitset): this {
    const words = this.words;
    const others = other.words;
    for (let index = 0; index < words.length; index++) words[index] &= others[index] ?? 0;
    return this;
  }

  /** In place: this = this OR other. */
  or(other: Bitset): this {
    const words = this.words;
    const others = other.words;
    for (let index = 0; index < words.length && index < others.length; index++) words[index] |= others[index];
    return this;
  }

  count(): number {
    let total = 0;
    const words = this.words;
    for (let index = 0; index < words.length; index++) total += popcount(words[index]);
    return total;
  }

  /** |this AND other| without building it. */
  countAnd(other: Bitset): number {
    let total = 0;
    const words = this.words;
    const others = other.words;
    const length = Math.min(words.length, others.length);
    for (let index = 0; index < length; index++) {
      const word = words[index] & others[index];
      if (word !== 0) total += popcount(word);
    }
    return total;
  }

  /** Calls back with each member, in increasing order. */
  forEach(callback: (index: number) => void): void {
    const words = this.words;
    for (let index = 0; index < words.length; index++) {
      let word = words[index];
      while (word !== 0) {
        const lowest = word & -word;
        callback(index * 32 + 31 - Math.clz32(lowest));
        word ^= lowest;
      }
    }
  }
}

function popcount(word: number): number {
  let value = word - ((word >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
