import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describeEachDriver } from '../support/databases.ts';
import { importRecords } from '../../src/knowledge/import.ts';
import { searchPublished } from '../../src/knowledge/search/search.ts';
import { readSherlocSample, sherlocToImport } from './sherloc.ts';
import { ReferenceSearch } from './reference-search.ts';
import { startServer } from '../support/server.ts';
import { EDITOR } from './fixtures.ts';

const records = readSherlocSample();
/** The spellings the portal treats as one word: part of what a search means, so the reference is told them too. */
const VARIANTS: string[][] = JSON.parse(readFileSync(new URL('../../src/knowledge/search/spelling-variants.json', import.meta.url), 'utf8')).groups;

/** What people type, as the issue found it (SHERLOC's texts are English): each total must be the reference's. */
const QUERIES: { query: string; atLeast?: number }[] = [
  // Stop words of English, French and Spanish never empty a result.
  { query: 'the brothel', atLeast: 20 }, { query: 'abuse of power', atLeast: 1 }, { query: '"Court of First Instance"', atLeast: 3 },
  { query: 'trata de personas', atLeast: 1 }, { query: 'traite des personnes' }, { query: 'the', atLeast: 200 }, { query: 'a' },
  // Docket numbers and other tokens joined by / or . , found whole, as parts, with their letters.
  { query: '2019/858', atLeast: 1 }, { query: '12/1529', atLeast: 1 }, { query: 'CC 2/2018', atLeast: 1 }, { query: 'ShD/0099/01/12', atLeast: 1 },
  { query: 'K.1138/10', atLeast: 1 }, { query: '21/01/2009', atLeast: 1 }, { query: 'recruitment/targeting', atLeast: 5 }, { query: 'recruit', atLeast: 80 },
  { query: 'bars/cabarets', atLeast: 1 }, { query: 'cabarets', atLeast: 2 },
  { query: 'Backpage.com', atLeast: 1 }, { query: 'backpage', atLeast: 1 }, { query: 'MySpace.com', atLeast: 1 }, { query: 'Craigslist', atLeast: 2 },
  // Hyphenated words find their parts written apart, and the other way round.
  { query: 'sex-trafficking', atLeast: 3 }, { query: 'sex trafficking', atLeast: 3 }, { query: 'co-defendants', atLeast: 10 }, { query: 'year-old', atLeast: 30 },
  // No false friend through another language's stemmer.
  { query: 'visa', atLeast: 10 },
  // OR, exclusions, phrases.
  { query: 'brothel OR massage', atLeast: 25 }, { query: 'Nigeria OR Ghana', atLeast: 2 }, { query: 'passport -Nigeria', atLeast: 30 },
  { query: '"sexual exploitation" -children', atLeast: 40 }, { query: '"forced labour"', atLeast: 5 }, { query: '-the' },
  // Accents folded, both ways.
  { query: 'Bogota', atLeast: 2 }, { query: 'Bogotá', atLeast: 2 }, { query: 'Sao Paulo', atLeast: 2 }, { query: 'Liege', atLeast: 1 }, { query: 'Krakow', atLeast: 1 },
  // Spelling variants.
  { query: 'labour', atLeast: 15 }, { query: 'labor', atLeast: 15 }, { query: 'organisation', atLeast: 25 }, { query: 'organized', atLeast: 20 }, { query: 'offenses', atLeast: 15 },
  { query: 'labour OR organisation', atLeast: 40 },
];

describeEachDriver('searching the real SHERLOC records as people type', (use) => {
  let reference: ReferenceSearch;
  let ids: number[];

  before(async () => {
    const { db } = use();
    const report = await importRecords(db, EDITOR, 'case', { bytes: new TextEncoder().encode(JSON.stringify(records.map(sherlocToImport))), filename: 'sherloc.json' }, { publish: true });
    ids = report.ids;
    // The texts the portal indexes for these records: title, fact summary, jurisdiction, source citation.
    reference = await ReferenceSearch.build(db, records.map((record) => [record.title, record.summary_en, record.jurisdiction, 'UNODC SHERLOC case law database'].join('\n')));
  });

  it(`finds what an independent search finds, for ${QUERIES.length} queries`, async () => {
    assert.ok(QUERIES.length >= 30);
    const wrong: string[] = [];
    for (const { query, atLeast } of QUERIES) {
      const expected = await reference.count(use().db, query, VARIANTS);
      if (atLeast !== undefined) assert.ok(expected.length >= atLeast, `${query}: the reference finds ${expected.length}; the sample was expected to hold at least ${atLeast}`);
      const result = await searchPublished(use().db, { q: query, filters: {}, sort: 'relevance', page: 1, pageSize: 500 }, 'en');
      const found = result.results.map((hit) => ids.indexOf(hit.id)).sort((a, b) => a - b);
      if (result.total !== expected.length || found.join() !== expected.join()) wrong.push(`${query}: found ${result.total}, expected ${expected.length}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('combines text with facets: the same records as the text alone, narrowed by the facet', async () => {
    const { db } = use();
    const text = await searchPublished(db, { q: 'brothel', filters: {}, sort: 'date', page: 1, pageSize: 500 }, 'en');
    const usa = await searchPublished(db, { q: 'brothel', filters: { country: ['USA'] }, sort: 'date', page: 1, pageSize: 500 }, 'en');
    const expected = text.results.filter((hit) => hit.countries.includes('USA')).map((hit) => hit.id).sort();
    assert.ok(expected.length > 0);
    assert.deepEqual(usa.results.map((hit) => hit.id).sort(), expected);
  });

  it('suggests near words when a misspelt word finds nothing, offers the facet a word names, and counts in each language\'s plural', async () => {
    const { db } = use();
    const misspelt = await searchPublished(db, { q: 'prostitition brothel', filters: {}, sort: 'relevance', page: 1, pageSize: 10 }, 'en');
    assert.equal(misspelt.total, 0);
    assert.ok(misspelt.suggestions.includes('prostitut* brothel'), misspelt.suggestions.join(', '));
    const again = await searchPublished(db, { q: misspelt.suggestions[0], filters: {}, sort: 'relevance', page: 1, pageSize: 10 }, 'en');
    assert.ok(again.total > 0, 'the suggestion finds records');
    assert.deepEqual((await searchPublished(db, { q: 'brothel', filters: {}, sort: 'relevance', page: 1, pageSize: 10 }, 'en')).suggestions, []);

    const server = await startServer(use());
    try {
      const page = async (q: string, language = 'en') => (await fetch(`${server.baseUrl}/knowledge?q=${encodeURIComponent(q)}`, { headers: { 'Accept-Language': language } })).text();
      assert.match(await page('Backpage.com'), /data-testid="total">1 result</);
      assert.match(await page('brothel'), /data-testid="total">22 results</);
      assert.match(await page('Backpage.com', 'fr'), /data-testid="total">1 résultat</);
      assert.match(await page('Backpage.com', 'ar'), /data-testid="total">نتيجة واحدة</);
      const sexual = await page('sexual');
      assert.match(sexual, /<p class="facet-offers">Narrow to records classified as: <a href="\/knowledge\?q=sexual&amp;purpose=sexual_exploitation">Forms of exploitation: Sexual exploitation \(\d+\)<\/a>/);
      assert.match(await page('prostitition'), /Try: <a href="\/knowledge\?q=prostitut\*">prostitut\*<\/a>/);
    } finally {
      await server.close();
    }
  });
});
