import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/core/db/schema.ts';
import { describeEachDriver, openTestDatabase, TEST_DRIVERS } from '../support/databases.ts';
import { importRecords } from '../../src/knowledge/import.ts';
import { createRecord, publishRecord, saveRecord, submitRecord, unpublishRecord } from '../../src/knowledge/workflow.ts';
import { facetIndexFor } from '../../src/knowledge/search/facet-index.ts';
import { normalizedTsQueryText, parseQuery } from '../../src/knowledge/search/query-text.ts';
import { parseTsQuery, parseTsVector } from '../../src/knowledge/search/ts-text.ts';
import { searchPublished, type SearchRequest } from '../../src/knowledge/search/search.ts';
import { openPostgres } from '../../src/core/db/connect.ts';
import { generateRecord } from '../../bench/generate-knowledge-data.ts';
import { caseRecord, EDITOR, publicationRecord } from './fixtures.ts';

const json = (records: unknown[]) => new TextEncoder().encode(JSON.stringify(records));
const request = (q: string): SearchRequest => ({ q, filters: {}, sort: 'relevance', page: 1, pageSize: 20 });

/** Queries of every shape the search box allows, in several languages, with stop words, hyphens and apostrophes. */
const QUERIES = [
  'forced labour', 'trafficking', 'victims', 'zanzibar', 'kidney', '"debt bondage"', '"fishing vessel"', '"organized criminal group"',
  '"abuse of a position of vulnerability"', '"forced to work"', 'traffick*', 'exploit*', 'recruit*', 'fisherm*', 'forced labour -fishing',
  'trafficking -sexual', '"debt bondage" -construction', '-trafficking', 'vulnerab* -"debt bondage"', 'traite des êtres humains',
  'trata de personas', 'торговля людьми', 'الاتجار بالبشر', 'the', '"the of"', 'e-mail', "o'brien", "l'exploitation", 'labour labour',
  '"labour labour"', '"forced forced"', 'juju', '2019', 'état-major', 'niño', '"sexual exploitation" -"forced labour" recruit*',
];

/** The ids PostgreSQL finds with `column @@ tsquery`, and the ids the in-memory index finds. */
async function bothWays(db: Kysely<Database>, q: string, column: 'document' | 'title_document') {
  const text = await normalizedTsQueryText(db, parseQuery(q));
  assert.ok(text !== null, q);
  const direct = text ? (await sql<{ id: number }>`select record_id as id from kn_search_text where ${sql.ref(column)} @@ ${text}::tsquery order by 1`.execute(db)).rows.map((row) => Number(row.id)) : [];
  const index = await facetIndexFor(db);
  const node = parseTsQuery(text);
  const inMemory = node ? index.recordIdsOf(index.textMatch(node, column)).sort((a, b) => a - b) : [];
  return { direct, inMemory, text };
}

describeEachDriver('knowledge in-memory text index', (use) => {
  before(async () => {
    const { db } = use();
    const generated = Array.from({ length: 240 }, (_, index) => generateRecord(index, { seed: 5, prefix: 'tix' }));
    for (const kind of ['legislation', 'publication', 'case'] as const) {
      const inputs = generated.filter((record) => record.kind === kind).map((record) => record.input);
      await importRecords(db, EDITOR, kind, { bytes: json(inputs), filename: `${kind}.json` }, { publish: true });
    }
    await importRecords(db, EDITOR, 'case', {
      bytes: json([
        caseRecord({ externalId: 'odd-1', title: { en: "O'Brien and the e-mail of the état-major", fr: "L'exploitation de l'état-major" }, originalLanguage: 'en', factSummary: { en: 'Labour labour forced forced: words repeated, the of the.', es: 'Un niño explotado en 2019.' } }),
        caseRecord({ externalId: 'odd-2', factSummary: { en: 'A juju oath bound the victims; sexual exploitation, not forced labour, was charged.' } }),
      ]),
      filename: 'odd.json',
    }, { publish: true });
    await importRecords(db, EDITOR, 'publication', { bytes: json([publicationRecord({ externalId: 'odd-p' })]), filename: 'p.json' }, { publish: true });
  });

  it('matches exactly the records PostgreSQL matches, for every query shape, in documents and titles', async () => {
    const { db } = use();
    let nonEmpty = 0;
    for (const q of QUERIES) {
      for (const column of ['document', 'title_document'] as const) {
        const { direct, inMemory, text } = await bothWays(db, q, column);
        assert.deepEqual(inMemory, direct, `${column} @@ ${text} (from ${q})`);
        if (direct.length) nonEmpty++;
      }
    }
    assert.ok(nonEmpty > 30, `the queries find something (${nonEmpty} non-empty answers)`);
  });

  it('follows edits, re-publication and unpublication in this process', async () => {
    const { db } = use();
    const id = await createRecord(db, EDITOR, 'case', caseRecord({ title: { en: 'Xanthippe orchard case' } }));
    await submitRecord(db, EDITOR, id);
    await publishRecord(db, EDITOR, id);
    assert.deepEqual((await bothWays(db, 'xanthipp*', 'document')).inMemory, [id]);
    await saveRecord(db, EDITOR, id, caseRecord({ title: { en: 'Ypsilanti orchard case' } }));
    assert.deepEqual((await bothWays(db, 'xanthippe', 'document')).inMemory, [id], 'the published version stays searchable while a draft is edited');
    await submitRecord(db, EDITOR, id);
    await publishRecord(db, EDITOR, id);
    for (const q of ['xanthippe', 'ypsilanti', '"ypsilanti orchard"', 'orchard']) {
      const { direct, inMemory } = await bothWays(db, q, 'document');
      assert.deepEqual(inMemory, direct, q);
    }
    assert.deepEqual((await bothWays(db, 'xanthippe', 'document')).inMemory, [], 'the old text is gone');
    await unpublishRecord(db, EDITOR, id);
    assert.deepEqual((await bothWays(db, 'ypsilanti', 'document')).inMemory, []);
    assert.equal((await searchPublished(db, request('ypsilanti'), 'en')).total, 0);
  });
});

it('reads PostgreSQL\'s text forms of tsvector and tsquery, quotes and backslashes included', () => {
  assert.deepEqual(parseTsVector("'a''b':1A,3 'c\\\\d':2B 'plain'"), [
    { lexeme: "a'b", positions: [1, 3] }, { lexeme: 'c\\d', positions: [2] }, { lexeme: 'plain', positions: [] },
  ]);
  assert.deepEqual(parseTsQuery("( 'a' | 'b':* ) & !( 'c' <-> 'd' <2> 'e' )"), {
    op: 'and',
    left: { op: 'or', left: { op: 'lexeme', lexeme: 'a', prefix: false, weights: '' }, right: { op: 'lexeme', lexeme: 'b', prefix: true, weights: '' } },
    right: { op: 'not', arg: { op: 'phrase', distance: 2, left: { op: 'phrase', distance: 1, left: { op: 'lexeme', lexeme: 'c', prefix: false, weights: '' }, right: { op: 'lexeme', lexeme: 'd', prefix: false, weights: '' } }, right: { op: 'lexeme', lexeme: 'e', prefix: false, weights: '' } } },
  });
  assert.equal(parseTsQuery(''), null);
});

if (TEST_DRIVERS.includes('postgres')) {
  it('keeps the text index of another process in step with what this one publishes, re-publishes and unpublishes [postgres]', async () => {
    const database = await openTestDatabase('postgres');
    try {
      const name = (await sql<{ name: string }>`select current_database() as name`.execute(database.db)).rows[0].name;
      const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
      url.pathname = `/${name}`;
      const other = await openPostgres(url.toString());
      try {
        const total = async (q: string) => (await searchPublished(other.db, request(q), 'en')).total;
        assert.equal(await total('zebulon'), 0, 'the other process builds its index before anything is published');
        const id = await createRecord(database.db, EDITOR, 'case', caseRecord({ factSummary: { en: 'Zebulon was held in debt bondage on a quarry.' } }));
        await submitRecord(database.db, EDITOR, id);
        await publishRecord(database.db, EDITOR, id);
        assert.equal(await total('zebulon'), 1);
        assert.equal(await total('"debt bondage" zebul*'), 1);
        await saveRecord(database.db, EDITOR, id, caseRecord({ factSummary: { en: 'Quillon was held in debt bondage on a quarry.' } }));
        await submitRecord(database.db, EDITOR, id);
        await publishRecord(database.db, EDITOR, id);
        assert.equal(await total('zebulon'), 0, 'the re-published text replaces the old one');
        assert.equal(await total('quillon -zebulon'), 1);
        await unpublishRecord(database.db, EDITOR, id);
        assert.equal(await total('quillon'), 0);
        assert.equal(await total('-quillon'), 0, 'an exclusion counts only published records');
      } finally {
        await other.close();
      }
    } finally {
      await database.dispose();
    }
  });
}
