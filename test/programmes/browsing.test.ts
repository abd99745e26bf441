import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver, uniqueEmail } from '../support/databases.ts';
import { addUser, startServer, TEST_PASSWORD, type RunningServer } from '../support/server.ts';
import { TestClient } from '../support/http-client.ts';
import { saveActivity } from '../../src/programmes/service.ts';
import { EXPECTED, FIXTURE_ACTOR, loadFixture } from './fixture.ts';

const figureValue = (html: string, name: string) => Number(new RegExp(`data-figure="${name}"><span class="figure-value">([\\d,]+)<`).exec(html)?.[1].replace(/,/g, '') ?? NaN);

describeEachDriver('programme pages a newcomer browses', (use) => {
  let server: RunningServer;
  before(async () => {
    await loadFixture(use().db);
    // A draft in a later year must not move the default: only published activities count.
    await saveActivity(use().db, FIXTURE_ACTOR, { type: 'training', title: 'Draft of a later year', startDate: '2023-05-01', endDate: '2023-05-01', scope: 'national', countries: ['KEN'], programmes: ['GLOT59'], female: 1, status: 'draft' });
    server = await startServer(use());
  });
  after(async () => { await server.close(); });

  it('opens the impact report and the year in review on the latest year with published activities, and keeps an explicit period', async () => {
    const visitor = new TestClient(server.baseUrl);
    // The fixture's latest published activity is A14 (2022-01-01, UGA, 18 trained).
    const report = await (await visitor.get('/programmes')).text();
    assert.match(report, /<h1>[^<]*· 2022<\/h1>/);
    assert.equal(figureValue(report, 'countries-supported'), 1);
    assert.equal(figureValue(report, 'trained'), 18);
    const json = await (await visitor.get('/api/programmes/impact')).json() as { filter: { from: string; to: string } };
    assert.deepEqual([json.filter.from, json.filter.to], ['2022-01-01', '2022-12-31']);
    const review = await (await visitor.get('/programmes/year-in-review')).text();
    assert.match(review, /<option value="2022" selected="">2022<\/option>/);
    assert.equal(figureValue(review, 'trained'), 18);

    const explicit = await (await visitor.get('/programmes?year=2021')).text();
    assert.equal(figureValue(explicit, 'countries-supported'), EXPECTED.all2021.countriesSupported);
    const range = await (await visitor.get('/programmes?from=2021-01-01&to=2021-12-31')).text();
    assert.equal(figureValue(range, 'trained'), EXPECTED.all2021.trained.total);
    assert.equal(figureValue(await (await visitor.get('/programmes/year-in-review?year=2021')).text(), 'trained'), EXPECTED.all2021.trained.total);
  });

  it('chooses countries in a multiple select named in the user\'s language, reading the shared links\' formats alike', async () => {
    const visitor = new TestClient(server.baseUrl);
    const selected = (html: string) => [...html.matchAll(/<option value="([A-Z]{3})" selected="">([^<]+)<\/option>/g)].map((match) => `${match[1]}:${match[2]}`);
    const commas = await (await visitor.get('/programmes?year=2021&country=MWI,BRA')).text();
    assert.match(commas, /<select name="country" multiple="" size="6">/);
    assert.deepEqual(selected(commas).sort(), ['BRA:Brazil', 'MWI:Malawi']);
    assert.ok(commas.indexOf('>Austria</option>') < commas.indexOf('>Zambia</option>'), 'sorted by name');
    const repeated = await (await visitor.get('/programmes?year=2021&country=MWI&country=BRA')).text();
    assert.equal(figureValue(repeated, 'countries-supported'), 2);
    assert.equal(figureValue(repeated, 'trained'), figureValue(commas, 'trained'));
    assert.equal(figureValue(repeated, 'trained'), 25 + 13, 'MWI or BRA: A1 (25) and A2 (13) trained; BRA none (EXPECTED.bra)');

    const french = await (await visitor.get('/programmes/activities?country=BRA,XXX', { 'accept-language': 'fr' })).text();
    assert.deepEqual(selected(french).sort(), ['BRA:Brésil', 'XXX:XXX'], 'an unknown code stays visible under its code');
    assert.equal(Number(/data-activities="(\d+)"/.exec(french)?.[1]), EXPECTED.bra.activities);
  });

  it('lists an activity\'s outcomes on its page: published ones for everyone, drafts for officers only', async () => {
    const db = use().db;
    const idOf = async (externalId: string) => Number((await db.selectFrom('pm_activities').select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow()).id);
    const outcomesOn = (html: string) => Number(/<section class="activity-outcomes" id="outcomes" data-outcomes="(\d+)">/.exec(html)?.[1]);
    const visitor = new TestClient(server.baseUrl);
    // A1 has O1 (published, 3 investigations, a story) and O6 (a draft); A5 has none.
    const a1 = await (await visitor.get(`/programmes/activities/${await idOf('A1')}`)).text();
    assert.equal(outcomesOn(a1), 1);
    assert.match(a1, /<td>Investigations supported [^]*?<\/td><td>Malawi<\/td><td class="number">3<\/td><td>Fixture story in Malawi<\/td>/);
    const a5 = await (await visitor.get(`/programmes/activities/${await idOf('A5')}`)).text();
    assert.equal(outcomesOn(a5), 0);
    assert.match(a5, /No outcome is recorded for this activity yet/);
    const officer = uniqueEmail('officer');
    await addUser(use(), officer, ['programme_officer']);
    const staff = new TestClient(server.baseUrl);
    assert.equal((await staff.signIn(officer, TEST_PASSWORD)).status, 303);
    const staffView = await (await staff.get(`/programmes/activities/${await idOf('A1')}`)).text();
    assert.equal(outcomesOn(staffView), 2);
    assert.match(staffView, /href="\/programmes\/outcomes\/new\?activity=A1"/);
    assert.match(await (await staff.get('/programmes/outcomes/new?activity=A1')).text(), /name="activity" type="text" value="A1"/);
  });
});
