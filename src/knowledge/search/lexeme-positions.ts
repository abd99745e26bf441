/**
 * One lexeme's positions in every document (slot) that has it, in slot order, varint-encoded in
 * one byte run: per document the slot's delta from the one before, the byte length of its
 * positions, then the positions (deltas). A phrase check merges the runs of its words, reading
 * each sequentially, instead of looking up every candidate document's own lexeme list.
 *
 * A document in a slot after the last one (a first load, new records) is appended; any other
 * put (a record published again), and every removal, is noted on the side and merged in before
 * the next read (`cursor`) or when much has piled up, so that a publication costs little until
 * a phrase with this word is searched.
 */
export class LexemePositions {
  private bytes = new Uint8Array(32);
  private used = 0;
  private entries = 0;
  private lastSlot = -1;
  /**
   * For every SKIP_EVERY-th entry, the slot before it and where it starts (pairs), to jump
   * towards a slot; none for the many lexemes of a few documents.
   */
  private skips: Int32Array | null = null;
  /** Puts out of slot order, not yet merged: slot -> its encoded positions. */
  private pending: Map<number, Uint8Array> | null = null;
  /** Slots whose entry in `bytes` no longer holds (removed or replaced), not yet merged. */
  private stale: Set<number> | null = null;

  /** Adds a document's positions (increasing). The slot must not be in the list (remove it first). */
  add(slot: number, positions: ArrayLike<number>, from: number, to: number): void {
    if (slot > this.lastSlot) {
      this.append(slot, positions, from, to);
      return;
    }
    const encoded = new Uint8Array(5 * (to - from));
    let at = 0;
    let last = 0;
    for (let index = from; index < to; index++) { at = writeVarint(encoded, at, positions[index] - last); last = positions[index]; }
    (this.pending ??= new Map()).set(slot, encoded.slice(0, at));
    if (this.pending.size > this.sideLimit()) this.merge();
  }

  remove(slot: number): void {
    if (this.pending?.delete(slot)) return;
    (this.stale ??= new Set()).add(slot);
    if (this.stale.size > this.sideLimit()) this.merge();
  }

  /** What may wait on the side before a merge: a merge copies the run, so it is done once per eighth of it changed. */
  private sideLimit(): number {
    return Math.max(1024, this.entries >>> 3);
  }

  /** A reader positioned before the first document (after merging what was noted on the side). */
  cursor(): PositionCursor {
    if (this.pending || this.stale) this.merge();
    return new PositionCursor(this.bytes, this.used, this.skips, this.entries > 0 ? Math.floor((this.entries - 1) / SKIP_EVERY) : 0);
  }

  bytesHeld(): number {
    return this.bytes.byteLength + (this.skips?.byteLength ?? 0);
  }

  /**
   * Gives back most of the room kept for growth (after a large load), keeping an eighth: the
   * next imports then append without copying the run.
   */
  trim(): void {
    const keep = this.used + (this.used >>> 3) + 16;
    if (this.bytes.length > keep) {
      const trimmed = new Uint8Array(keep);
      trimmed.set(this.bytes.subarray(0, this.used));
      this.bytes = trimmed;
    }
    const pairs = this.entries > 0 ? 2 * Math.floor((this.entries - 1) / SKIP_EVERY) : 0;
    if (this.skips && this.skips.length > pairs) this.skips = pairs ? this.skips.slice(0, pairs) : null;
  }

  private append(slot: number, positions: ArrayLike<number>, from: number, to: number) {
    this.reserve(10 + 5 * (to - from));
    if (this.entries > 0 && this.entries % SKIP_EVERY === 0) this.addSkip(this.lastSlot, this.used);
    let bytes = 0;
    let last = 0;
    for (let index = from; index < to; index++) { bytes += varintLength(positions[index] - last); last = positions[index]; }
    let at = writeVarint(this.bytes, this.used, slot - this.lastSlot);
    at = writeVarint(this.bytes, at, bytes);
    last = 0;
    for (let index = from; index < to; index++) { at = writeVarint(this.bytes, at, positions[index] - last); last = positions[index]; }
    this.used = at;
    this.lastSlot = slot;
    this.entries++;
  }

  private appendEncoded(slot: number, encoded: Uint8Array, start: number, end: number) {
    this.reserve(10 + end - start);
    if (this.entries > 0 && this.entries % SKIP_EVERY === 0) this.addSkip(this.lastSlot, this.used);
    let at = writeVarint(this.bytes, this.used, slot - this.lastSlot);
    at = writeVarint(this.bytes, at, end - start);
    this.bytes.set(encoded.subarray(start, end), at);
    this.used = at + end - start;
    this.lastSlot = slot;
    this.entries++;
  }

  /** Rewrites the run: entries of stale slots dropped, pending ones put in their place in slot order. */
  private merge() {
    const pending = [...(this.pending ?? new Map<number, Uint8Array>())].sort((a, b) => a[0] - b[0]);
    const stale = this.stale;
    const old = this.bytes;
    const end = this.used;
    this.bytes = new Uint8Array(Math.max(32, end + pending.reduce((sum, [, encoded]) => sum + encoded.length + 10, 0)));
    this.used = 0;
    this.entries = 0;
    this.lastSlot = -1;
    this.skips = null;
    this.pending = null;
    this.stale = null;
    let next = 0;
    let slot = -1;
    for (let at = 0; at < end;) {
      const [delta, afterDelta] = readVarint(old, at);
      slot += delta;
      const [length, positionsAt] = readVarint(old, afterDelta);
      at = positionsAt + length;
      while (next < pending.length && pending[next][0] < slot) { this.appendEncoded(pending[next][0], pending[next][1], 0, pending[next][1].length); next++; }
      // A slot both stale and pending was replaced: its new positions come from `pending`.
      if (stale?.has(slot)) continue;
      this.appendEncoded(slot, old, positionsAt, positionsAt + length);
    }
    for (; next < pending.length; next++) this.appendEncoded(pending[next][0], pending[next][1], 0, pending[next][1].length);
  }

  private addSkip(slotBefore: number, at: number) {
    const index = 2 * (this.entries / SKIP_EVERY - 1);
    if (index + 2 > (this.skips?.length ?? 0)) {
      const bigger = new Int32Array(Math.max(8, Math.ceil((this.skips?.length ?? 0) * 1.5) & ~1));
      if (this.skips) bigger.set(this.skips);
      this.skips = bigger;
    }
    this.skips![index] = slotBefore;
    this.skips![index + 1] = at;
  }

  private reserve(extra: number) {
    if (this.used + extra <= this.bytes.length) return;
    // Doubles while small (fewer copies for the many lexemes of a few documents), then grows
    // by half: at a million documents the runs hold hundreds of megabytes in all.
    const length = this.bytes.length;
    const bigger = new Uint8Array(Math.max(this.used + extra, length < 1 << 20 ? length * 2 : Math.ceil(length * 1.5)));
    bigger.set(this.bytes.subarray(0, this.used));
    this.bytes = bigger;
  }
}

/** Entries between two skip points of a run. */
const SKIP_EVERY = 32;
const END = Number.MAX_SAFE_INTEGER;

/**
 * Reads a run document by document: `seek` moves to the first document at or after a slot;
 * then `slot` is that document and bytes[positionsStart, positionsEnd) its positions.
 */
export class PositionCursor {
  /** The current document; -1 before the first, END after the last. */
  slot = -1;
  positionsStart = 0;
  positionsEnd = 0;
  private at = 0;
  /** Entries read so far. */
  private entry = 0;

  /** skips: per skip point (of groups 1, 2, ...), the slot before the group and where it starts; points: how many. */
  constructor(readonly bytes: Uint8Array, private readonly end: number, private readonly skips: Int32Array | null, private readonly points: number) {}

  /** Moves to the next document; false at the end. */
  next(): boolean {
    if (this.at >= this.end) { this.slot = END; return false; }
    const bytes = this.bytes;
    let at = this.at;
    let byte: number;
    let shift = 1;
    let value = 0;
    do { byte = bytes[at++]; value += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
    this.slot += value;
    shift = 1; value = 0;
    do { byte = bytes[at++]; value += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
    this.positionsStart = at;
    this.positionsEnd = at + value;
    this.at = at + value;
    this.entry++;
    return true;
  }

  /** Moves to the first document at or after `target` (never backwards); false when there is none. */
  seek(target: number): boolean {
    if (this.slot >= target) return this.slot !== END;
    // The last group whose previous slot is below the target: every entry before it is too.
    const group = (this.entry / SKIP_EVERY) | 0;
    let jump = group;
    const skips = this.skips!;
    while (jump < this.points && skips[2 * jump] < target) jump++;
    if (jump > group) {
      this.slot = skips[2 * (jump - 1)];
      this.at = skips[2 * (jump - 1) + 1];
      this.entry = jump * SKIP_EVERY;
    }
    while (this.slot < target) if (!this.next()) return false;
    return true;
  }

  /** Whether this document's positions include `wanted`. */
  hasPosition(wanted: number): boolean {
    const bytes = this.bytes;
    let position = 0;
    for (let at = this.positionsStart; at < this.positionsEnd;) {
      let byte: number;
      let shift = 1;
      let delta = 0;
      do { byte = bytes[at++]; delta += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
      position += delta;
      if (position >= wanted) return position === wanted;
    }
    return false;
  }
}

function readVarint(bytes: Uint8Array, start: number): [number, number] {
  let at = start;
  let byte: number;
  let shift = 1;
  let value = 0;
  do { byte = bytes[at++]; value += (byte & 0x7f) * shift; shift *= 128; } while (byte & 0x80);
  return [value, at];
}

function varintLength(value: number): number {
  let length = 1;
  while (value >= 0x80) { value = Math.floor(value / 128); length++; }
  return length;
}

/** Writes value at `at` (7 bits a byte, low first); returns the index after it. */
export function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) { bytes[at++] = (value & 0x7f) | 0x80; value = Math.floor(value / 128); }
  bytes[at++] = value;
  return at;
}
