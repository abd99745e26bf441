/**
 * The lexemes of the text index, each with a small integer id. Lookups hash the characters
 * where they stand in the tsvector text (open addressing on typed arrays), so that reading
 * millions of lexemes does not make a string of each one.
 */
export class Lexicon {
  private readonly strings: string[] = [];
  private hashes = new Int32Array(0);
  private table = new Int32Array(1 << 12).fill(-1);
  private mask = (1 << 12) - 1;

  get size(): number {
    return this.strings.length;
  }

  lexeme(id: number): string {
    return this.strings[id];
  }

  all(): readonly string[] {
    return this.strings;
  }

  /** The id of text[start, end), created if new (`onNew` is called with it). */
  idOf(text: string, start: number, end: number, onNew?: (id: number, lexeme: string) => void): number {
    let hash = 0x811c9dc5 | 0;
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
    let slot = hash & this.mask;
    const length = end - start;
    for (;;) {
      const id = this.table[slot];
      if (id === -1) break;
      if (this.hashes[id] === hash) {
        const candidate = this.strings[id];
        if (candidate.length === length && sameChars(candidate, text, start, length)) return id;
      }
      slot = (slot + 1) & this.mask;
    }
    const id = this.strings.length;
    const lexeme = text.slice(start, end);
    this.strings.push(lexeme);
    if (id >= this.hashes.length) {
      const bigger = new Int32Array(Math.max(1024, this.hashes.length * 2));
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[id] = hash;
    this.table[slot] = id;
    if (this.strings.length * 2 > this.table.length) this.rehash();
    onNew?.(id, lexeme);
    return id;
  }

  /** The id of a lexeme, or undefined when no document has it. */
  find(lexeme: string): number | undefined {
    let hash = 0x811c9dc5 | 0;
    for (let index = 0; index < lexeme.length; index++) hash = Math.imul(hash ^ lexeme.charCodeAt(index), 0x01000193);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.table[slot];
      if (id === -1) return undefined;
      if (this.hashes[id] === hash && this.strings[id] === lexeme) return id;
    }
  }

  private rehash() {
    const size = this.table.length * 2;
    this.table = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let id = 0; id < this.strings.length; id++) {
      let slot = this.hashes[id] & this.mask;
      while (this.table[slot] !== -1) slot = (slot + 1) & this.mask;
      this.table[slot] = id;
    }
  }

  bytes(): number {
    let total = this.table.byteLength + this.hashes.byteLength;
    for (const text of this.strings) total += 16 + text.length * 2;
    return total;
  }
}

function sameChars(candidate: string, text: string, start: number, length: number): boolean {
  for (let index = 0; index < length; index++) if (candidate.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}
