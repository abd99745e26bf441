import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/core/config.ts';
import { openTestDatabase, type TestDatabase } from '../../support/databases.ts';
import { openApiDocument } from '../../../src/openapi.ts';

describe('web shell', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    database = await openTestDatabase('pglite');
    app = createApp({ db: database.db, config: loadConfig({}), csrfSecret: 'test-secret' });
    app.get('/test/boom', () => { throw new Error('secret detail of victim 42'); });
  });
  after(async () => { await database.dispose(); });

  it('serves /healthz', async () => {
    const response = await app.request('/healthz');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok', database: 'pglite' });
  });

  it('shows a friendly 404 page in the visitor\'s language', async () => {
    const response = await app.request('/no/such/page', { headers: { 'accept-language': 'es-ES,es;q=0.9' } });
    assert.equal(response.status, 404);
    const html = await response.text();
    assert.match(html, /<html lang="es" dir="ltr">/);
    assert.match(html, /href="\/"/, 'links back home');
  });

  it('shows a friendly 500 page that does not reveal the error', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => { errors.push(args.join(' ')); };
    try {
      const response = await app.request('/test/boom');
      assert.equal(response.status, 500);
      const html = await response.text();
      assert.match(html, /Something went wrong/);
      assert.doesNotMatch(html, /secret detail/);
      assert.doesNotMatch(errors.join('\n'), /secret detail/, 'the log has the kind and stack, not the message');
      assert.match(errors.join('\n'), /GET \/test\/boom/);
    } finally {
      console.error = original;
    }
  });

  it('renders Arabic right-to-left', async () => {
    const response = await app.request('/', { headers: { cookie: 'ariadne_lang=ar' } });
    assert.match(await response.text(), /<html lang="ar" dir="rtl">/);
  });

  it('keeps a page with its CSS and script under 150 KB', async () => {
    for (const path of ['/', '/login']) {
      const html = await (await app.request(path)).text();
      const assets = [...html.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)].map((match) => match[1]);
      assert.ok(assets.length >= 2, 'stylesheet and script linked');
      let total = Buffer.byteLength(html);
      for (const asset of assets) {
        const response = await app.request(asset);
        assert.equal(response.status, 200, asset);
        total += (await response.arrayBuffer()).byteLength;
      }
      assert.ok(total < 150 * 1024, `${path}: ${total} bytes`);
    }
  });

  it('describes every /api route in the OpenAPI document', () => {
    const documented = new Set(Object.entries(openApiDocument().paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)));
    const routes = app.routes.filter((route) => route.path.startsWith('/api/') && route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    assert.ok(routes.length >= 4);
    for (const route of routes) assert.ok(documented.has(route), `${route} is not in /api/openapi.json`);
  });
});
