import { it } from 'node:test';
import assert from 'node:assert/strict';
import { Bitset } from '../../src/core/bitset.ts';

it('counts, intersects and lists members like a Set does', () => {
  const size = 1000;
  const a = new Bitset(size);
  const b = new Bitset(size);
  const setA = new Set<number>();
  const setB = new Set<number>();
  for (let index = 0; index < size; index++) {
    if ((index * 7919) % 3 === 0) { a.add(index); setA.add(index); }
    if ((index * 104729) % 5 < 2) { b.add(index); setB.add(index); }
  }
  assert.equal(a.count(), setA.size);
  const both = [...setA].filter((value) => setB.has(value));
  assert.equal(a.countAnd(b), both.length);
  const members: number[] = [];
  a.clone().and(b).forEach((index) => members.push(index));
  assert.deepEqual(members, both.sort((x, y) => x - y));
  assert.equal(Bitset.full(70).count(), 70);
  a.remove(0);
  assert.equal(a.has(0), false);
  assert.equal(a.has(31) || !setA.has(31), true);
});
