import { it } from 'node:test';
import assert from 'node:assert/strict';
import { FacetIndex, type FacetCountsByName } from '../../src/knowledge/search/facet-index.ts';

/** A small deterministic generator, so that a failure can be reproduced. */
function random(seed: number) {
  let state = seed;
  return () => { state = (state * 1103515245 + 12345) % 2 ** 31; return state / 2 ** 31; };
}

const VALUES: Record<string, string[]> = {
  kind: ['case', 'legislation', 'publication'],
  country: Array.from({ length: 60 }, (_, index) => `C${index}`),
  purpose: ['forced_labour', 'sexual_exploitation', 'forced_begging', 'organ_removal'],
  act: ['recruitment', 'transportation', 'harbouring'],
};

it('counts facet values exactly whichever way it counts (member by member or term by term)', () => {
  const next = random(7);
  const index = new FacetIndex();
  const records: string[][] = [];
  for (let id = 1; id <= 3000; id++) {
    // Skewed: a few frequent countries, many rare ones; some records with several values of a facet.
    const facets = [`kind:${VALUES.kind[Math.floor(next() * 3)]}`, `country:C${Math.floor(next() ** 3 * 60)}`];
    for (const purpose of VALUES.purpose) if (next() < 0.3) facets.push(`purpose:${purpose}`);
    if (next() < 0.5) facets.push(`act:${VALUES.act[Math.floor(next() * 3)]}`);
    records.push(facets);
    (index as unknown as { put(row: unknown): void }).put({
      record_id: id, change_seq: id, facets, year: 2000 + (id % 20), sort_date: '2020-01-01', first_published_at: new Date(0), document: '', title_document: '',
    });
  }
  const requests: Record<string, string[]>[] = [
    {},
    { kind: ['case'] },
    { country: ['C0'] },
    { country: ['C59', 'C58'] },
    { purpose: ['organ_removal'], act: ['harbouring'] },
    { kind: ['legislation', 'publication'], country: ['C1'] },
    { country: ['C59'], purpose: ['organ_removal'], act: ['recruitment'] },
  ];
  for (const filters of requests) {
    const counts: FacetCountsByName = index.facetCounts({ filters }, null, null);
    for (const facet of Object.keys(VALUES)) {
      const expected = new Map<string, number>();
      for (const facets of records) {
        // A facet with a selection is counted without its own selection.
        const passes = Object.entries(filters).every(([name, values]) => name === facet || facets.some((term) => values.includes(term.slice(name.length + 1)) && term.startsWith(`${name}:`)));
        if (!passes) continue;
        for (const term of facets) if (term.startsWith(`${facet}:`)) expected.set(term.slice(facet.length + 1), (expected.get(term.slice(facet.length + 1)) ?? 0) + 1);
      }
      assert.deepEqual(new Map([...(counts[facet] ?? new Map())].sort()), new Map([...expected].sort()), `${facet} with ${JSON.stringify(filters)}`);
    }
  }
});
