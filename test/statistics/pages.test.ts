import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { describeEachDriver, uniqueEmail } from '../support/databases.ts';
import { addUser, startServer, TEST_ACTOR, TEST_PASSWORD, type RunningServer } from '../support/server.ts';
import { TestClient } from '../support/http-client.ts';
import { importLongFile } from '../../src/statistics/long-import.ts';
import { readQuestionnaire } from '../../src/statistics/questionnaire.ts';
import { LONG_COLUMNS } from '../../src/statistics/long-format.ts';
import { stringify } from 'csv-stringify/sync';

// The questionnaire and the public pages over HTTP: who may read and write which country, what the
// public sees (published, disclosure-controlled), grids, the template round trip and its errors.

const longCsv = (rows: string[][]) => new Uint8Array(Buffer.from(stringify([[...LONG_COLUMNS], ...rows])));
const published = (iso3: string, name: string, year: number, sex: string, age: string, value: string) =>
  [iso3, name, 'Africa', 'Sub-Saharan Africa', 'Detected trafficking victims', 'Total', 'Total', sex, age, String(year), 'Counts', value, 'Police'];

describeEachDriver('statistics pages', (use) => {
  let server: RunningServer;
  const users = { malawi: uniqueEmail('focal.mw'), niger: uniqueEmail('focal.ne'), reviewer: uniqueEmail('reviewer'), editor: uniqueEmail('editor') };
  const client = async (email?: string) => {
    const http = new TestClient(server.baseUrl);
    if (email) assert.equal((await http.signIn(email, TEST_PASSWORD)).status, 303);
    return http;
  };

  before(async () => {
    const database = use();
    await addUser(database, users.malawi, ['focal_point'], 'MWI');
    await addUser(database, users.niger, ['focal_point'], 'NER');
    await addUser(database, users.reviewer, ['reviewer']);
    await addUser(database, users.editor, ['editor']);
    await importLongFile(database.db, TEST_ACTOR, { filename: 'seed.csv', bytes: longCsv([
      published('MWI', 'Malawi', 2020, 'Total', 'Total', '1,282'),
      published('MWI', 'Malawi', 2020, 'Female', 'Total', '1,279'),
      published('MWI', 'Malawi', 2020, 'Male', 'Total', '<5'),
      published('NER', 'Niger', 2020, 'Total', 'Total', '40'),
    ]) });
    server = await startServer(database);
  });
  after(async () => { await server?.close(); });

  it('lets a focal point read and write only their countries, reviewers every country, nobody else (every route)', async () => {
    const routes = (iso3: string) => [
      ['GET', `/statistics/questionnaire/${iso3}/2021`],
      ['GET', `/statistics/questionnaire/${iso3}/2021/template.xlsx`],
      ['GET', `/api/statistics/questionnaire/${iso3}/2021`],
      ['GET', `/statistics/questionnaire/${iso3}/2021/roll-up`],
      ['POST', `/statistics/questionnaire/${iso3}/2021/grid?grid=detected_victims.total`],
      ['POST', `/statistics/questionnaire/${iso3}/2021/submit`],
      ['POST', `/statistics/questionnaire/${iso3}/2021/upload`],
      ['POST', `/statistics/questionnaire/${iso3}/2021/roll-up`],
      ['POST', `/statistics/questionnaire/${iso3}/2021/accept`],
      ['POST', `/statistics/questionnaire/${iso3}/2021/publish`],
      ['POST', `/statistics/questionnaire/${iso3}/2021/return`],
    ] as const;
    const focalMay = new Set(['GET', 'grid', 'submit', 'upload', 'roll-up']);
    const reviewerMay = new Set(['GET', 'accept', 'publish', 'return', 'roll-up-get']);
    const actions = (method: string, path: string) => (method === 'GET' ? (path.endsWith('template.xlsx') ? 'template' : path.endsWith('roll-up') ? 'roll-up-get' : 'GET') : path.split('/').pop()!.split('?')[0]);
    for (const [who, email] of [['malawi', users.malawi], ['niger', users.niger], ['reviewer', users.reviewer], ['editor', users.editor], ['anonymous', undefined]] as const) {
      const http = await client(email);
      await http.get('/statistics');
      for (const [method, path] of routes('MWI')) {
        const action = actions(method, path);
        const response = method === 'GET' ? await http.get(path) : await http.postForm(path, { comment: 'check', v: '1' });
        const denied = [401, 403, 303].includes(response.status) && !(response.status === 303 && response.headers.get('location')?.startsWith('/statistics/questionnaire/MWI'));
        let allowed: boolean;
        if (who === 'malawi') allowed = focalMay.has(action) || action === 'template' || action === 'roll-up-get';
        else if (who === 'reviewer') allowed = reviewerMay.has(action);
        else allowed = false;
        if (allowed) assert.ok(!denied, `${who} ${method} ${path} should be allowed, got ${response.status}`);
        else assert.ok(denied || response.status === 409, `${who} ${method} ${path} should be refused, got ${response.status}`);
        if (!allowed && who !== 'anonymous' && method === 'POST') assert.ok([403, 409].includes(response.status), `${who} ${path}: ${response.status}`);
      }
    }
    const writers = await use().db.selectFrom('audit_log').select('actor_label').distinct().where('entity_id', '=', 'MWI-2021').execute();
    assert.deepEqual(writers.map((row) => row.actor_label), [users.malawi], 'only the Malawi focal point wrote to Malawi');
  });

  it('saves a grid, shows errors with the input kept, blocks submission on a broken sum, and a reviewer publishes', async () => {
    const focal = await client(users.malawi);
    await focal.get('/statistics/questionnaire/MWI/2022');
    const bad = await focal.postForm('/statistics/questionnaire/MWI/2022/grid?grid=detected_victims.total', {
      'v|total|total|total': '1,300', 'v|total|female|total': 'lots', source: 'Malawi Police',
    });
    assert.equal(bad.status, 422);
    const badPage = await bad.text();
    assert.match(badPage, /Not a count: &quot;lots&quot;|Not a count: "lots"/);
    assert.match(badPage, /value="1,300"/, 'the input is kept');
    const saved = await focal.postForm('/statistics/questionnaire/MWI/2022/grid?grid=detected_victims.total', {
      'v|total|total|total': '1,300', 'v|total|female|total': '1,200', 'v|total|male|total': '<5', 'v|total|unknown|total': '0', 'v|total|other|total': '0', source: 'Malawi Police',
    });
    assert.equal(saved.status, 303);
    const blocked = await focal.postForm('/statistics/questionnaire/MWI/2022/submit', {});
    assert.equal(blocked.status, 422, 'the sexes add up to 1,201-1,204, not 1,300');
    assert.match(await blocked.text(), /less than the total/);
    await focal.postForm('/statistics/questionnaire/MWI/2022/grid?grid=detected_victims.total', {
      'v|total|total|total': '1,203', 'v|total|female|total': '1,200', 'v|total|male|total': '<5', source: 'Malawi Police',
    });
    assert.equal((await focal.postForm('/statistics/questionnaire/MWI/2022/submit', {})).status, 303);
    const reviewer = await client(users.reviewer);
    await reviewer.get('/statistics/questionnaire/MWI/2022');
    assert.equal((await reviewer.postForm('/statistics/questionnaire/MWI/2022/accept', {})).status, 303);
    assert.equal((await reviewer.postForm('/statistics/questionnaire/MWI/2022/publish', { note: 'first' })).status, 303);
    const api = await (await (await client()).get('/api/statistics/analysis?area=MWI&from=2022&to=2022')).json() as { sexAge: unknown; countries: number };
    assert.equal(api.countries, 1);
    const text = JSON.stringify(api);
    assert.ok(!/"lo":[1-4],/.test(text), 'no value under 5 is published in the API');
  });

  it('shows the public only published, disclosure-controlled figures', async () => {
    const anonymous = await client();
    const page = await (await anonymous.get('/statistics/countries/MWI?from=2020&to=2020')).text();
    assert.match(page, /1,282/, 'the published total');
    assert.doesNotMatch(page, /1,279/, 'the female count would reveal the suppressed male count: it is suppressed too');
    assert.match(page, /&lt;5|<5/);
    assert.match(page, /<svg/);
    const world = await (await anonymous.get('/statistics?from=2020&to=2021')).text();
    assert.match(world, /Crime statistics/);
    const csv = await (await anonymous.get('/statistics/tables/sex-age.csv?area=MWI&from=2020&to=2020')).text();
    assert.ok(!/,[1-4](,|\r?\n|$)/.test(csv), `no count under 5 in a download: ${csv}`);
    const xlsx = await anonymous.get('/statistics/tables/countries.xlsx?from=2020&to=2021');
    assert.equal(xlsx.status, 200);
    const draftOnly = await (await anonymous.get('/api/statistics/analysis?area=NER&from=2022&to=2022')).json() as { countries: number };
    assert.equal(draftOnly.countries, 0);
    assert.equal((await anonymous.get('/statistics/countries/XYZ')).status, 404);
  });

  it('round-trips the XLSX template, and refuses a bad one naming row and column without changing anything', async () => {
    const focal = await client(users.niger);
    await focal.get('/statistics/questionnaire/NER/2021');
    await focal.postForm('/statistics/questionnaire/NER/2021/grid?grid=detected_victims.total', { 'v|total|total|total': '45', source: 'ANLTP' });
    const template = await focal.get('/statistics/questionnaire/NER/2021/template.xlsx');
    assert.equal(template.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    const sheet = workbook.worksheets[0];
    let filled = 0;
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      if (row.getCell(1).value === 'Persons convicted' && row.getCell(2).value === 'Total' && row.getCell(4).value === 'Total' && row.getCell(5).value === 'Total') { row.getCell(6).value = '12'; filled++; }
    });
    assert.equal(filled, 1);
    const upload = async (bytes: ArrayBuffer | Buffer, name: string) => {
      const form = new FormData();
      form.set('_csrf', focal.csrfToken ?? '');
      form.set('file', new Blob([new Uint8Array(bytes as ArrayBuffer)]), name);
      return focal.request('POST', '/statistics/questionnaire/NER/2021/upload', form);
    };
    assert.equal((await upload(await workbook.xlsx.writeBuffer(), 'filled.xlsx')).status, 303);
    let view = await readQuestionnaire(use().db, TEST_ACTOR, 'NER', 2021);
    assert.deepEqual(view.values.map((value) => [value.indicator, value.value]).sort(), [['convicted', 12], ['detected_victims', 45]]);
    sheet.getRow(2).getCell(6).value = '-3';
    sheet.getRow(3).getCell(1).value = 'Persons arrested';
    sheet.getRow(3).getCell(6).value = '4';
    const rejected = await upload(await workbook.xlsx.writeBuffer(), 'bad.xlsx');
    assert.equal(rejected.status, 422);
    const text = await rejected.text();
    assert.match(text, /<td>2<\/td><td><code>Value<\/code><\/td>/);
    assert.match(text, /<td>3<\/td><td><code>Indicator<\/code><\/td>/);
    view = await readQuestionnaire(use().db, TEST_ACTOR, 'NER', 2021);
    assert.equal(view.values.length, 2, 'nothing changed');
  });
});
