import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/core/config.ts';
import { createApiToken } from '../../src/accounts/api-tokens.ts';
import { openApiDocument } from '../../src/openapi.ts';
import { makeCast, requestFields, type Cast } from './fixtures.ts';

describeEachDriver('cooperation API', (use) => {
  let server: RunningServer;
  let cast: Cast;
  const tokens: Record<'italy' | 'nigeria' | 'spain', string> = { italy: '', nigeria: '', spain: '' };
  before(async () => {
    server = await startServer(use());
    cast = await makeCast(use());
    for (const who of ['italy', 'nigeria', 'spain'] as const) tokens[who] = (await createApiToken(use().db, cast[who], { name: 'test' })).token;
  });
  after(async () => { await server.close(); });

  const call = (who: keyof typeof tokens, method: string, path: string, body?: unknown) => fetch(`${server.baseUrl}${path}`, {
    method, headers: { authorization: `Bearer ${tokens[who]}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

  it('drafts, sends, receives and edits a request with tokens, answering errors with stable codes and fields', async () => {
    const invalid = await call('italy', 'POST', '/api/cooperation/requests', requestFields({ crimeType: 'piracy', requestedCountry: 'ITA' }));
    assert.equal(invalid.status, 422);
    const problem = await invalid.json() as { error: { code: string; fields: { field: string; code: string }[] } };
    assert.equal(problem.error.code, 'validation_failed');
    assert.deepEqual(problem.error.fields.map((field) => `${field.field}:${field.code}`), ['crimeType:not_allowed_value', 'requestedCountry:cooperation.error.same_country']);
    const created = await call('italy', 'POST', '/api/cooperation/requests', requestFields({ dueOn: '2031-05-01' }));
    assert.equal(created.status, 201);
    const { request } = await created.json() as { request: { id: number; status: string; dueOn: string } };
    assert.deepEqual([request.status, request.dueOn], ['drafted', '2031-05-01']);
    assert.equal((await call('nigeria', 'GET', `/api/cooperation/requests/${request.id}`)).status, 404);
    const sent = await call('italy', 'POST', `/api/cooperation/requests/${request.id}/status`, { to: 'sent' });
    assert.equal(sent.status, 200);
    const seen = await (await call('nigeria', 'GET', `/api/cooperation/requests/${request.id}`)).json() as { request: { status: string }; allowedTransitions: string[] };
    assert.deepEqual([seen.request.status, seen.allowedTransitions], ['sent', ['received', 'refused']]);
    const conflict = await call('nigeria', 'POST', `/api/cooperation/requests/${request.id}/status`, { to: 'executed' });
    assert.equal(conflict.status, 409);
    assert.equal((await conflict.json() as { error: { code: string } }).error.code, 'invalid_transition');
    assert.equal((await call('nigeria', 'POST', `/api/cooperation/requests/${request.id}/status`, { to: 'received' })).status, 200);
    const edited = await call('italy', 'PUT', `/api/cooperation/requests/${request.id}`, requestFields({ subject: 'Edited through the API', dueOn: '2031-06-01' }));
    assert.equal(edited.status, 200);
    assert.equal((await edited.json() as { request: { subject: string } }).request.subject, 'Edited through the API');
    for (const [method, path, body] of [['GET', `/api/cooperation/requests/${request.id}`], ['PUT', `/api/cooperation/requests/${request.id}`, requestFields()], ['POST', `/api/cooperation/requests/${request.id}/status`, { to: 'in_execution' }]] as const) {
      assert.equal((await call('spain', method, path, body)).status, 404, `Spain ${method} ${path}`);
    }
    const form = new FormData();
    form.set('file', new File([new TextEncoder().encode('scan')], 'scan.png', { type: 'image/png' }));
    const fakePng = await fetch(`${server.baseUrl}/api/cooperation/requests/${request.id}/documents`, { method: 'POST', headers: { authorization: `Bearer ${tokens.nigeria}` }, body: form });
    assert.equal(fakePng.status, 422);
    const png = new FormData();
    png.set('file', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])], 'scan.png', { type: 'text/html' }));
    const uploaded = await fetch(`${server.baseUrl}/api/cooperation/requests/${request.id}/documents`, { method: 'POST', headers: { authorization: `Bearer ${tokens.nigeria}` }, body: png });
    assert.equal(uploaded.status, 201);
    const { document } = await uploaded.json() as { document: { contentType: string; url: string } };
    assert.equal(document.contentType, 'image/png', 'the type is the one checked, not the one the client claimed');
    const download = await fetch(`${server.baseUrl}${document.url}`, { headers: { authorization: `Bearer ${tokens.italy}` } });
    assert.equal(download.status, 200);
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment;/);
  });

  it('describes every cooperation API route in the OpenAPI document', () => {
    const app = createApp({ db: use().db, config: loadConfig({}), csrfSecret: 'test' });
    const documented = new Set(Object.entries(openApiDocument().paths).flatMap(([path, item]) => Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`)));
    const routes = app.routes.filter((route) => route.path.startsWith('/api/cooperation') && route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    assert.equal(routes.length, 7);
    for (const route of routes) assert.ok(documented.has(route), `${route} is not documented`);
  });
});
