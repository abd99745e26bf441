import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver, uniqueEmail } from '../support/databases.ts';
import { addUser, startServer, TEST_PASSWORD, type RunningServer } from '../support/server.ts';
import { TestClient } from '../support/http-client.ts';
import { listUsers } from '../../src/accounts/repository.ts';
import { createApiToken } from '../../src/accounts/api-tokens.ts';
import { loadActor } from '../../src/accounts/repository.ts';

describeEachDriver('security over HTTP', (use) => {
  let server: RunningServer;
  let adminEmail: string;
  before(async () => {
    server = await startServer(use());
    adminEmail = uniqueEmail('admin');
    await addUser(use(), adminEmail, ['admin']);
  });
  after(async () => { await server.close(); });

  it('refuses a sign-in form without its CSRF token, and with a forged one', async () => {
    const client = new TestClient(server.baseUrl);
    await client.get('/login');
    const missing = await client.postForm('/login', { email: adminEmail, password: TEST_PASSWORD }, null);
    assert.equal(missing.status, 403);
    assert.match(await missing.text(), /expired or did not come from Ariadne/);
    const forged = await client.postForm('/login', { email: adminEmail, password: TEST_PASSWORD }, 'f'.repeat(64));
    assert.equal(forged.status, 403);
    assert.equal(client.cookies.has('ariadne_session'), false);
  });

  it('refuses a state-changing admin form without a valid token and writes nothing', async () => {
    const admin = new TestClient(server.baseUrl);
    assert.equal((await admin.signIn(adminEmail, TEST_PASSWORD)).status, 303);
    const victim = uniqueEmail('csrf');
    const fields = { email: victim, displayName: 'Victim', password: 'long enough password', roles: 'analyst' };
    assert.equal((await admin.postForm('/admin/users', fields, null)).status, 403);
    // A token from another visitor's page is not valid for this session either.
    const stranger = new TestClient(server.baseUrl);
    await stranger.get('/login');
    assert.equal((await admin.postForm('/admin/users', fields, stranger.csrfToken)).status, 403);
    assert.equal((await listUsers(use().db, { query: victim })).length, 0);
    // With the page's own token it works.
    await admin.get('/admin/users');
    assert.equal((await admin.postForm('/admin/users', fields)).status, 303);
    assert.equal((await listUsers(use().db, { query: victim })).length, 1);
  });

  it('requires X-CSRF-Token on API writes made with the session cookie, but not with a bearer token', async () => {
    const admin = new TestClient(server.baseUrl);
    await admin.signIn(adminEmail, TEST_PASSWORD);
    const body = JSON.stringify({ email: uniqueEmail('api'), displayName: 'Api', password: 'long enough password', grants: { roles: ['researcher'] } });
    const noToken = await admin.request('POST', '/api/admin/users', body, { 'content-type': 'application/json' });
    assert.equal(noToken.status, 403);
    assert.equal((await noToken.json()).error.code, 'csrf_failed');
    await admin.get('/account');
    const withToken = await admin.request('POST', '/api/admin/users', body, { 'content-type': 'application/json', 'x-csrf-token': admin.csrfToken! });
    assert.equal(withToken.status, 201);

    const actor = (await loadActor(use().db, (await listUsers(use().db, { query: adminEmail }))[0].id))!;
    const { token } = await createApiToken(use().db, actor, { name: 'script' });
    const bearer = await fetch(`${server.baseUrl}/api/admin/users`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: uniqueEmail('bearer'), displayName: 'Bearer', password: 'long enough password' }),
    });
    assert.equal(bearer.status, 201);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/, and no longer accepts it after sign-out', async () => {
    const client = new TestClient(server.baseUrl);
    const response = await client.signIn(adminEmail, TEST_PASSWORD);
    const cookie = client.lastSetCookies.find((line) => line.startsWith('ariadne_session='));
    assert.ok(cookie, 'session cookie set');
    assert.match(cookie, /;\s*HttpOnly/i);
    assert.match(cookie, /;\s*SameSite=Lax/i);
    assert.match(cookie, /;\s*Path=\//i);
    assert.doesNotMatch(cookie, /;\s*Secure/i, 'not Secure on plain http unless configured');
    assert.equal(response.status, 303);
    const saved = client.cookies.get('ariadne_session')!;
    assert.equal((await client.get('/account')).status, 200);
    await client.postForm('/logout', {});
    const replay = new TestClient(server.baseUrl);
    replay.cookies.set('ariadne_session', saved);
    const denied = await replay.get('/account');
    assert.equal(denied.status, 303);
    assert.match(denied.headers.get('location') ?? '', /^\/login/);
  });

  it('marks cookies Secure when SECURE_COOKIES is set', async () => {
    const secure = await startServer(use(), { SECURE_COOKIES: 'true' });
    try {
      const client = new TestClient(secure.baseUrl);
      await client.signIn(adminEmail, TEST_PASSWORD);
      assert.match(client.lastSetCookies.find((line) => line.startsWith('ariadne_session='))!, /;\s*Secure/i);
    } finally {
      await secure.close();
    }
  });

  it('throttles sign-in after 5 failures, even with the right password', async () => {
    const email = uniqueEmail('throttled');
    await addUser(use(), email, ['analyst']);
    const client = new TestClient(server.baseUrl);
    await client.get('/login');
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await client.postForm('/login', { email, password: `wrong password ${attempt}` });
      assert.equal(response.status, 401, `attempt ${attempt}`);
    }
    const blocked = await client.postForm('/login', { email, password: TEST_PASSWORD });
    assert.equal(blocked.status, 429);
    assert.match(await blocked.text(), /Too many failed attempts. Try again in 1[45] minutes/);
    assert.equal(client.cookies.has('ariadne_session'), false);
  });

  it('sends the security headers: CSP without inline scripts, no framing, same-origin referrer', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('referrer-policy'), 'same-origin');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const html = await response.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script element');
    assert.doesNotMatch(html, /\son[a-z]+="/, 'no inline event handler');
  });

  it('does not redirect to another site after sign-in', async () => {
    const client = new TestClient(server.baseUrl);
    await client.get('/login');
    const response = await client.postForm('/login', { email: adminEmail, password: TEST_PASSWORD, next: '//evil.example/x' });
    assert.equal(response.headers.get('location'), '/');
  });

  it('answers API errors as JSON with a stable code, in the language asked for', async () => {
    const anonymous = await fetch(`${server.baseUrl}/api/admin/users`);
    assert.equal(anonymous.status, 401);
    assert.equal((await anonymous.json()).error.code, 'unauthenticated');
    const badToken = await fetch(`${server.baseUrl}/api/me`, { headers: { authorization: 'Bearer ariadne_nope' } });
    assert.equal(badToken.status, 401);
    assert.equal((await badToken.json()).error.code, 'invalid_token');
    const admin = (await loadActor(use().db, (await listUsers(use().db, { query: adminEmail }))[0].id))!;
    const { token } = await createApiToken(use().db, admin, { name: 'errors' });
    const invalid = await fetch(`${server.baseUrl}/api/admin/users`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'fr' },
      body: JSON.stringify({ email: 'not-an-email', displayName: '', password: 'short' }),
    });
    assert.equal(invalid.status, 422);
    const body = await invalid.json();
    assert.equal(body.error.code, 'validation_failed');
    const fields = Object.fromEntries(body.error.fields.map((field: { field: string; code: string }) => [field.field, field.code]));
    assert.deepEqual(fields, { email: 'email', displayName: 'required', password: 'too_short' });
    assert.notEqual(body.error.message, 'Some of the data is not valid.', 'message in French');
    const missing = await fetch(`${server.baseUrl}/api/nothing-here`);
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).error.code, 'not_found');
  });
});
