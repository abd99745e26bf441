import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { describeEachDriver } from '../support/databases.ts';
import { startServer, TEST_PASSWORD, type RunningServer } from '../support/server.ts';
import { TestClient } from '../support/http-client.ts';
import { changeStatus, createRequest } from '../../src/cooperation/service.ts';
import { addDocument } from '../../src/cooperation/documents.ts';
import { makeCast, requestFields, type Cast } from './fixtures.ts';

// Who sees what, over HTTP, on every route: the requesting side (Italy), the requested side
// (Nigeria), a third country's authority (Spain), an admin, roles without access, and nobody.

type Who = 'italy' | 'nigeria' | 'spain' | 'admin' | 'editor' | 'focalPoint' | 'anonymous';
const EVERYONE: Who[] = ['italy', 'nigeria', 'spain', 'admin', 'editor', 'focalPoint', 'anonymous'];

describeEachDriver('cooperation request visibility', (use) => {
  let server: RunningServer;
  let cast: Cast;
  const clients = {} as Record<Who, TestClient>;
  const ids = { draft: 0, sent: 0, other: 0, document: 0 };

  before(async () => {
    const { db } = use();
    server = await startServer(use());
    cast = await makeCast(use());
    ids.draft = await createRequest(db, cast.italy, requestFields({ subject: 'Draft request only Italy sees' }));
    ids.sent = await createRequest(db, cast.italy, requestFields({ subject: 'Sent request both sides see', dueOn: '2020-01-01' }));
    await changeStatus(db, cast.italy, ids.sent, { to: 'sent', onDate: '2019-12-01' });
    ids.document = await addDocument(db, cast.italy, ids.sent, { filename: 'letter.txt', bytes: new TextEncoder().encode('Letter of request') });
    ids.other = await createRequest(db, cast.nigeria, requestFields({ requestingCountry: 'NGA', requestedCountry: 'ESP', subject: 'Nigeria to Spain request' }));
    await changeStatus(db, cast.nigeria, ids.other, { to: 'sent' });
    for (const who of EVERYONE) {
      clients[who] = new TestClient(server.baseUrl);
      if (who !== 'anonymous') await clients[who].signIn(cast[who].email, TEST_PASSWORD);
      await clients[who].get('/');
    }
  });
  after(async () => { await server.close(); });

  const sees: Record<Who, (keyof typeof ids)[]> = {
    italy: ['draft', 'sent'], nigeria: ['sent', 'other'], spain: ['other'], admin: ['draft', 'sent', 'other'], editor: [], focalPoint: [], anonymous: [],
  };
  const noAccess = (who: Who) => who === 'editor' || who === 'focalPoint' || who === 'anonymous';

  it('answers each request page and its JSON with 200 to those who may see it, 404 to the other authorities, 403 or sign-in to the rest', async () => {
    for (const who of EVERYONE) {
      for (const request of ['draft', 'sent', 'other'] as const) {
        const visible = sees[who].includes(request);
        const page = await clients[who].get(`/cooperation/requests/${ids[request]}`);
        const api = await clients[who].get(`/api/cooperation/requests/${ids[request]}`);
        const label = `${who} -> ${request}`;
        if (who === 'anonymous') {
          assert.equal(page.status, 303, label);
          assert.match(page.headers.get('location') ?? '', /^\/login/, label);
          assert.equal(api.status, 401, label);
        } else if (noAccess(who)) {
          assert.deepEqual([page.status, api.status], [403, 403], label);
        } else {
          assert.deepEqual([page.status, api.status], visible ? [200, 200] : [404, 404], label);
        }
        const text = await page.text();
        if (!visible) assert.doesNotMatch(text, /request (only Italy|both sides) see|Nigeria to Spain/, label);
      }
    }
  });

  it('serves a document only to those who see its request, as a download with a safe type', async () => {
    for (const who of EVERYONE) {
      const response = await clients[who].get(`/cooperation/documents/${ids.document}`);
      if (sees[who].includes('sent')) {
        assert.equal(response.status, 200, who);
        assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
        assert.match(response.headers.get('content-disposition') ?? '', /^attachment; filename="letter\.txt"/);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
        assert.match(response.headers.get('content-security-policy') ?? '', /sandbox/);
        assert.equal(await response.text(), 'Letter of request');
      } else {
        assert.equal(response.status, who === 'anonymous' ? 303 : noAccess(who) ? 403 : 404, who);
        assert.doesNotMatch(await response.text(), /Letter of request/);
      }
    }
    const missing = await clients.italy.get(`/cooperation/documents/${ids.document + 1000}`);
    assert.equal(missing.status, 404);
  });

  it('lists, counts, dashboards and exports only the visible requests', async () => {
    for (const who of EVERYONE) {
      const expected = sees[who].map((request) => ids[request]).sort((a, b) => a - b);
      const list = await clients[who].get('/api/cooperation/requests');
      const dashboard = await clients[who].get('/api/cooperation/dashboard');
      const csv = await clients[who].get('/cooperation/requests/export.csv');
      const page = await clients[who].get('/cooperation/requests');
      if (noAccess(who)) {
        assert.equal(list.status, who === 'anonymous' ? 401 : 403, who);
        assert.equal(dashboard.status, who === 'anonymous' ? 401 : 403, who);
        assert.equal(csv.status, who === 'anonymous' ? 303 : 403, who);
        assert.equal(page.status, who === 'anonymous' ? 303 : 403, who);
        continue;
      }
      const body = await list.json() as { total: number; requests: { id: number }[] };
      assert.equal(body.total, expected.length, who);
      assert.deepEqual(body.requests.map((request) => request.id).sort((a, b) => a - b), expected, who);
      const figures = await dashboard.json() as { byStatus: Record<string, number>; corridors: { requestingCountry: string; requestedCountry: string; open: number }[]; overdueCount: number };
      assert.equal(Object.values(figures.byStatus).reduce((sum, count) => sum + count, 0), expected.length, `${who} dashboard total`);
      assert.equal(figures.overdueCount, sees[who].includes('sent') ? 1 : 0, `${who} overdue`);
      const corridors = figures.corridors.map((corridor) => `${corridor.requestingCountry}-${corridor.requestedCountry}:${corridor.open}`).sort();
      assert.deepEqual(corridors, [...(sees[who].includes('sent') ? ['ITA-NGA:1'] : []), ...(sees[who].includes('other') ? ['NGA-ESP:1'] : [])], who);
      const rows = parse(await csv.text(), { bom: true }) as string[][];
      assert.deepEqual(rows.slice(1).map((row) => Number(row[0])).sort((a, b) => a - b), expected, `${who} export`);
      const html = await page.text();
      assert.equal(html.includes('Draft request only Italy sees'), sees[who].includes('draft'), `${who} list page`);
      assert.equal(html.includes('Nigeria to Spain request'), sees[who].includes('other'), `${who} list page`);
    }
    const xlsx = await clients.spain.get('/cooperation/requests/export.xlsx');
    assert.equal(xlsx.status, 200);
    assert.match(xlsx.headers.get('content-disposition') ?? '', /attachment; filename="ariadne-cooperation-requests-.*\.xlsx"/);
  });

  it('refuses every change from those who do not see the request, and changes nothing', async () => {
    const { db } = use();
    const before = await db.selectFrom('co_requests').select(['id', 'status', 'subject', 'updated_at']).orderBy('id').execute();
    const documents = await db.selectFrom('co_documents').select('id').execute();
    for (const who of ['nigeria', 'spain', 'admin', 'editor', 'focalPoint'] as Who[]) {
      const client = clients[who];
      for (const request of ['draft', 'sent'] as const) {
        const visible = sees[who].includes(request);
        const hidden = noAccess(who) ? 403 : visible ? 403 : 404;
        const label = `${who} -> ${request}`;
        await client.get('/cooperation');
        const edit = await client.get(`/cooperation/requests/${ids[request]}/edit`);
        assert.equal(edit.status, hidden, `${label} edit form`);
        const save = await client.postForm(`/cooperation/requests/${ids[request]}/edit`, requestFields({ subject: 'Changed by someone else' }) as Record<string, string>);
        assert.equal(save.status, hidden, `${label} edit`);
        const status = await client.postForm(`/cooperation/requests/${ids[request]}/status`, { to: request === 'draft' ? 'sent' : 'withdrawn', note: 'x' });
        assert.equal(status.status, noAccess(who) ? 403 : visible ? 403 : 404, `${label} status`);
        const put = await client.request('PUT', `/api/cooperation/requests/${ids[request]}`, JSON.stringify(requestFields({ subject: 'Changed by API' })),
          { 'content-type': 'application/json', 'x-csrf-token': client.csrfToken ?? '' });
        assert.equal(put.status, hidden, `${label} API edit`);
        const form = new FormData();
        form.set('_csrf', client.csrfToken ?? '');
        form.set('file', new File([new TextEncoder().encode('intruder')], 'x.txt', { type: 'text/plain' }));
        const upload = await client.request('POST', `/cooperation/requests/${ids[request]}/documents`, form);
        assert.equal(upload.status, noAccess(who) ? 403 : visible && who !== 'admin' ? 303 : visible ? 403 : 404, `${label} upload`);
      }
    }
    const afterRows = await db.selectFrom('co_requests').select(['id', 'status', 'subject', 'updated_at']).orderBy('id').execute();
    const sent = afterRows.find((row) => row.id === ids.sent);
    assert.deepEqual(afterRows.map((row) => [row.id, row.status, row.subject]), before.map((row) => [row.id, row.status, row.subject]));
    // Nigeria, the requested side, may add documents to the sent request: the one upload that was allowed.
    const added = await db.selectFrom('co_documents').select(['id', 'request_id', 'uploaded_by']).where('id', 'not in', documents.map((row) => row.id)).execute();
    assert.deepEqual(added.map((row) => [row.request_id, row.uploaded_by]), [[ids.sent, cast.nigeria.id]]);
    assert.ok(sent);
  });

  it('shows the navigation link only to central authorities and admins', async () => {
    for (const who of EVERYONE) {
      const html = await (await clients[who].get('/')).text();
      assert.equal(html.includes('href="/cooperation"'), !noAccess(who), who);
    }
  });
});
