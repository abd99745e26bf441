import assert from 'node:assert/strict';
import { TEST_PASSWORD } from './server.ts';
/**
 * A cookie-keeping HTTP client for tests that talk to the running server like a browser
 * without JavaScript does: it reads the CSRF token from the page's forms.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  lastSetCookies: string[] = [];

  constructor(readonly baseUrl: string) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request('GET', path, undefined, headers);
  }

  /** Posts a form; `_csrf` is added from the last page unless given (pass null to leave it out). */
  async postForm(path: string, fields: Record<string, string | string[]>, csrf?: string | null): Promise<Response> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(key, item);
    if (csrf !== null) body.set('_csrf', csrf ?? this.csrfToken ?? '');
    return this.request('POST', path, body, { 'content-type': 'application/x-www-form-urlencoded' });
  }

  csrfToken: string | undefined;

  async request(method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(this.baseUrl + path, { method, body, redirect: 'manual', headers: { ...headers, ...(cookie ? { cookie } : {}) } });
    this.lastSetCookies = response.headers.getSetCookie();
    for (const line of this.lastSetCookies) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      const text = await response.clone().text();
      const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
      if (token) this.csrfToken = token;
    }
    return response;
  }

  async signIn(email: string, password: string): Promise<Response> {
    await this.get('/login');
    return this.postForm('/login', { email, password, next: '/' });
  }
}

/** A client signed in through the login form (the sign-in must succeed: 303 to the next page). */
export async function signedInClient(baseUrl: string, email: string, password = TEST_PASSWORD): Promise<TestClient> {
  const client = new TestClient(baseUrl);
  const response = await client.signIn(email, password);
  assert.equal(response.status, 303, `sign-in of ${email}`);
  return client;
}
