import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describeEachDriver, uniqueEmail } from '../support/databases.ts';
import { addUser, startServer, TEST_ACTOR, type RunningServer } from '../support/server.ts';
import { TestClient, signedInClient } from '../support/http-client.ts';
import { importTreatyStatus, exportTreatyStatus } from '../../src/treaties/transfer.ts';
import { ImportRejected } from '../../src/core/files/import-problems.ts';
import { addEvent, addTreaty } from '../../src/treaties/service.ts';
import { verifyAuditChain } from '../../src/core/audit/verify.ts';
import type { AppError } from '../../src/core/errors.ts';

// A history on the Firearms Protocol with every kind of act: signature then ratification,
// accession, acceptance, approval, succession, withdrawal and re-ratification, a withdrawal
// with its own effective date, a year-only accession and a country given by its English name.
const FIXTURE = `country,treaty,action,date,effective_date,source
NOR,FIREARMS,signature,2002-01-10,,
NOR,FIREARMS,ratification,2005-03-01,,
Finland,FIREARMS,accession,2004-06-01,,
JPN,FIREARMS,acceptance,2006-01-01,,
NLD,FIREARMS,approval,2007-07-07,,
SRB,FIREARMS,succession,2006-06-03,,
CHL,FIREARMS,ratification,2004-01-01,,
CHL,FIREARMS,withdrawal,2010-05-01,,
CHL,FIREARMS,ratification,2016-02-02,,
PER,FIREARMS,ratification,2006-01-01,,
PER,FIREARMS,withdrawal,2012-01-01,2012-03-31,
KEN,FIREARMS,accession,2019,,a report that gives the year only
ARG,FIREARMS,signature,2002-02-02,,
`;

const bytes = (text: string) => new TextEncoder().encode(text);

describeEachDriver('treaty status over HTTP', (use) => {
  let server: RunningServer;
  const emails = { admin: uniqueEmail('admin'), editor: uniqueEmail('editor'), analyst: uniqueEmail('analyst'), focal: uniqueEmail('focal') };
  before(async () => {
    await importTreatyStatus(use().db, TEST_ACTOR, { bytes: bytes(FIXTURE), filename: 'fixture.csv' });
    server = await startServer(use());
    await addUser(use(), emails.admin, ['admin']);
    await addUser(use(), emails.editor, ['editor']);
    await addUser(use(), emails.analyst, ['analyst']);
    await addUser(use(), emails.focal, ['focal_point'], 'MWI');
  });
  after(async () => { await server.close(); });

  const signedIn = (email: string) => signedInClient(server.baseUrl, email);
  const parties = async (date: string) => {
    const response = await fetch(`${server.baseUrl}/api/treaties/FIREARMS/parties?date=${date}`);
    assert.equal(response.status, 200);
    return response.json() as Promise<{ treaty: string; date: string; count: number; parties: { iso3: string; name: string; since: string; action: string }[] }>;
  };

  it('answers the parties on any date, with withdrawals and re-ratification, succession and year-only acts', async () => {
    const on2005 = await parties('2005-12-31');
    assert.equal(on2005.treaty, 'FIREARMS');
    assert.equal(on2005.date, '2005-12-31');
    assert.deepEqual(on2005.parties.map((party) => party.iso3), ['CHL', 'FIN', 'NOR']);
    assert.equal(on2005.count, 3);
    assert.deepEqual(on2005.parties.find((party) => party.iso3 === 'FIN'), { iso3: 'FIN', name: 'Finland', since: '2004-06-01', action: 'accession', illustrative: false });

    const on2010 = await parties('2010-12-31');
    assert.deepEqual(on2010.parties.map((party) => party.iso3), ['CHL', 'FIN', 'JPN', 'NLD', 'NOR', 'PER', 'SRB'], 'Chile withdrew in 2010, effective 2011-05-01');
    assert.equal(on2010.parties.find((party) => party.iso3 === 'SRB')?.action, 'succession');

    const on2012 = await parties('2012-04-01');
    assert.deepEqual(on2012.parties.map((party) => party.iso3), ['FIN', 'JPN', 'NLD', 'NOR', 'SRB'], 'Chile gone since 2011-05-01, Peru since 2012-03-31');

    const on2020 = await parties('2020-01-01');
    assert.deepEqual(on2020.parties.map((party) => party.iso3), ['CHL', 'FIN', 'JPN', 'KEN', 'NLD', 'NOR', 'SRB']);
    assert.equal(on2020.parties.find((party) => party.iso3 === 'CHL')?.since, '2016-02-02');
    assert.equal(on2020.parties.find((party) => party.iso3 === 'KEN')?.since, '2019', 'a year-only act is given as its year');
    assert.equal((await parties('2019-12-30')).parties.some((party) => party.iso3 === 'KEN'), false);

    const wrong = await fetch(`${server.baseUrl}/api/treaties/FIREARMS/parties?date=2019-13-01`);
    assert.equal(wrong.status, 422);
    assert.equal(((await wrong.json()) as { error: { code: string } }).error.code, 'validation_failed');
    assert.equal((await fetch(`${server.baseUrl}/api/treaties/NOPE/parties`)).status, 404);
  });

  it('shows the count, the map coloured by status, the timeline and the states not yet party for a date', async () => {
    const response = await fetch(`${server.baseUrl}/treaties/FIREARMS?date=2012-02-01`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /data-testid="party-count">6</);
    const classOf = (iso3: string) => new RegExp(`<path class="([^"]+)" d="[^"]*" data-iso3="${iso3}"`).exec(html)?.[1];
    assert.equal(classOf('NOR'), 'tr-party');
    assert.equal(classOf('PER'), 'tr-withdrawing', 'Peru notified on 2012-01-01, effective 2012-03-31');
    assert.equal(classOf('CHL'), 'tr-withdrawn');
    assert.equal(classOf('ARG'), 'tr-signatory');
    assert.equal(classOf('BRA'), 'tr-none');
    assert.match(html, /Parties at the end of each year/);
    const section = (testId: string) => new RegExp(`data-testid="${testId}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
    const rowsOf = (testId: string) => [...section(testId).matchAll(/<tr data-iso3="([A-Z]{3})"/g)].map((match) => match[1]);
    assert.deepEqual(rowsOf('parties').sort(), ['FIN', 'JPN', 'NLD', 'NOR', 'PER', 'SRB']);
    const notParties = rowsOf('not-parties');
    assert.equal(notParties.length, 197 - 6, 'the 193 UN Members and 4 other states, less the parties');
    assert.ok(notParties.includes('CHL') && notParties.includes('ARG') && notParties.includes('KEN') && !notParties.includes('NOR'));
    assert.match(section('not-parties'), /href="\/programmes\/activities\?country=CHL"/);

    const bad = await fetch(`${server.baseUrl}/treaties/FIREARMS?date=yesterday`);
    assert.equal(bad.status, 422);
    assert.match(await bad.text(), /Enter a real date as YYYY-MM-DD/);
    const index = await (await fetch(`${server.baseUrl}/treaties?date=2012-02-01`)).text();
    assert.match(index, /data-testid="count-FIREARMS">6</);
    assert.match(index, /data-testid="count-TIP">0</);
    assert.match(index, /Parties at the end of each year/);
    const arabic = await (await fetch(`${server.baseUrl}/treaties/FIREARMS?date=2012-02-01`, { headers: { cookie: 'ariadne_lang=ar' } })).text();
    assert.match(arabic, /<html lang="ar" dir="rtl">/);
    assert.match(arabic, /بروتوكول الأسلحة النارية/);
    assert.match(arabic, /طرف، أُشعر بالانسحاب/, 'statuses in Arabic');
    const chile = await (await fetch(`${server.baseUrl}/treaties/FIREARMS/countries/CHL`)).text();
    const periods = [...(/data-testid="periods">([\s\S]*?)<\/ul>/.exec(chile)?.[1] ?? '').matchAll(/<li>([^<]*)<\/li>/g)].map((match) => match[1]);
    assert.deepEqual(periods, ['Party from 2004-01-01 (by Ratification) until the day before 2011-05-01', 'Party since 2016-02-02 (by Ratification)']);
  });

  it('downloads the parties of a date and every action in the import format, which imports again without change', async () => {
    const csv = await (await fetch(`${server.baseUrl}/treaties/FIREARMS/parties.csv?date=2020-01-01`)).text();
    const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((row) => row.iso3), ['CHL', 'FIN', 'JPN', 'KEN', 'NLD', 'NOR', 'SRB']);
    assert.equal(rows.find((row) => row.iso3 === 'KEN')?.['Party since'], '2019');

    const exported = await exportTreatyStatus(use().db, 'xlsx', 'FIREARMS');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as unknown as ArrayBuffer);
    const header = (workbook.worksheets[0].getRow(1).values as string[]).slice(1);
    assert.deepEqual(header.slice(0, 4), ['country', 'treaty', 'action', 'date']);
    assert.equal(workbook.worksheets[0].rowCount, 1 + 13);
    const again = await importTreatyStatus(use().db, TEST_ACTOR, { bytes: new Uint8Array(exported), filename: 'again.xlsx' });
    assert.deepEqual(again, { rows: 13, added: 0, alreadyRecorded: 13 });
    const viaCsv = await (await fetch(`${server.baseUrl}/treaties/export.csv?treaty=FIREARMS`)).text();
    assert.match(viaCsv, /KEN,FIREARMS,accession,2019,/);
    assert.match(viaCsv, /PER,FIREARMS,withdrawal,2012-01-01,2012-03-31,/);
  });

  it('refuses a file with bad rows as a whole, naming each row and field', async () => {
    const before = (await parties('2030-01-01')).count;
    const file = `country,treaty,action,date\nMEX,FIREARMS,ratification,2003-04-09\nAtlantis,FIREARMS,ratification,2003-01-01\nBRA,FIREARMS,ratifying,2003-02-31\nMEX,FIREARMS,ratification,2003-04-09\n`;
    await assert.rejects(importTreatyStatus(use().db, TEST_ACTOR, { bytes: bytes(file), filename: 'bad.csv' }), (error: ImportRejected) => {
      assert.deepEqual(error.problems.map((problem) => `${problem.row}:${problem.column}`), ['3:country', '4:action', '4:date', '5:action']);
      return true;
    });
    await assert.rejects(importTreatyStatus(use().db, TEST_ACTOR, { bytes: bytes('country,treaty,when\nMEX,FIREARMS,2003\n'), filename: 'cols.csv' }), (error: ImportRejected) => {
      assert.deepEqual(error.problems.map((problem) => `${problem.row}:${problem.column}:${problem.message}`), ['1:action:treaties.error.missing_column', '1:date:treaties.error.missing_column', '1:when:treaties.error.unknown_column']);
      return true;
    });
    assert.equal((await parties('2030-01-01')).count, before, 'nothing of the file was written');

    const editor = await signedIn(emails.editor);
    await editor.get('/treaties/import');
    const form = new FormData();
    form.set('_csrf', editor.csrfToken ?? '');
    form.set('file', new Blob([file], { type: 'text/csv' }), 'bad.csv');
    const page = await editor.request('POST', '/treaties/import', form);
    assert.equal(page.status, 422);
    const html = await page.text();
    assert.match(html, /Nothing was imported from bad\.csv: 4 problems/);
    assert.match(html, /<td>3<\/td><td><code>country<\/code><\/td><td>“Atlantis” is not a known country code or English country name\.<\/td>/);
  });

  it('lets editors and admins record actions and texts, admins add treaties, and nobody else', async () => {
    const analyst = await signedIn(emails.analyst);
    assert.equal((await analyst.get('/treaties/import')).status, 403);
    assert.equal((await analyst.postForm('/treaties/FIREARMS/countries/MEX/events', { action: 'ratification', date: '2003-04-09' })).status, 403);
    const focal = await signedIn(emails.focal);
    assert.equal((await focal.postForm('/treaties/FIREARMS/countries/MWI/texts', { notes: 'x' })).status, 403);
    const anonymous = new TestClient(server.baseUrl);
    assert.equal((await anonymous.get('/treaties/new')).status, 303, 'sent to sign in');
    assert.equal((await anonymous.get('/treaties/FIREARMS/countries/NOR')).status, 200, 'treaty status is public');
    await assert.rejects(addEvent(use().db, { kind: 'anonymous' }, { country: 'MEX', treaty: 'FIREARMS', action: 'ratification', date: '2003-04-09' }), (error: AppError) => error.code === 'unauthenticated');

    const editor = await signedIn(emails.editor);
    assert.equal((await editor.get('/treaties/new')).status, 403, 'editors do not add treaties');
    const invalid = await editor.postForm('/treaties/FIREARMS/countries/MEX/events', { action: 'ratification', date: '2003-02-30', effective_date: '', source: 'UN depositary' });
    assert.equal(invalid.status, 422);
    const invalidHtml = await invalid.text();
    assert.match(invalidHtml, /class="error-summary"/);
    assert.match(invalidHtml, /value="2003-02-30"/, 'what was typed comes back');
    assert.match(invalidHtml, /value="UN depositary"/);
    const added = await editor.postForm('/treaties/FIREARMS/countries/MEX/events', { action: 'ratification', date: '2003-04-09', effective_date: '', source: 'UN depositary' });
    assert.equal(added.status, 303);
    assert.equal(added.headers.get('location'), '/treaties/FIREARMS/countries/MEX?done=action_added');
    assert.ok((await parties('2004-01-01')).parties.some((party) => party.iso3 === 'MEX'));
    const saved = await editor.postForm('/treaties/FIREARMS/countries/MEX/texts', { declarations: '', reservations: 'Article 16(2) does not apply.', notes: '' });
    assert.equal(saved.status, 303);
    assert.match(await (await editor.get('/treaties/FIREARMS/countries/MEX')).text(), /Article 16\(2\) does not apply\./);
    const id = (await use().db.selectFrom('tr_events').select('id').where('country', '=', 'MEX').executeTakeFirstOrThrow()).id;
    assert.equal((await editor.postForm(`/treaties/FIREARMS/countries/MEX/events/${id}/delete`, {})).status, 303);
    assert.equal((await parties('2004-01-01')).parties.some((party) => party.iso3 === 'MEX'), false);

    const admin = await signedIn(emails.admin);
    await admin.get('/treaties/new');
    const treaty = await admin.postForm('/treaties/new', { code: 'UNCAC', name: 'United Nations Convention against Corruption', shortName: 'Convention against Corruption', adoptedOn: '2003-10-31', withdrawalDelayMonths: '12' });
    assert.equal(treaty.status, 303);
    assert.equal((await fetch(`${server.baseUrl}/api/treaties/UNCAC/parties?date=2020-01-01`).then((r) => r.json()) as { count: number }).count, 0);
    await assert.rejects(addTreaty(use().db, TEST_ACTOR, { code: 'UNCAC', name: 'x', shortName: 'x', withdrawalDelayMonths: 12 }), (error: AppError) => error.code === 'validation_failed');

    const audit = await use().db.selectFrom('audit_log').select(['action', 'actor_label']).where('action', 'like', 'treaties.%').execute();
    const actions = audit.map((row) => row.action);
    for (const action of ['treaties.event_import', 'treaties.event_add', 'treaties.event_delete', 'treaties.texts_save', 'treaties.treaty_add']) assert.ok(actions.includes(action), action);
    assert.ok(audit.some((row) => row.action === 'treaties.event_add' && row.actor_label === emails.editor));
    assert.ok((await verifyAuditChain(use().db)).ok);
  });
});
