import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver, uniqueEmail } from '../support/databases.ts';
import { addUser, startServer, TEST_PASSWORD, type RunningServer } from '../support/server.ts';
import { TestClient } from '../support/http-client.ts';
import { importHtcds } from '../../src/case-data/import.ts';
import { htcdsCsv, ROLL_UP_ROWS } from './fixtures.ts';

// Who may reach which case-data route, tried over HTTP for every route: the focal point of the
// country reads and writes; a global reviewer reads and exports; the focal point of another
// country, an analyst, an administrator and a visitor get nothing (403/404, or sign in first).

type Who = 'mwi' | 'ner' | 'reviewer' | 'analyst' | 'admin' | 'anonymous';
const WHO: Who[] = ['mwi', 'ner', 'reviewer', 'analyst', 'admin', 'anonymous'];

describeEachDriver('case-data access matrix', (use) => {
  let server: RunningServer;
  const clients = new Map<Who, TestClient>();
  let caseId = 0;
  let personId = 0;
  let nerCaseId = 0;

  before(async () => {
    const database = use();
    await importHtcds(database.db, { kind: 'system', label: 'test' }, { bytes: htcdsCsv(ROLL_UP_ROWS), filename: 'fixture.csv' });
    const c1 = await database.db.selectFrom('cd_cases').select('id').where('case_ref', '=', 'C1').executeTakeFirstOrThrow();
    caseId = c1.id;
    personId = (await database.db.selectFrom('cd_persons').select('id').where('case_id', '=', caseId).where('person_ref', '=', 'V1').executeTakeFirstOrThrow()).id;
    nerCaseId = (await database.db.selectFrom('cd_cases').select('id').where('case_ref', '=', 'N1').executeTakeFirstOrThrow()).id;
    server = await startServer(database);
    const accounts: [Who, string[], string][] = [['mwi', ['focal_point'], 'MWI'], ['ner', ['focal_point'], 'NER'], ['reviewer', ['reviewer'], ''], ['analyst', ['analyst'], ''], ['admin', ['admin'], '']];
    for (const [who, roles, countries] of accounts) {
      const email = uniqueEmail(who);
      await addUser(database, email, roles, countries);
      const client = new TestClient(server.baseUrl);
      const response = await client.signIn(email, TEST_PASSWORD);
      assert.equal(response.status, 303, `${who} signs in`);
      clients.set(who, client);
    }
    clients.set('anonymous', new TestClient(server.baseUrl));
  });
  after(async () => { await server?.close(); });

  /** Status per actor; `ok` is what the allowed get (others: 403, or 404 for another country's case). */
  async function check(method: 'GET' | 'POST', path: () => string, allowed: Who[], ok: number, fields: Record<string, string> = {}) {
    for (const who of WHO) {
      const client = clients.get(who)!;
      await client.get('/account');
      const response = method === 'GET' ? await client.get(path()) : await client.postForm(path(), fields);
      const body = await response.text();
      if (allowed.includes(who)) {
        assert.equal(response.status, ok, `${who} ${method} ${path()}: ${body.slice(0, 300)}`);
      } else if (who === 'anonymous') {
        const page = method === 'GET' && !path().startsWith('/api/');
        assert.ok(page ? response.status === 303 && /\/login/.test(response.headers.get('location') ?? '') : [401, 403].includes(response.status), `anonymous ${method} ${path()} -> ${response.status}`);
      } else {
        assert.equal(response.status, 403, `${who} ${method} ${path()} is refused`);
      }
      if (!allowed.includes(who)) {
        assert.ok(!body.includes('Police Anti-Trafficking Unit') && !body.includes('ZMB'), `${who} sees no case data at ${path()}`);
      }
    }
  }

  const readers: Who[] = ['mwi', 'reviewer'];
  const writers: Who[] = ['mwi'];

  it('lists and shows Malawi\'s cases to its focal point and to global reviewers only', async () => {
    await check('GET', () => '/case-data/MWI', readers, 200);
    await check('GET', () => `/case-data/MWI/cases/${caseId}`, readers, 200);
    await check('GET', () => '/case-data/MWI/export.csv', readers, 200);
    await check('GET', () => '/case-data/MWI/export.xlsx', readers, 200);
    await check('GET', () => '/api/case-data/MWI/cases', readers, 200);
    await check('GET', () => `/api/case-data/MWI/cases/${caseId}`, readers, 200);
    await check('GET', () => '/api/case-data/MWI/roll-up?year=2022', readers, 200);
  });

  it('opens the forms and the import page to the focal point only', async () => {
    await check('GET', () => '/case-data/MWI/cases/new', writers, 200);
    await check('GET', () => `/case-data/MWI/cases/${caseId}/edit`, writers, 200);
    await check('GET', () => `/case-data/MWI/cases/${caseId}/persons/new?role=Perpetrator`, writers, 200);
    await check('GET', () => `/case-data/MWI/cases/${caseId}/persons/${personId}/edit`, writers, 200);
    await check('GET', () => '/case-data/MWI/import', writers, 200);
  });

  it('accepts writes from the focal point only', async () => {
    await check('POST', () => '/case-data/MWI/cases', writers, 303, { ari_CaseId: 'NEW-1', org_Name: 'District Council', org_Type: 'LocalGovernmentOrganisation', cas_Status: 'Active' });
    await check('POST', () => `/case-data/MWI/cases/${caseId}/edit`, writers, 303, { ari_CaseId: 'C1', org_Name: 'Police Anti-Trafficking Unit', org_Type: 'LawEnforcement', cas_Status: 'FollowUp' });
    await check('POST', () => `/case-data/MWI/cases/${caseId}/persons`, writers, 303, { ari_PersonRole: 'Perpetrator', ari_PersonId: 'P9', prs_Gender: 'Masculine', ari_IdentificationDate: '2022-03-02' });
    await check('POST', () => `/case-data/MWI/cases/${caseId}/persons/${personId}/edit`, writers, 303, { ari_PersonId: 'V1', prs_Gender: 'Feminine', vic_TraffickingStatus: 'ActualVictimOfTrafficking', ari_IdentificationDate: '2022-03-01', vic_AgeWhenTrafficked: '15' });
    const csv = htcdsCsv([{ ...ROLL_UP_ROWS[0], ari_CaseId: 'IMP-1' }]).toString('utf8');
    for (const who of WHO) {
      const client = clients.get(who)!;
      await client.get('/account');
      const form = new FormData();
      form.set('_csrf', client.csrfToken ?? '');
      form.set('file', new Blob([csv], { type: 'text/csv' }), 'one.csv');
      const response = await client.request('POST', '/case-data/MWI/import', form);
      if (who === 'mwi') assert.equal(response.status, 200, 'the focal point imports');
      else assert.ok([401, 403].includes(response.status), `${who} may not import (${response.status})`);
    }
    const audit = await use().db.selectFrom('audit_log').select('action').where('action', 'like', 'case_data.%').execute();
    for (const action of ['case_data.case_created', 'case_data.case_updated', 'case_data.person_added', 'case_data.person_updated', 'case_data.import', 'case_data.export']) {
      assert.ok(audit.some((row) => row.action === action), `${action} audited`);
    }
  });

  it('answers 404 for a case of another country, even to that country\'s focal point', async () => {
    const ner = clients.get('ner')!;
    assert.equal((await ner.get(`/case-data/NER/cases/${caseId}`)).status, 404);
    assert.equal((await ner.get(`/api/case-data/NER/cases/${caseId}`)).status, 404);
    assert.equal((await ner.get(`/case-data/NER/cases/${nerCaseId}`)).status, 200);
    const mwi = clients.get('mwi')!;
    assert.equal((await mwi.get(`/case-data/MWI/cases/${nerCaseId}`)).status, 404);
    assert.equal((await mwi.get('/case-data/mwi')).status, 404, 'the country is its ISO3 code in capitals');
    const overview = await (await ner.get('/case-data')).text();
    assert.ok(overview.includes('href="/case-data/NER"') && !overview.includes('href="/case-data/MWI"'));
    assert.equal((await clients.get('analyst')!.get('/case-data')).status, 403);
    const nav = await (await clients.get('analyst')!.get('/account')).text();
    assert.ok(!nav.includes('href="/case-data"'), 'no navigation link for those without access');
  });

  it('deletes persons and cases for the focal point only', async () => {
    await check('POST', () => `/case-data/MWI/cases/${caseId}/persons/${personId}/delete`, writers, 303);
    await check('POST', () => `/case-data/MWI/cases/${caseId}/delete`, writers, 303);
    assert.equal(await use().db.selectFrom('cd_cases').select('id').where('id', '=', caseId).executeTakeFirst(), undefined);
  });
});
