import { it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { describeEachDriver } from '../support/databases.ts';
import { importRecords } from '../../src/knowledge/import.ts';
import { searchPublished } from '../../src/knowledge/search/search.ts';
import { SEARCH_DOCUMENT_FORMAT, updateSearchDocuments } from '../../src/knowledge/search/document-format.ts';
import { caseRecord, EDITOR } from './fixtures.ts';

describeEachDriver('search documents of an older format', (use) => {
  it('are rewritten once, before searching, and then carry their languages', async () => {
    const { db } = use();
    const records = [caseRecord({ externalId: 'fmt-1', title: { en: 'The brothel of Bogotá' } }), caseRecord({ externalId: 'fmt-2', title: { en: 'Fishing vessels' } })];
    const report = await importRecords(db, EDITOR, 'case', { bytes: new TextEncoder().encode(JSON.stringify(records)), filename: 'f.json' }, { publish: true });
    // As an installation indexed before: documents without language lexemes, format 1.
    await sql`update kn_search_text set document = to_tsvector('english', 'The brothel of Bogotá'), title_document = to_tsvector('english', 'The brothel of Bogotá') where record_id = ${report.ids[0]}`.execute(db);
    await sql`update kn_search_format set version = 1`.execute(db);
    const lines: string[] = [];
    assert.equal(await updateSearchDocuments(db, (line) => lines.push(line)), 2);
    assert.deepEqual(lines, ['search documents rewritten: 2']);
    assert.equal((await sql<{ version: number }>`select version from kn_search_format`.execute(db)).rows[0].version, SEARCH_DOCUMENT_FORMAT);
    const document = (await sql<{ document: string }>`select document::text as document from kn_search_text where record_id = ${report.ids[0]}`.execute(db)).rows[0].document;
    assert.match(document, /'§english'/);
    assert.match(document, /'bogota'/, 'accents folded');
    const found = await searchPublished(db, { q: 'the brothel bogota', filters: {}, sort: 'relevance', page: 1, pageSize: 10 }, 'en');
    assert.deepEqual(found.results.map((hit) => hit.id), [report.ids[0]]);
    assert.equal(await updateSearchDocuments(db), 0, 'nothing to do the second time');
  });

  it('matches a word through the stemmer of each document\'s language only, and never requires a stop word of that language', async () => {
    const { db } = use();
    const records = [
      caseRecord({ externalId: 'lang-en', title: { en: 'Workers placed vis-à-vis the employer' }, factSummary: { en: 'The employer held them vis à vis the agency.' } }),
      caseRecord({ externalId: 'lang-fr', originalLanguage: 'fr', title: { fr: 'Les visas des travailleuses' }, factSummary: { fr: 'Les visas étaient falsifiés.' } }),
      caseRecord({ externalId: 'lang-es', originalLanguage: 'es', title: { es: 'La trata de personas en la frontera' }, factSummary: { es: 'Explotación laboral.' } }),
    ];
    const report = await importRecords(db, EDITOR, 'case', { bytes: new TextEncoder().encode(JSON.stringify(records)), filename: 'l.json' }, { publish: true });
    const ids = async (q: string) => (await searchPublished(db, { q, filters: { kind: ['case'] }, sort: 'date', page: 1, pageSize: 50 }, 'en')).results.map((hit) => hit.id).filter((id) => report.ids.includes(id)).sort();
    assert.deepEqual(await ids('visa'), [report.ids[1]], 'the French visas, not the English "vis à vis"');
    assert.deepEqual(await ids('trata de personas'), [report.ids[2]], '"de" is a Spanish stop word: not required of the Spanish record');
    assert.deepEqual(await ids('explotacion'), [report.ids[2]], 'accents folded');
  });
});
