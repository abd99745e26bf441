import { Bitset } from '../../core/bitset.ts';

/**
 * The documents (slots) that contain one lexeme: a sorted array while the lexeme is rare, a
 * bitset once the array would be larger than the bitset (more than one document in 32), so
 * that memory stays near the smaller of the two for every lexeme.
 */
export class Postings {
  private docs: Int32Array | null = new Int32Array(2);
  private length = 0;
  private bits: Bitset | null = null;

  get count(): number {
    return this.length;
  }

  add(slot: number, capacity: number): void {
    if (this.bits) {
      if (!this.bits.has(slot)) { this.bits.add(slot); this.length++; }
      return;
    }
    const docs = this.docs!;
    let at = this.length;
    if (at > 0 && docs[at - 1] >= slot) {
      at = lowerBound(docs, this.length, slot);
      if (docs[at] === slot) return;
    }
    if ((this.length + 1) * 32 > capacity && capacity >= 1024) {
      this.toBitset(capacity);
      this.bits!.add(slot);
      this.length++;
      return;
    }
    if (this.length === docs.length) {
      const bigger = new Int32Array(Math.max(4, docs.length * 2));
      bigger.set(docs);
      this.docs = bigger;
    }
    const target = this.docs!;
    if (at < this.length) target.copyWithin(at + 1, at, this.length);
    target[at] = slot;
    this.length++;
  }

  remove(slot: number): void {
    if (this.bits) {
      if (this.bits.has(slot)) { this.bits.remove(slot); this.length--; }
      return;
    }
    const docs = this.docs!;
    const at = lowerBound(docs, this.length, slot);
    if (at >= this.length || docs[at] !== slot) return;
    docs.copyWithin(at, at + 1, this.length);
    this.length--;
  }

  /** Keeps the bitset as wide as the index's slots. */
  grow(capacity: number): void {
    if (!this.bits || this.bits.words.length * 32 >= capacity) return;
    const bigger = new Bitset(capacity);
    bigger.words.set(this.bits.words);
    this.bits = bigger;
  }

  /** target |= these documents. */
  orInto(target: Bitset): void {
    if (this.bits) { target.or(this.bits); return; }
    const docs = this.docs!;
    for (let index = 0; index < this.length; index++) target.add(docs[index]);
  }

  /** A new set of these documents, `capacity` wide. */
  toSet(capacity: number): Bitset {
    const set = new Bitset(capacity);
    this.orInto(set);
    return set;
  }

  bytes(): number {
    return this.bits ? this.bits.words.byteLength : this.docs!.byteLength;
  }

  private toBitset(capacity: number) {
    const bits = new Bitset(capacity);
    for (let index = 0; index < this.length; index++) bits.add(this.docs![index]);
    this.bits = bits;
    this.docs = null;
  }
}

function lowerBound(docs: Int32Array, length: number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (docs[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
