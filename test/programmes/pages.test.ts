import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver, uniqueEmail } from '../support/databases.ts';
import { addUser, startServer, type RunningServer } from '../support/server.ts';
import { TestClient, signedInClient } from '../support/http-client.ts';
import { importFile } from '../../src/programmes/import.ts';
import { EXPECTED, FIXTURE_ACTOR, loadFixture } from './fixture.ts';

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;/g, '\'').replace(/&quot;/g, '"');

/** The headline figures of a report page: name, value shown, and the link to its records. */
function figuresOf(html: string): Map<string, { value: number; href: string }> {
  const figures = new Map<string, { value: number; href: string }>();
  for (const match of html.matchAll(/<a href="([^"]+)" class="figure-link" data-figure="([a-z-]+)"><span class="figure-value">([\d,]+)<\/span>/g)) {
    figures.set(match[2], { href: decode(match[1]), value: Number(match[3].replace(/,/g, '')) });
  }
  return figures;
}
const totalsOf = (html: string): Record<string, number> => {
  const tag = /<p class="totals" id="list-totals"([^>]*)>/.exec(html)?.[1] ?? '';
  return Object.fromEntries([...tag.matchAll(/data-([a-z]+)="(\d+)"/g)].map((match) => [match[1], Number(match[2])]));
};

describeEachDriver('programme pages over HTTP', (use) => {
  let server: RunningServer;
  let ids: Map<string, number>;
  const officer = uniqueEmail('officer');
  const analyst = uniqueEmail('analyst');
  before(async () => {
    ({ activityIds: ids } = await loadFixture(use().db));
    const people = new TextEncoder().encode('activity,name,sex,institution_type\nA13,Fictional Zebulon Trainee,female,police\nA13,Fictional Yara Trainee,male,prosecution\n');
    await importFile(use().db, FIXTURE_ACTOR, 'participants', { bytes: people, filename: 'people.csv' });
    await addUser(use(), officer, ['programme_officer']);
    await addUser(use(), analyst, ['analyst']);
    server = await startServer(use());
  });
  after(async () => { await server.close(); });

  const signedIn = (email: string) => signedInClient(server.baseUrl, email);

  it('shows every headline figure to anyone, each linking to records that add up to it', async () => {
    const visitor = new TestClient(server.baseUrl);
    const page = await visitor.get('/programmes?year=2021');
    assert.equal(page.status, 200);
    const figures = figuresOf(await page.text());
    const expected = EXPECTED.all2021;
    // The list behind each figure, and the attribute of its totals that must equal the figure.
    const checks: [string, number, string][] = [
      ['countries-supported', expected.countriesSupported, 'countries'], ['countries-national', expected.countriesNational, 'countries'],
      ['trained', expected.trained.total, 'participants'], ['countries-legislative', expected.countriesLegislative, 'countries'],
      ['countries-legislative-policy', expected.countriesLegislativePolicy, 'countries'], ['publications', expected.publications, 'activities'],
      ['cases-added', expected.casesAdded, 'cases'], ['technical-cooperation', expected.technicalCooperation, 'activities'],
      ['speaker-events', expected.speakerEvents, 'activities'], ['events-organized', expected.eventsOrganized, 'activities'],
      ['investigations', expected.investigations, 'quantity'], ['participants', expected.participants.total, 'participants'],
    ];
    assert.equal(figures.size, checks.length);
    for (const [name, value, attribute] of checks) {
      const figure = figures.get(name);
      assert.ok(figure, name);
      assert.equal(figure.value, value, `${name} on the page`);
      const list = await visitor.get(figure.href);
      assert.equal(list.status, 200, figure.href);
      assert.equal(totalsOf(await list.text())[attribute], value, `${name}: the records behind ${figure.href}`);
    }
    const trained = await (await visitor.get(figures.get('trained')!.href)).text();
    assert.deepEqual(totalsOf(trained), { activities: 4, participants: 63, female: 18, male: 22, unknown: 23, countries: 5 });
  });

  it('answers the list of a country\'s activities at /programmes/activities?country=ISO3', async () => {
    const visitor = new TestClient(server.baseUrl);
    const page = await visitor.get('/programmes/activities?country=MWI');
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.equal(totalsOf(html).activities, 5);
    for (const id of ['A1', 'A2', 'A6', 'A9', 'A11']) assert.match(html, new RegExp(`Fixture ${id} `));
    assert.doesNotMatch(html, /Fixture A12 /, 'a draft is not public');
  });

  it('keeps drafts and participant lists from the public and from other roles', async () => {
    const draft = ids.get('A12')!;
    const listed = ids.get('A13')!;
    const staffless = new TestClient(server.baseUrl);
    for (const client of [staffless, await signedIn(analyst)]) {
      assert.equal((await client.get(`/programmes/activities/${draft}`)).status, 404);
      const page = await (await client.get(`/programmes/activities/${listed}`)).text();
      assert.doesNotMatch(page, /Fictional Zebulon/);
      const exported = await (await client.get('/programmes/activities/export.csv?drafts=1')).text();
      assert.doesNotMatch(exported, /Fixture A12 |Fictional/);
      assert.equal((await client.get('/programmes/activities/new')).status, client === staffless ? 303 : 403, 'anonymous: to sign in; others: forbidden');
    }
    const staff = await signedIn(officer);
    assert.equal((await staff.get(`/programmes/activities/${draft}`)).status, 200);
    assert.match(await (await staff.get(`/programmes/activities/${listed}`)).text(), /Fictional Zebulon Trainee/);
    assert.match(await (await staff.get('/programmes/activities/export.csv?drafts=1')).text(), /Fixture A12 /);
  });

  it('lets an officer record an activity: errors come back with the input, a valid one is audited and counted once published', async () => {
    const staff = await signedIn(officer);
    await staff.get('/programmes/activities/new');
    const form = { type: 'training', title: 'Training typed in the form', startDate: '2021-06-10', endDate: '2021-06-11', scope: 'regional', countries: 'KEN', programmes: 'GLOT92', female: '4', male: '6', unknown: '0', status: 'draft' };
    const refused = await staff.postForm('/programmes/activities/new', form);
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.match(html, /A regional activity covers at least two countries/);
    assert.match(html, /value="Training typed in the form"/);
    assert.equal((await staff.postForm('/programmes/activities/new', form, null)).status, 403, 'no CSRF token, no write');
    const created = await staff.postForm('/programmes/activities/new', { ...form, countries: 'KEN, UGA' });
    assert.equal(created.status, 303);
    const id = Number(/\/programmes\/activities\/(\d+)/.exec(created.headers.get('location') ?? '')?.[1]);
    const audit = await use().db.selectFrom('audit_log').select(['action', 'actor_label']).where('entity_type', '=', 'programmes.activity').where('entity_id', '=', String(id)).execute();
    assert.deepEqual(audit.map((row) => row.action), ['programmes.activity.create']);
    const before = figuresOf(await (await staff.get('/programmes?year=2021')).text()).get('trained')!.value;
    await staff.get(`/programmes/activities/${id}`);
    assert.equal((await staff.postForm(`/programmes/activities/${id}/publish`, {})).status, 303);
    const afterPublish = figuresOf(await (await staff.get('/programmes?year=2021')).text()).get('trained')!.value;
    assert.equal(afterPublish, before + 10);
  });

  it('serves the year in review without navigation, the figures as JSON with their record links, and the exports', async () => {
    const visitor = new TestClient(server.baseUrl);
    const review = await (await visitor.get('/programmes/year-in-review?year=2021&programme=TRACK4TIP')).text();
    assert.doesNotMatch(review, /<header class="site"/);
    assert.equal(figuresOf(review).get('countries-supported')?.value, EXPECTED.track4tip.countriesSupported);
    assert.equal((await visitor.get('/programmes/year-in-review?year=2021&programme=NOPE')).status, 404);
    const json = await (await visitor.get('/api/programmes/impact?year=2021&programme=GLOT59')).json() as { figures: { trained: { value: number; female: number; records: string } } };
    assert.equal(json.figures.trained.value, EXPECTED.glot59.trained.total);
    assert.equal(json.figures.trained.female, EXPECTED.glot59.trained.female);
    assert.equal((await visitor.get(new URL(json.figures.trained.records).pathname + new URL(json.figures.trained.records).search)).status, 200);
    const figures = await visitor.get('/programmes/report.csv?year=2021');
    assert.equal(figures.status, 200);
    assert.match(await figures.text(), new RegExp(`People trained to prevent[^\\n]*,${EXPECTED.all2021.trained.total + 10}\\n`), 'with the training the officer published above');
    assert.match(await (await visitor.get('/programmes/report.csv?year=2021')).text(), /Participants in events organized,80\n/);
    const xlsx = await visitor.get('/programmes/activities/export.xlsx?year=2021');
    assert.equal(xlsx.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('shows an action plan\'s progress per target and area, with overdue targets marked, and records a measure', async () => {
    const db = use().db;
    const { id: planId } = await db.insertInto('pm_action_plans').values({ code: 'FIX-NAP', title: 'Fixture action plan', kind: 'national', countries: ['MWI'], start_date: '2020-01-01', end_date: '2030-12-31', status: 'published' }).returning('id').executeTakeFirstOrThrow();
    const { id: areaId } = await db.insertInto('pm_plan_areas').values({ plan_id: Number(planId), position: 1, name: 'Capacity building' }).returning('id').executeTakeFirstOrThrow();
    const target = (code: string, due: string) => db.insertInto('pm_plan_targets').values({ area_id: Number(areaId), code, description: `Target ${code}`, indicator: 'People trained', baseline: 0, target_value: 100, due_date: due }).returning('id').executeTakeFirstOrThrow();
    const late = await target('1.1', '2020-06-30');
    const done = await target('1.2', '2020-06-30');
    const open = await target('1.3', '2099-12-31');
    await db.insertInto('pm_plan_measurements').values([{ target_id: Number(late.id), measured_on: '2020-06-01', value: 40, note: null }, { target_id: Number(done.id), measured_on: '2020-05-01', value: 120, note: null }]).execute();
    const page = await (await new TestClient(server.baseUrl).get(`/programmes/action-plans/${planId}`)).text();
    assert.match(page, /data-targets="3" data-achieved="1" data-overdue="1"/);
    assert.match(page, new RegExp(`id="target-${late.id}" data-status="overdue"`));
    assert.match(page, new RegExp(`id="target-${open.id}" data-status="on_track"`));
    const staff = await signedIn(officer);
    await staff.get(`/programmes/action-plans/${planId}`);
    assert.equal((await staff.postForm(`/programmes/action-plans/targets/${late.id}/measures`, { date: '2021-06-01', value: 'many' })).status, 422);
    assert.equal((await staff.postForm(`/programmes/action-plans/targets/${late.id}/measures`, { date: '2021-06-01', value: '100' })).status, 303);
    assert.match(await (await staff.get(`/programmes/action-plans/${planId}`)).text(), /data-targets="3" data-achieved="2" data-overdue="0"/);
    assert.equal((await new TestClient(server.baseUrl).postForm(`/programmes/action-plans/targets/${late.id}/measures`, { date: '2021-06-01', value: '1' })).status, 403);
  });

  it('imports through the web page: a template to download, the problems of a bad file by row and column, nothing kept', async () => {
    const staff = await signedIn(officer);
    assert.equal((await staff.get('/programmes/import')).status, 200);
    const template = await staff.get('/programmes/templates/activities.csv');
    assert.equal(template.status, 200);
    const templateText = await template.text();
    assert.match(templateText, /^\uFEFF?external_id,type,title,start_date/);
    const bad = templateText.replace('EXAMPLE-ACT-1', 'WEB-1').replace(',MWI,', ',ZZZ,');
    const upload = (text: string) => {
      const body = new FormData();
      body.set('_csrf', staff.csrfToken!);
      body.set('kind', 'activities');
      body.set('file', new File([text], 'activities.csv', { type: 'text/csv' }));
      return staff.request('POST', '/programmes/import', body);
    };
    const refused = await upload(bad);
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /<td>2<\/td><td><code>countries<\/code><\/td><td>Unknown country: ZZZ.<\/td>/);
    assert.equal(await use().db.selectFrom('pm_activities').select('id').where('external_id', '=', 'WEB-1').executeTakeFirst(), undefined);
    await staff.get('/programmes/import');
    const accepted = await upload(templateText.replace('EXAMPLE-ACT-1', 'WEB-1'));
    assert.equal(accepted.status, 200);
    assert.match(await accepted.text(), /Imported 1 rows: 1 new, 0 updated/);
    assert.equal((await new TestClient(server.baseUrl).get('/programmes/templates/activities.csv')).status, 303, 'templates are for officers');
    const countries = await (await new TestClient(server.baseUrl).get('/programmes/countries/export.csv?year=2021&type=legislative_assistance')).text();
    assert.deepEqual(countries.trim().split('\n').slice(1).map((line) => line.split(',')[0]), ['MWI', 'NER']);
  });
});
