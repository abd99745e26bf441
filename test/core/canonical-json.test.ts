import { it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson } from '../../src/core/canonical-json.ts';

/** The definition: JSON.stringify of a copy with every object's keys sorted. */
const sortedCopy = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => [key, sortedCopy((value as Record<string, unknown>)[key])]));
  }
  return value;
};

it('writes keys sorted at every level, as JSON.stringify of a sorted copy would', () => {
  const samples: unknown[] = [
    { b: 1, a: [1, 'x', null, { d: undefined, c: new Date(0) }], e: 'é "quoted"\n\u2028', f: -0.5, g: true, h: {}, i: [] },
    { z: [undefined, () => 1], y: Number.NaN, x: Infinity, 'key with "quotes"': 'ok' },
    'text', 3, null, [],
  ];
  for (const sample of samples) assert.equal(canonicalJson(sample), JSON.stringify(sortedCopy(sample)));
  assert.equal(canonicalJson({ b: { d: 1, c: 2 }, a: 0 }), '{"a":0,"b":{"c":2,"d":1}}');
  assert.equal(canonicalJson({ b: 1, a: 2 }), canonicalJson({ a: 2, b: 1 }), 'equal values, equal text');
});
