import { it } from 'node:test';
import assert from 'node:assert/strict';
import { Bitset } from '../../src/core/bitset.ts';
import { TextIndex } from '../../src/knowledge/search/text-index.ts';
import { LexemePositions } from '../../src/knowledge/search/lexeme-positions.ts';
import type { QueryNode } from '../../src/knowledge/search/ts-text.ts';
import { Random } from '../../bench/random.ts';

/** A document: per lexeme its positions (what a tsvector holds). */
type Doc = Map<string, number[]>;

function vectorText(doc: Doc): string {
  return [...doc].map(([lexeme, positions]) => `'${lexeme}':${positions.join(',')}`).join(' ');
}

const lexeme = (text: string): QueryNode => ({ op: 'lexeme', lexeme: text, prefix: false, weights: '' });

/** A phrase as phraseto_tsquery writes it: the chain grows to the left. */
function phrase(words: string[], distances: number[]): QueryNode {
  let node = lexeme(words[0]);
  for (let index = 1; index < words.length; index++) node = { op: 'phrase', distance: distances[index - 1], left: node, right: lexeme(words[index]) };
  return node;
}

/** Whether the document has words[0] at some p, and words[k] at p + the sum of the first k distances. */
function bruteForce(doc: Doc, words: string[], distances: number[]): boolean {
  const offsets = words.map((_, index) => distances.slice(0, index).reduce((sum, value) => sum + value, 0));
  return (doc.get(words[0]) ?? []).some((start) => words.every((word, index) => (doc.get(word) ?? []).includes(start + offsets[index])));
}

it('finds phrases exactly in long documents (lexeme lists longer than a skip group) and short ones', () => {
  const random = new Random(11);
  const vocabulary = Array.from({ length: 400 }, (_, index) => `w${index.toString(36)}`);
  const docs: Doc[] = [];
  const index = new TextIndex();
  const size = 600;
  index.grow(size);
  for (let slot = 0; slot < size; slot++) {
    // From 1 to 300 distinct lexemes: skip tables of none to eighteen groups.
    const length = random.int(1, slot % 3 === 0 ? 300 : 20);
    const doc: Doc = new Map();
    for (let position = 1; position <= length * 2; position++) {
      const word = vocabulary[random.int(0, slot % 2 ? 40 : vocabulary.length - 1)];
      const positions = doc.get(word) ?? [];
      positions.push(position);
      doc.set(word, positions);
    }
    docs.push(doc);
    index.put(slot, vectorText(doc));
  }
  const alive = Bitset.full(size);
  let matched = 0;
  for (let query = 0; query < 300; query++) {
    const words = Array.from({ length: random.int(2, 3) }, () => vocabulary[random.int(0, query % 2 ? 40 : vocabulary.length - 1)]);
    const distances = words.slice(1).map(() => random.int(1, 2));
    const found = index.evaluate(phrase(words, distances), alive);
    const expected = docs.map((doc) => bruteForce(doc, words, distances));
    for (let slot = 0; slot < size; slot++) assert.equal(found.has(slot), expected[slot], `${words.join(' ')} / ${distances.join(',')} in slot ${slot}`);
    matched += expected.filter(Boolean).length;
  }
  assert.ok(matched > 500, `the queries find phrases (${matched} matches)`);
});

it('keeps phrase answers right after documents are replaced and removed', () => {
  const index = new TextIndex();
  index.grow(64);
  const long = (offset: number, reversed = false) => Array.from({ length: 100 }, (_, k) => `'l${String(k + offset).padStart(3, '0')}':${reversed ? 100 - k : k + 1}`).join(' ');
  index.put(0, long(0));
  index.put(1, long(50, true));
  const alive = Bitset.full(64);
  const query = phrase(['l060', 'l061'], [1]);
  assert.deepEqual([index.evaluate(query, alive).has(0), index.evaluate(query, alive).has(1)], [true, false]);
  index.put(1, long(10));
  assert.equal(index.evaluate(query, alive).has(1), true, 'the replaced document has l060 at 51 and l061 at 52');
  index.remove(0);
  assert.equal(index.evaluate(query, alive).has(0), false);
  assert.equal(index.evaluate(phrase(['l099', 'l098'], [1]), alive).count(), 0, 'order matters');
});

it('answers phrases exactly through random replacements, removals and documents put out of order', () => {
  const random = new Random(23);
  const vocabulary = Array.from({ length: 30 }, (_, index) => `v${index}`);
  const size = 300;
  const index = new TextIndex();
  index.grow(size);
  const docs: (Doc | null)[] = Array.from({ length: size }, () => null);
  const randomDoc = (): Doc => {
    const doc: Doc = new Map();
    const length = random.int(1, 60);
    for (let position = 1; position <= length; position++) {
      const word = vocabulary[random.int(0, vocabulary.length - 1)];
      doc.set(word, [...(doc.get(word) ?? []), position]);
    }
    return doc;
  };
  const alive = Bitset.full(size);
  const check = (round: number) => {
    for (let query = 0; query < 40; query++) {
      const words = Array.from({ length: random.int(2, 3) }, () => vocabulary[random.int(0, vocabulary.length - 1)]);
      const distances = words.slice(1).map(() => random.int(1, 2));
      const found = index.evaluate(phrase(words, distances), alive);
      for (let slot = 0; slot < size; slot++) {
        const doc = docs[slot];
        assert.equal(found.has(slot), doc ? bruteForce(doc, words, distances) : false, `round ${round}: ${words.join(' ')} in slot ${slot}`);
      }
    }
  };
  // Slots in a shuffled order at first (most puts out of slot order), then rounds of changes.
  const order = Array.from({ length: size }, (_, slot) => slot).sort(() => random.next() - 0.5);
  for (const slot of order.slice(0, size / 2)) { docs[slot] = randomDoc(); index.put(slot, vectorText(docs[slot]!)); }
  check(0);
  for (let round = 1; round <= 6; round++) {
    for (let change = 0; change < 60; change++) {
      const slot = random.int(0, size - 1);
      if (random.chance(0.3)) { index.remove(slot); docs[slot] = null; } else { docs[slot] = randomDoc(); index.put(slot, vectorText(docs[slot]!)); }
    }
    if (round === 3) index.settle();
    check(round);
  }
});

it('keeps one lexeme\'s positions in slot order through thousands of changes (merges on the side and when read)', () => {
  const random = new Random(5);
  const list = new LexemePositions();
  const model = new Map<number, number[]>();
  const read = () => {
    const cursor = list.cursor();
    const seen: [number, number[]][] = [];
    while (cursor.next()) {
      const positions: number[] = [];
      for (let position = 1; position <= 40; position++) if (cursor.hasPosition(position)) positions.push(position);
      seen.push([cursor.slot, positions]);
    }
    return seen;
  };
  const expected = () => [...model].sort((a, b) => a[0] - b[0]);
  for (let round = 0; round < 4; round++) {
    for (let change = 0; change < 3000; change++) {
      // Mostly new slots at the end in the first round, then anywhere.
      const slot = round === 0 ? change * 2 : random.int(0, 6000);
      if (model.has(slot)) { list.remove(slot); model.delete(slot); }
      if (round > 0 && random.chance(0.3)) continue;
      const positions = [...new Set(Array.from({ length: random.int(1, 4) }, () => random.int(1, 40)))].sort((a, b) => a - b);
      list.add(slot, positions, 0, positions.length);
      model.set(slot, positions);
    }
    assert.deepEqual(read(), expected(), `round ${round}`);
    const cursor = list.cursor();
    const slots = expected().map(([slot]) => slot);
    for (const target of [0, 1, 777, 2500, 5999, 6001]) {
      const first = slots.find((slot) => slot >= target);
      assert.equal(cursor.seek(target), first !== undefined, `seek ${target}`);
      if (first !== undefined) assert.equal(cursor.slot, first, `seek ${target}`);
    }
  }
});
