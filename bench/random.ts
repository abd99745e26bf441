/** mulberry32: a small deterministic generator, uniform in [0, 1), so that generated data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generators' draws: uniform numbers, integers, picks, and picks by weight. */
export class Random {
  /** Uniform in [0, 1). */
  readonly next: () => number;
  constructor(seed: number) { this.next = seededRandom(seed); }
  int(min: number, max: number): number { return min + Math.floor(this.next() * (max - min + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(items: readonly T[]): T { return items[Math.floor(this.next() * items.length)]; }
  /** One of `items` with probability proportional to its weight. */
  weighted<T>(table: Weighted<T>): T {
    let x = this.next() * table.total;
    for (let i = 0; i < table.items.length; i++) {
      x -= table.weights[i];
      if (x < 0) return table.items[i];
    }
    return table.items[table.items.length - 1];
  }
  /** Up to `count` distinct items drawn by weight. */
  several<T>(table: Weighted<T>, count: number): T[] {
    const result = new Set<T>();
    for (let attempt = 0; result.size < count && attempt < count * 6; attempt++) result.add(this.weighted(table));
    return [...result];
  }
  /** `count` distinct items (all of them if there are fewer), uniformly. */
  distinct<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const result: T[] = [];
    while (result.length < count && pool.length) result.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return result;
  }
  /** Items each kept with its own probability. */
  each<T extends string>(probabilities: Record<T, number>): T[] {
    return (Object.keys(probabilities) as T[]).filter((key) => this.chance(probabilities[key]));
  }
}

export interface Weighted<T> { items: T[]; weights: number[]; total: number }
export function weighted<T extends string>(weights: Record<T, number>): Weighted<T> {
  const items = Object.keys(weights) as T[];
  const list = items.map((item) => weights[item]);
  return { items, weights: list, total: list.reduce((a, b) => a + b, 0) };
}
