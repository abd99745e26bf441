import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'csv-stringify/sync';
import { describeEachDriver, uniqueEmail } from '../../support/databases.ts';
import { addUser, startServer, type RunningServer } from '../../support/server.ts';
import { TestClient, signedInClient } from '../../support/http-client.ts';
import { getRecordState } from '../../../src/knowledge/repository.ts';
import { headerOf, recordToRow } from '../../../src/knowledge/columns.ts';
import { caseRecord } from '../fixtures.ts';


/** A case as the editor types it into the form. */
function caseForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    'title.en': 'State v. K.L. (domestic servitude in Lagos)', 'title.fr': '', originalLanguage: 'en', country: 'NGA', jurisdiction: '',
    court: 'Federal High Court, Lagos', courtLevel: 'first_instance', courtType: '', caseNumber: 'FHC/L/123/2019', decisionDate: '2020-01-02',
    crimeTypes: 'trafficking_in_persons', acts: ['recruitment', 'harbouring'], means: 'deception', purposes: 'servitude', scope: 'domestic',
    'victims.0.initials': '', 'victims.0.sex': 'female', 'victims.0.ageGroup': 'child', 'victims.0.age': '15', 'victims.0.nationality': 'NGA', 'victims.0.role': '',
    'victims.1.initials': '', 'victims.1.sex': 'female', 'victims.1.ageGroup': 'adult', 'victims.1.age': '', 'victims.1.nationality': '', 'victims.1.role': '',
    'victims.2.initials': '', 'victims.2.sex': '', 'victims.2.ageGroup': '', 'victims.2.age': '', 'victims.2.nationality': '', 'victims.2.role': '',
    'defendants.0.initials': 'K.L.', 'defendants.0.sex': 'male', 'defendants.0.verdict': 'convicted', 'defendants.0.sentence.prisonMonths': '60',
    'defendants.0.charges': 'Trafficking in persons; Slavery', keywords: 'domestic work\nchildren',
    'inclusion.allElementsPresent': 'yes', note: '',
    ...overrides,
  };
}

const csvOf = (records: Record<string, unknown>[]) => stringify([headerOf('case'), ...records.map((record) => {
  const row = recordToRow('case', record);
  return headerOf('case').map((column) => row[column] ?? '');
})]);

describeEachDriver('editorial pages over HTTP', (use) => {
  let server: RunningServer;
  const emails = { editor: uniqueEmail('editor'), reviewer: uniqueEmail('reviewer'), analyst: uniqueEmail('analyst'), both: uniqueEmail('chief') };
  before(async () => {
    server = await startServer(use());
    await addUser(use(), emails.editor, ['editor']);
    await addUser(use(), emails.reviewer, ['reviewer']);
    await addUser(use(), emails.analyst, ['analyst']);
    await addUser(use(), emails.both, ['editor', 'reviewer']);
  });
  after(async () => { await server.close(); });

  const signedIn = (email: string) => signedInClient(server.baseUrl, email);

  it('takes a case from a first draft with errors, through versions and review, to publication', async () => {
    const editor = await signedIn(emails.editor);
    const queue = await editor.get('/knowledge/editor');
    assert.equal(queue.status, 200);
    const queueHtml = await queue.text();
    for (const text of ['New case', 'New law', 'New publication', 'Import']) assert.ok(queueHtml.includes(text), text);
    assert.equal((await editor.get('/knowledge/editor/new/widget')).status, 404);
    assert.equal((await editor.get('/knowledge/editor/new/case')).status, 200);

    // A first try with errors: everything typed comes back, with the problems listed.
    const invalid = await editor.postForm('/knowledge/editor/new/case', caseForm({ decisionDate: '2020-13', 'victims.0.initials': 'Jonathan' }));
    assert.equal(invalid.status, 422);
    const invalidHtml = await invalid.text();
    assert.match(invalidHtml, /class="error-summary"/);
    assert.match(invalidHtml, /href="#field-decisionDate"/);
    assert.match(invalidHtml, /id="field-decisionDate-error"/);
    assert.match(invalidHtml, /id="field-victims\.0\.initials-error"/);
    assert.match(invalidHtml, /Enter initials only/);
    assert.match(invalidHtml, /value="State v\. K\.L\. \(domestic servitude in Lagos\)"/);
    assert.match(invalidHtml, /value="Jonathan"/);
    assert.match(invalidHtml, /<option value="first_instance" selected="">/);
    assert.match(invalidHtml, /name="victims\.3\.sex"/, 'two filled rows and two empty ones');
    assert.doesNotMatch(invalidHtml, /name="victims\.4\.sex"/);

    const created = await editor.postForm('/knowledge/editor/new/case', caseForm({ note: 'first draft' }));
    assert.equal(created.status, 303);
    const id = Number(/^\/knowledge\/editor\/records\/(\d+)\?done=created$/.exec(created.headers.get('location') ?? '')?.[1]);
    assert.ok(id > 0);
    const page = await (await editor.get(`/knowledge/editor/records/${id}?done=created`)).text();
    assert.match(page, /The draft was saved\./);
    assert.match(page, /name="victims\.3\.sex"/);
    assert.match(page, /Submit for review/);
    assert.doesNotMatch(page, />Publish</);

    // A second version: one more victim and a new title; an invalid save first keeps what was typed.
    const second = caseForm({ 'title.en': 'State v. K.L. (domestic servitude, Lagos)', 'victims.2.sex': 'male', 'victims.2.ageGroup': 'child', note: 'added a victim' });
    const badSave = await editor.postForm(`/knowledge/editor/records/${id}`, { ...second, decisionDate: '2020-13-45' });
    assert.equal(badSave.status, 422);
    assert.match(await badSave.text(), /value="2020-13-45"/);
    const saved = await editor.postForm(`/knowledge/editor/records/${id}`, second);
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), `/knowledge/editor/records/${id}?done=saved`);
    const afterSave = await (await editor.get(`/knowledge/editor/records/${id}`)).text();
    assert.match(afterSave, /name="victims\.4\.sex"/, 'three victims and two empty rows');
    assert.match(afterSave, /added a victim/);
    assert.match(afterSave, /compare=2&amp;with=1/);

    const compared = await editor.get(`/knowledge/editor/records/${id}?compare=2&with=1`);
    assert.equal(compared.status, 200);
    const diff = await compared.text();
    assert.match(diff, /Changes from version 1 to version 2/);
    assert.match(diff, /<code>title\.en<\/code>/);
    assert.match(diff, /domestic servitude in Lagos/);
    assert.match(diff, /domestic servitude, Lagos/);
    assert.match(diff, /<code>victims\.2\.sex<\/code><\/td><td>Added<\/td>/);
    assert.equal((await editor.get(`/knowledge/editor/records/${id}?compare=9&with=1`)).status, 404);
    assert.equal((await editor.get(`/knowledge/editor/records/${id}?version=abc`)).status, 404);
    const old = await (await editor.get(`/knowledge/editor/records/${id}?version=1`)).text();
    assert.match(old, /You are looking at version 1/);
    assert.match(old, /value="State v\. K\.L\. \(domestic servitude in Lagos\)"/);

    await editor.get(`/knowledge/editor/records/${id}`);
    assert.equal((await editor.postForm(`/knowledge/editor/records/${id}/submit`, {})).headers.get('location'), `/knowledge/editor/records/${id}?done=submitted`);
    assert.equal((await getRecordState(use().db, id))!.status, 'submitted');
    const again = await editor.postForm(`/knowledge/editor/records/${id}/submit`, {});
    assert.equal(again.status, 409, 'a submitted record cannot be submitted again');

    // The reviewer returns it with a comment (required), the editor resubmits, the reviewer publishes.
    const reviewer = await signedIn(emails.reviewer);
    const review = await (await reviewer.get('/knowledge/editor?status=submitted&kind=case')).text();
    assert.match(review, new RegExp(`href="/knowledge/editor/records/${id}"`));
    const reviewPage = await (await reviewer.get(`/knowledge/editor/records/${id}`)).text();
    assert.match(reviewPage, />Publish</);
    assert.match(reviewPage, /Return to the editor/);
    assert.doesNotMatch(reviewPage, /Save as a new version/);
    assert.match(reviewPage, /<fieldset disabled="">/);
    assert.equal((await reviewer.postForm(`/knowledge/editor/records/${id}`, second)).status, 403, 'reviewers do not edit');
    const noComment = await reviewer.postForm(`/knowledge/editor/records/${id}/return`, { comment: '  ' });
    assert.equal(noComment.status, 422);
    assert.match(await noComment.text(), /id="field-comment-error">This field is required\./);
    assert.equal((await reviewer.postForm(`/knowledge/editor/records/${id}/return`, { comment: 'Give the age of the second victim.' })).status, 303);

    const returned = await (await editor.get(`/knowledge/editor/records/${id}`)).text();
    assert.match(returned, /data-testid="review-comment">Give the age of the second victim\.</);
    assert.match(await (await editor.get('/knowledge/editor?status=returned')).text(), /Give the age of the second victim\./);
    assert.equal((await editor.postForm(`/knowledge/editor/records/${id}/submit`, {})).status, 303);

    await reviewer.get(`/knowledge/editor/records/${id}`);
    const published = await reviewer.postForm(`/knowledge/editor/records/${id}/publish`, {});
    assert.equal(published.status, 303);
    assert.equal(published.headers.get('location'), `/knowledge/editor/records/${id}?done=published`);
    const state = (await getRecordState(use().db, id))!;
    assert.equal(state.status, 'published');
    assert.equal(state.publishedVersion, 2);
    const publishedPage = await (await reviewer.get(`/knowledge/editor/records/${id}?done=published`)).text();
    assert.match(publishedPage, /The record was published/);
    assert.match(publishedPage, />Unpublish</);
  });

  it('creates a law (with its provisions) and a publication through their forms', async () => {
    const editor = await signedIn(emails.editor);
    await editor.get('/knowledge/editor/new/legislation');
    const law = {
      country: 'NGA', 'title.en': 'Trafficking in Persons (Prohibition) Enforcement and Administration Act', originalLanguage: 'en', yearAdopted: '2015',
      yearsAmended: '', status: 'in_force', crimeTypes: 'trafficking_in_persons', themes: ['criminalization', 'victim_protection'],
      'provisions.0.number': '13', 'provisions.0.text.en': 'All acts of human trafficking are prohibited in Nigeria.', 'provisions.0.articles': ['tip.3', 'tip.5'],
      'provisions.1.number': '', 'provisions.1.text.en': '',
    };
    const noYear = await editor.postForm('/knowledge/editor/new/legislation', { ...law, yearAdopted: '' });
    assert.equal(noYear.status, 422);
    assert.match(await noYear.text(), /id="field-yearAdopted-error">This field is required\./);
    const createdLaw = await editor.postForm('/knowledge/editor/new/legislation', law);
    assert.equal(createdLaw.status, 303);
    const lawPage = await (await editor.get(createdLaw.headers.get('location')!)).text();
    assert.match(lawPage, /All acts of human trafficking are prohibited in Nigeria\./);
    assert.match(lawPage, /name="provisions\.2\.number"/, 'one provision and two empty ones');
    assert.doesNotMatch(lawPage, /name="provisions\.3\.number"/);
    assert.match(lawPage, /name="provisions\.0\.articles" value="tip\.5" checked=""/);

    await editor.get('/knowledge/editor/new/publication');
    const createdPublication = await editor.postForm('/knowledge/editor/new/publication', {
      authors: 'UNODC', 'title.fr': 'Étude sur la traite des personnes', originalLanguage: 'fr', year: '2021', type: 'study', countries: 'NGA, ITA', regions: '150',
    });
    assert.equal(createdPublication.status, 303);
    const publicationPage = await (await editor.get(createdPublication.headers.get('location')!)).text();
    assert.match(publicationPage, /value="NGA, ITA"/);
    assert.match(publicationPage, /<input id="field-title\.fr" name="title\.fr" type="text" lang="fr" value="Étude sur la traite des personnes"/);
  });

  it('refuses the editorial pages to those who do not edit or review', async () => {
    const anonymous = new TestClient(server.baseUrl);
    const redirect = await anonymous.get('/knowledge/editor');
    assert.equal(redirect.status, 303);
    assert.equal(redirect.headers.get('location'), `/login?next=${encodeURIComponent('/knowledge/editor')}`);
    const analyst = await signedIn(emails.analyst);
    for (const path of ['/knowledge/editor', '/knowledge/editor/new/case', '/knowledge/editor/records/1', '/knowledge/editor/import', '/knowledge/editor/template/case.csv']) {
      assert.equal((await analyst.get(path)).status, 403, path);
    }
    await analyst.get('/account');
    assert.equal((await analyst.postForm('/knowledge/editor/new/case', caseForm())).status, 403);
    const reviewer = await signedIn(emails.reviewer);
    assert.equal((await reviewer.get('/knowledge/editor/new/case')).status, 403, 'reviewers review, they do not write');
  });

  it('imports all rows of a file or none, listing every problem, and offers templates', async () => {
    const editor = await signedIn(emails.editor);
    const form = await editor.get('/knowledge/editor/import');
    assert.equal(form.status, 200);
    assert.doesNotMatch(await form.text(), /name="publish"/, 'only reviewers may publish at once');
    const upload = async (client: TestClient, csv: string, fields: Record<string, string> = {}) => {
      const body = new FormData();
      body.set('_csrf', client.csrfToken!);
      body.set('kind', 'case');
      for (const [name, value] of Object.entries(fields)) body.set(name, value);
      body.set('file', new Blob([csv], { type: 'text/csv' }), 'cases.csv');
      return client.request('POST', '/knowledge/editor/import', body);
    };
    const count = async (externalId: string) => (await use().db.selectFrom('kn_records').select('id').where('external_id', '=', externalId).execute()).length;

    const rejected = await upload(editor, csvOf([caseRecord({ externalId: 'imp-good-1' }), caseRecord({ externalId: 'imp-bad-1', decisionDate: '5 March 2020' })]));
    assert.equal(rejected.status, 422);
    const problems = await rejected.text();
    assert.match(problems, /Nothing was imported/);
    assert.match(problems, /data-testid="import-problems"/);
    assert.match(problems, /<tr><td>3<\/td><td><code>decision_date<\/code><\/td><td>Enter a date as YYYY, YYYY-MM or YYYY-MM-DD \(as much of it as is known\)\.<\/td><\/tr>/);
    assert.equal(await count('imp-good-1'), 0, 'the good row was not imported either');

    const missing = await editor.request('POST', '/knowledge/editor/import', (() => { const body = new FormData(); body.set('_csrf', editor.csrfToken!); body.set('kind', 'case'); return body; })());
    assert.equal(missing.status, 422);
    assert.match(await missing.text(), /Choose a file to import\./);

    await editor.get('/knowledge/editor/import');
    const imported = await upload(editor, csvOf([caseRecord({ externalId: 'imp-good-1' }), caseRecord({ externalId: 'imp-good-2' })]), { publish: 'yes' });
    assert.equal(imported.status, 200);
    const summary = await imported.text();
    assert.match(summary, /New records: 2/);
    assert.match(summary, /Records published: 0/, 'an editor cannot publish at once, even by sending the field');
    assert.equal(await count('imp-good-2'), 1);

    const chief = await signedIn(emails.both);
    const chiefForm = await (await chief.get('/knowledge/editor/import')).text();
    assert.match(chiefForm, /name="publish"/);
    const republished = await upload(chief, csvOf([caseRecord({ externalId: 'imp-good-2', court: 'Court of Appeal, Lagos' })]), { publish: 'yes' });
    assert.equal(republished.status, 200);
    const republishedText = await republished.text();
    assert.match(republishedText, /Records updated with a new version: 1/);
    assert.match(republishedText, /Records published: 1/);

    const template = await editor.get('/knowledge/editor/template/case.csv');
    assert.equal(template.status, 200);
    assert.match(template.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(template.headers.get('content-disposition') ?? '', /attachment; filename="ariadne-case-template\.csv"/);
    assert.equal((await template.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0], headerOf('case').join(','));
    assert.equal((await editor.get('/knowledge/editor/template/widget.csv')).status, 404);
  });
});
