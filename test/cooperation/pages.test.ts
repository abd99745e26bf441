import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import { startServer, TEST_PASSWORD, type RunningServer } from '../support/server.ts';
import { TestClient } from '../support/http-client.ts';
import { MAX_DOCUMENT_BYTES } from '../../src/cooperation/documents.ts';
import { makeCast, requestFields, requestIn, type Cast } from './fixtures.ts';

const formOf = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, String(value)]));

describeEachDriver('cooperation pages', (use) => {
  let server: RunningServer;
  let cast: Cast;
  let italy: TestClient;
  let nigeria: TestClient;
  before(async () => {
    server = await startServer(use());
    cast = await makeCast(use());
    italy = new TestClient(server.baseUrl);
    await italy.signIn(cast.italy.email, TEST_PASSWORD);
    nigeria = new TestClient(server.baseUrl);
    await nigeria.signIn(cast.nigeria.email, TEST_PASSWORD);
  });
  after(async () => { await server.close(); });

  it('re-renders the new-request form with what was typed and each error, then saves a valid draft', async () => {
    await italy.get('/cooperation/requests/new');
    const typed = formOf(requestFields({ subject: 'Records of the recruiter’s phone', requestedCountry: 'ITA', legalBasis: 'bilateral_treaty', contactEmail: 'not-an-address' }));
    const rejected = await italy.postForm('/cooperation/requests/new', typed);
    assert.equal(rejected.status, 422);
    const html = await rejected.text();
    assert.match(html, /class="error-summary"/);
    assert.match(html, /The requested country must differ from the requesting country/);
    assert.match(html, /Name the treaty or instrument for this legal basis/);
    assert.match(html, /Enter an e-mail address/);
    assert.match(html, /Records of the recruiter’s phone<\/textarea>/, 'the typed subject is kept');
    assert.match(html, /value="not-an-address"/);
    const saved = await italy.postForm('/cooperation/requests/new', { ...typed, requestedCountry: 'NGA', legalBasisDetail: 'Treaty of 2019 (test)', contactEmail: '' });
    assert.equal(saved.status, 303);
    const location = saved.headers.get('location') ?? '';
    assert.match(location, /^\/cooperation\/requests\/\d+\?done=created$/);
    const page = await (await italy.get(location)).text();
    assert.match(page, /The draft was saved/);
    assert.match(page, /Treaty of 2019 \(test\)/);
    const id = Number(/requests\/(\d+)/.exec(location)?.[1]);
    const notYet = await nigeria.get(`/cooperation/requests/${id}`);
    assert.equal(notYet.status, 404, 'the requested side does not see a draft');
  });

  it('changes the status through the page forms, and shows a refused change with its error in the form', async () => {
    const id = await requestIn(use().db, cast, []);
    const page = await (await italy.get(`/cooperation/requests/${id}`)).text();
    assert.match(page, /data-testid="action-sent"/);
    assert.doesNotMatch(page, /data-testid="action-received"/, 'the requesting side is not offered the requested side\'s steps');
    const missingToken = await italy.postForm(`/cooperation/requests/${id}/status`, { to: 'sent' }, null);
    assert.equal(missingToken.status, 403, 'a form without the CSRF token is refused');
    const future = await italy.postForm(`/cooperation/requests/${id}/status`, { to: 'sent', onDate: '2999-01-01', note: '' });
    assert.equal(future.status, 422);
    const futureHtml = await future.text();
    assert.match(futureHtml, /The date cannot be in the future/);
    assert.match(futureHtml, /value="2999-01-01"/);
    assert.equal((await italy.postForm(`/cooperation/requests/${id}/status`, { to: 'sent', onDate: '', note: '' })).status, 303);
    const received = await nigeria.get(`/cooperation/requests/${id}`);
    assert.match(await received.text(), /data-testid="action-received"/);
    const withoutGrounds = await nigeria.postForm(`/cooperation/requests/${id}/status`, { to: 'refused', onDate: '', note: '' });
    assert.equal(withoutGrounds.status, 422);
    assert.match(await withoutGrounds.text(), /Give the grounds/);
    assert.equal((await nigeria.postForm(`/cooperation/requests/${id}/status`, { to: 'received', onDate: '', note: 'Registered' })).status, 303);
    const twice = await nigeria.postForm(`/cooperation/requests/${id}/status`, { to: 'received', onDate: '', note: '' });
    assert.equal(twice.status, 409, 'a request cannot be received twice');
    assert.match(await twice.text(), /This change is not possible from the request(&#39;|')s current status/);
    const history = await (await italy.get(`/cooperation/requests/${id}`)).text();
    assert.match(history, /Sent → Received on/);
    assert.match(history, /Registered/);
  });

  it('edits a request through its form, keeping the input on an error', async () => {
    const id = await requestIn(use().db, cast, ['sent']);
    const form = await (await italy.get(`/cooperation/requests/${id}/edit`)).text();
    assert.match(form, /Bank records of a suspected recruiter/);
    const bad = await italy.postForm(`/cooperation/requests/${id}/edit`, formOf(requestFields({ subject: 'New subject kept', dueOn: '31/12/2030' })));
    assert.equal(bad.status, 422);
    const badHtml = await bad.text();
    assert.match(badHtml, /Enter a date as YYYY-MM-DD/);
    assert.match(badHtml, /New subject kept/);
    const good = await italy.postForm(`/cooperation/requests/${id}/edit`, formOf(requestFields({ subject: 'New subject kept', dueOn: '2030-12-31' })));
    assert.equal(good.status, 303);
    const page = await (await nigeria.get(`/cooperation/requests/${id}`)).text();
    assert.match(page, /New subject kept/);
    assert.match(page, /Edited: Subject of the request, Deadline/);
  });

  it('accepts documents whose content matches their type, refuses others with the reason, and limits their size', async () => {
    const id = await requestIn(use().db, cast, ['sent']);
    await nigeria.get(`/cooperation/requests/${id}`);
    const upload = (name: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.set('_csrf', nigeria.csrfToken ?? '');
      form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/octet-stream' }));
      form.set('description', 'Answer of the requested authority');
      return nigeria.request('POST', `/cooperation/requests/${id}/documents`, form);
    };
    const html = await upload('page.html', new TextEncoder().encode('<script>alert(1)</script>'));
    assert.equal(html.status, 422);
    assert.match(await html.text(), /is not an accepted type of document/);
    const fake = await upload('answer.pdf', new TextEncoder().encode('<html>not a pdf</html>'));
    assert.equal(fake.status, 422);
    assert.match(await fake.text(), /does not match its type/);
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-'));
    const tooBig = await upload('big.pdf', big);
    assert.equal(tooBig.status, 413);
    assert.match(await tooBig.text(), /larger than 10 MB/);
    const pdf = await upload('Réponse "finale".pdf', new TextEncoder().encode('%PDF-1.4\n%%EOF'));
    assert.equal(pdf.status, 303);
    const page = await (await italy.get(`/cooperation/requests/${id}`)).text();
    const href = /href="(\/cooperation\/documents\/\d+)"/.exec(page)?.[1];
    assert.ok(href, 'the document is listed on the request page');
    const download = await italy.get(href);
    assert.equal(download.headers.get('content-type'), 'application/pdf');
    assert.equal(download.headers.get('content-disposition'), `attachment; filename="R_ponse _finale_.pdf"; filename*=UTF-8''R%C3%A9ponse%20_finale_.pdf`);
    const stored = await use().db.selectFrom('co_documents').select(['filename', 'size_bytes']).where('request_id', '=', id).execute();
    assert.deepEqual(stored, [{ filename: 'Réponse _finale_.pdf', size_bytes: 14 }], 'refused files left nothing behind');
  });

  it('serves the pages right-to-left in Arabic', async () => {
    const arabic = new TestClient(server.baseUrl);
    await arabic.signIn(cast.nigeria.email, TEST_PASSWORD);
    const response = await arabic.get('/cooperation', { 'accept-language': 'ar' });
    const html = await response.text();
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.match(html, /طلبات التعاون الدولي/);
  });
});
