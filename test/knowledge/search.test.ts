import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { describeEachDriver } from '../support/databases.ts';
import { importRecords } from '../../src/knowledge/import.ts';
import { searchPublished, type SearchRequest } from '../../src/knowledge/search/search.ts';
import { parseQuery } from '../../src/knowledge/search/query-text.ts';
import { searchRequestFromQuery } from '../../src/knowledge/search/request.ts';
import { createRecord } from '../../src/knowledge/workflow.ts';
import { caseRecord, EDITOR, legislationRecord, publicationRecord } from './fixtures.ts';

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({ q: '', filters: {}, sort: 'date', page: 1, pageSize: 50, ...overrides });
const json = (records: unknown[]) => new TextEncoder().encode(JSON.stringify(records));

const CASES = [
  caseRecord({ externalId: 'c1', country: 'THA', purposes: ['forced_labour'], acts: ['recruitment'], decisionDate: '2015-03-01', factSummary: { en: 'Migrant fishermen were held in forced labour on a trawler.' } }),
  caseRecord({ externalId: 'c2', country: 'NGA', purposes: ['sexual_exploitation'], acts: ['recruitment', 'transfer'], decisionDate: '2018-05-01', title: { en: 'State v. O.E.' }, factSummary: { en: 'Young women were recruited for sexual exploitation abroad with a juju oath.' }, victims: [{ sex: 'female', ageGroup: 'child', nationality: 'NGA' }] }),
  caseRecord({ externalId: 'c3', country: 'NGA', purposes: ['forced_labour', 'forced_begging'], acts: ['harbouring'], decisionDate: '2020-07-01', title: { en: 'State v. K.L.' }, factSummary: { en: 'Children were forced to beg in the streets and to work in a domestic setting.' } }),
  caseRecord({ externalId: 'c4', country: 'BRA', purposes: ['slavery'], acts: ['receipt'], decisionDate: '2021-01-10', title: { pt: undefined, es: 'Ministerio Público c. R.S.', en: 'Public Ministry v. R.S.' }, originalLanguage: 'es', factSummary: { es: 'Trabajadores rurales sometidos a trabajo esclavo en una hacienda.', en: 'Rural workers held in slave labour on a ranch.' } }),
  caseRecord({ externalId: 'c5', country: 'FRA', crimeTypes: ['smuggling_of_migrants'], acts: [], means: [], purposes: [], decisionDate: '2022-02-02', title: { fr: 'Ministère public c. T.D.', en: 'Public Prosecutor v. T.D.' }, originalLanguage: 'fr', factSummary: { fr: 'Passeurs organisant des traversées de la Manche en bateau pneumatique.' }, inclusion: { allElementsPresent: false, reason: 'Smuggling case' } }),
];

describeEachDriver('knowledge search and facets', (use) => {
  before(async () => {
    const { db } = use();
    await importRecords(db, EDITOR, 'legislation', { bytes: json([legislationRecord({ externalId: 'l1' })]), filename: 'l.json' }, { publish: true });
    await importRecords(db, EDITOR, 'case', { bytes: json(CASES), filename: 'c.json' }, { publish: true });
    await importRecords(db, EDITOR, 'publication', { bytes: json([publicationRecord({ externalId: 'p1' })]), filename: 'p.json' }, { publish: true });
    await createRecord(db, EDITOR, 'case', caseRecord({ externalId: 'draft-1', country: 'NGA', factSummary: { en: 'A draft about forced labour that nobody may see.' } }));
  });

  it('counts every facet value exactly as a direct SQL count does, drafts excluded', async () => {
    const { db } = use();
    const result = await searchPublished(db, request(), 'en');
    assert.equal(result.total, 7);
    for (const [facet, values] of Object.entries(result.facets)) {
      for (const { value, count } of values) {
        const direct = await sql<{ n: number }>`select count(*)::int as n from kn_records r join kn_versions v on v.record_id = r.id and v.version = r.published_version
          where r.published_version is not null and ${facetPredicate(facet, value)}`.execute(db);
        assert.equal(count, direct.rows[0].n, `${facet}=${value}`);
      }
    }
    assert.deepEqual(result.facets.country.find((item) => item.value === 'NGA'), { value: 'NGA', count: 3 }, 'two cases and one publication on Nigeria; the draft is not counted');
  });

  it('combines values of one facet with OR and facets with AND, counting a selected facet without its own selection', async () => {
    const { db } = use();
    const either = await searchPublished(db, request({ filters: { country: ['NGA', 'THA'] } }), 'en');
    assert.equal(either.total, 5, 'THA: a case and a law; NGA: two cases and a publication');
    const both = await searchPublished(db, request({ filters: { country: ['NGA', 'THA'], purpose: ['forced_labour'] } }), 'en');
    assert.deepEqual(both.results.map((hit) => hit.title).sort(), ['Public Prosecutor v. A.B. (fishing vessel forced labour)', 'State v. K.L.']);
    assert.equal(both.facets.country.find((item) => item.value === 'BRA'), undefined, 'BRA has no forced-labour case');
    assert.equal(both.facets.country.find((item) => item.value === 'NGA')?.count, 1, 'country counts keep the purpose filter');
    assert.equal(both.facets.purpose.find((item) => item.value === 'sexual_exploitation')?.count, 1, 'purpose counts ignore the purpose selection, keep the country one');
  });

  it('matches words in any language, phrases, exclusions and prefixes, and ranks the best first', async () => {
    const { db } = use();
    const titles = async (q: string) => (await searchPublished(db, request({ q, sort: 'relevance' }), 'en')).results.map((hit) => hit.title);
    assert.deepEqual(await titles('"sexual exploitation"'), ['Female victims of trafficking for sexual exploitation as defendants', 'State v. O.E.'], 'the title match ranks first');
    assert.deepEqual(await titles('"exploitation sexual"'), [], 'a phrase keeps its word order');
    assert.ok((await titles('labour')).includes('Public Ministry v. R.S.'), 'English stemming: labour');
    assert.deepEqual(await titles('hacienda'), ['Public Ministry v. R.S.'], 'Spanish text is searchable');
    assert.deepEqual(await titles('traversées'), ['Public Prosecutor v. T.D.'], 'French text with its stemmer');
    assert.deepEqual((await titles('children -beg')), [], 'exclusion removes the begging case');
    assert.deepEqual(await titles('fisherm*'), ['Public Prosecutor v. A.B. (fishing vessel forced labour)'], 'prefix');
    const ranked = await titles('forced labour');
    assert.equal(ranked[0], 'Public Prosecutor v. A.B. (fishing vessel forced labour)', 'title matches weigh most');
    assert.ok(!(await titles('nobody may see')).length, 'drafts are not searchable');
  });

  it('shows the title and a highlighted, escaped snippet in the reader\'s language when translated', async () => {
    const { db } = use();
    const spanish = await searchPublished(db, request({ q: 'hacienda' }), 'es');
    assert.equal(spanish.results[0].title, 'Ministerio Público c. R.S.');
    assert.match(spanish.results[0].snippetHtml, /<mark>hacienda<\/mark>/);
    const english = await searchPublished(db, request({ q: 'ranch' }), 'en');
    assert.equal(english.results[0].title, 'Public Ministry v. R.S.');
    const arabic = await searchPublished(db, request({ q: 'traversées' }), 'ar');
    assert.equal(arabic.results[0].title, 'Ministère public c. T.D.', 'no Arabic translation: the original');
  });

  it('filters by year range and sorts by date or by when added', async () => {
    const { db } = use();
    const range = await searchPublished(db, request({ yearFrom: 2018, yearTo: 2021, filters: { kind: ['case'] } }), 'en');
    assert.equal(range.total, 3);
    assert.deepEqual(range.results.map((hit) => hit.year), [2021, 2020, 2018]);
    assert.ok((range.facets.year ?? []).some((item) => item.value === '2015'), 'the year facet ignores the year range');
  });

  it('reads shareable URLs and refuses unknown values with the field named', () => {
    const parsed = searchRequestFromQuery({ q: ['forced labour'], country: ['br', 'NGA'], act: ['recruitment'], page: ['2'] });
    assert.deepEqual(parsed.filters, { country: ['BRA', 'NGA'], act: ['recruitment'] });
    assert.equal(parsed.page, 2);
    assert.throws(() => searchRequestFromQuery({ act: ['kidnap'], page: ['0'] }), (error: { fields: { field: string }[] }) => {
      assert.deepEqual(error.fields.map((field) => field.field).sort(), ['act', 'page']);
      return true;
    });
    assert.deepEqual(parseQuery('"forced labour" -fishing traffick* x'), {
      required: [[{ type: 'phrase', text: 'forced labour' }], [{ type: 'prefix', text: 'traffick' }], [{ type: 'word', text: 'x' }]],
      excluded: [{ type: 'word', text: 'fishing' }],
    });
    assert.deepEqual(parseQuery('brothel OR massage "T 103/2003" sex-trafficking Backpage.com, OR'), {
      required: [[{ type: 'word', text: 'brothel' }, { type: 'word', text: 'massage' }], [{ type: 'phrase', text: 'T 103/2003' }], [{ type: 'phrase', text: 'sex trafficking' }], [{ type: 'word', text: 'Backpage.com' }]],
      excluded: [],
    });
    assert.deepEqual(parseQuery('OR or -x'), { required: [[{ type: 'word', text: 'or' }]], excluded: [{ type: 'word', text: 'x' }] }, 'OR with nothing before it is not a term; lower-case "or" is a word');
  });
});

/** The same question as a facet value, asked directly of the published versions' data. */
function facetPredicate(facet: string, value: string) {
  const data = sql`v.data`;
  switch (facet) {
    case 'kind': return sql`r.kind = ${value}`;
    case 'country': return sql`(${data}->>'country' = ${value} or ${data}->'countries' ? ${value})`;
    case 'year': return sql`coalesce(substr(${data}->>'decisionDate', 1, 4), ${data}->>'yearAdopted', ${data}->>'year') = ${value}`;
    case 'purpose': return sql`${data}->'purposes' ? ${value}`;
    case 'act': return sql`${data}->'acts' ? ${value}`;
    case 'crimeType': return sql`${data}->'crimeTypes' ? ${value}`;
    case 'victimSex': return sql`jsonb_path_exists(${data}, '$.victims[*] ? (@.sex == $v)', jsonb_build_object('v', ${value}::text))`;
    case 'victimAge': return sql`jsonb_path_exists(${data}, '$.victims[*] ? (@.ageGroup == $v)', jsonb_build_object('v', ${value}::text))`;
    case 'verdict': return sql`jsonb_path_exists(${data}, '$.defendants[*] ? (@.verdict == $v)', jsonb_build_object('v', ${value}::text))`;
    case 'language': return sql`${data}->'title' ? ${value} or coalesce(${data}->'factSummary', '{}') ? ${value} or coalesce(${data}->'abstract', '{}') ? ${value} or coalesce(${data}->'summary', '{}') ? ${value} or coalesce(${data}->'commentary', '{}') ? ${value}`;
    default: return sql`r.id in (select record_id from kn_published where facets @> ${[`${facet}:${value}`]}::text[])`;
  }
}

import { project } from '../../src/knowledge/projection.ts';
import { publicationInput } from '../../src/knowledge/schemas.ts';
it('files a publication\'s M49 areas under region and sub-region facets by their level', () => {
  const facets = project('publication', publicationInput.parse(publicationRecord({ countries: [], regions: ['419', '005', '150'] }))).facets;
  assert.ok(facets.includes('subRegion:419') && facets.includes('region:019'), 'Latin America and the Caribbean is a sub-region of the Americas');
  assert.ok(facets.includes('region:150'));
  assert.ok(!facets.includes('region:419') && !facets.includes('region:005'));
});

import { openPostgres } from '../../src/core/db/connect.ts';
import { publishRecord, submitRecord, unpublishRecord } from '../../src/knowledge/workflow.ts';
import { TEST_DRIVERS, openTestDatabase } from '../support/databases.ts';
if (TEST_DRIVERS.includes('postgres')) {
  it('keeps the facet index of another process up to date with what this one publishes and unpublishes [postgres]', async () => {
    const database = await openTestDatabase('postgres');
    try {
      const other = await openPostgres(await databaseUrlOf(database));
      try {
        const before = await searchPublished(other.db, request({ filters: { country: ['ISL'] } }), 'en');
        assert.equal(before.total, 0);
        // The same words searched before and after: a text match kept from before must not hide the new record.
        const phrase = request({ q: '"reykjavik harbour"' });
        assert.equal((await searchPublished(other.db, phrase, 'en')).total, 0);
        const id = await createRecord(database.db, EDITOR, 'case', caseRecord({ country: 'ISL', factSummary: { en: 'Fishermen were held on boats in Reykjavik harbour.' } }));
        await submitRecord(database.db, EDITOR, id);
        await publishRecord(database.db, EDITOR, id);
        const after = await searchPublished(other.db, request({ filters: { country: ['ISL'] } }), 'en');
        assert.equal(after.total, 1);
        assert.equal(after.facets.country.find((item) => item.value === 'ISL')?.count, 1);
        assert.equal((await searchPublished(other.db, phrase, 'en')).total, 1);
        await unpublishRecord(database.db, EDITOR, id);
        assert.equal((await searchPublished(other.db, request({ filters: { country: ['ISL'] } }), 'en')).total, 0);
        assert.equal((await searchPublished(other.db, phrase, 'en')).total, 0);
      } finally {
        await other.close();
      }
    } finally {
      await database.dispose();
    }
  });
}

async function databaseUrlOf(database: { db: import('kysely').Kysely<import('../../src/core/db/schema.ts').Database> }): Promise<string> {
  const row = await sql<{ name: string }>`select current_database() as name`.execute(database.db);
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${row.rows[0].name}`;
  return url.toString();
}
