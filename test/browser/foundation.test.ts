import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueEmail } from '../support/databases.ts';
import { translate } from '../../src/core/i18n/i18n.ts';
import { addUser, TEST_PASSWORD } from '../support/server.ts';
import { currentPath, htmlAttributes, newPage, signIn, signOut, submitWith, type BrowserContext, type Page } from '../support/browser.ts';
import { browserApp } from '../support/browser-app.ts';

// The foundation seen through a real browser: one driver (PGlite) is enough here, the
// repository tests cover both. Each test opens its own browser context, so cookies never leak.

const PAGE_BUDGET_BYTES = 150 * 1024;
const CSP_MESSAGE = /Content Security Policy/i;

describe('foundation in the browser', { timeout: 180_000 }, () => {
  const admin = uniqueEmail('admin');
  const analyst = uniqueEmail('analyst');
  const polyglot = uniqueEmail('polyglot');

  const app = browserApp(async (db) => {
    await addUser(db, admin, ['admin']);
    await addUser(db, analyst, ['analyst']);
    await addUser(db, polyglot, ['researcher']);
  });
  const { pages } = app;

  const withPage = <T>(options: Parameters<typeof newPage>[1], body: (page: Page, context: BrowserContext) => Promise<T>) => pages.with(options ?? {}, body);

  const displayNameOf = (email: string) => email.split('@')[0];
  const header = (page: Page) => page.locator('header.site');
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

  /** Fills and submits the "Create user" form of /admin/users; returns the response of the page after it. */
  async function createUserThroughForm(page: Page, fields: { email: string; name: string; password: string; roles: string[]; countries?: string }) {
    const form = page.locator('#new-user form');
    await form.getByLabel('E-mail address', { exact: true }).fill(fields.email);
    await form.getByLabel('Name', { exact: true }).fill(fields.name);
    await form.getByLabel('Initial password', { exact: true }).fill(fields.password);
    for (const role of fields.roles) await form.getByRole('checkbox', { name: new RegExp(`^${role}\\b`) }).check();
    if (fields.countries !== undefined) await form.getByLabel('Countries', { exact: true }).fill(fields.countries);
    return submitWith(page, () => form.getByRole('button', { name: 'Create user' }).click());
  }

  it('shows the home page to an anonymous visitor, and a friendly 404', async () => {
    await withPage({}, async (page) => {
      const response = await page.goto(`${app.baseUrl}/`);
      assert.equal(response?.status(), 200);
      assert.deepEqual(await htmlAttributes(page), { lang: 'en', dir: 'ltr' });
      assert.equal(await page.title(), 'Ariadne · Ariadne');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Ariadne');
      const signInLink = header(page).getByRole('link', { name: 'Sign in' });
      assert.equal(await signInLink.count(), 1);
      assert.match((await signInLink.getAttribute('href')) ?? '', /^\/login\?next=%2F$/);
      assert.equal(await page.locator('main').getByRole('link', { name: 'Sign in' }).count(), 1);
      // Nothing for administrators and no "Sign out" for someone who is not signed in.
      assert.equal(await nav(page).getByRole('link', { name: 'Users' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 0);
      assert.match(await page.locator('main').innerText(), /Data protection/);

      const missing = await page.goto(`${app.baseUrl}/no-such-page`);
      assert.equal(missing?.status(), 404);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found');
      assert.equal(await page.title(), 'Page not found · Ariadne');
      assert.match(await page.locator('main').innerText(), /There is nothing at this address/);
      assert.equal(await page.locator('main').getByRole('link', { name: 'Go to the home page' }).getAttribute('href'), '/');
      // The 404 page still has the site's frame (header, footer with the language switcher).
      assert.equal(await page.locator('footer.site form.languages button').count(), 4);
    });
  });

  it('answers in the language the browser asks for (Accept-Language)', async () => {
    await withPage({ locale: 'fr-FR' }, async (page) => {
      const response = await page.goto(`${app.baseUrl}/`);
      assert.equal(response?.status(), 200);
      assert.match((await response!.request().allHeaders())['accept-language'] ?? '', /^fr-FR/);
      assert.deepEqual(await htmlAttributes(page), { lang: 'fr', dir: 'ltr' });
      assert.equal(response?.headers()['content-language'], 'fr');
      assert.equal(await header(page).locator('a[href^="/login"]').innerText(), translate('fr', 'layout.sign_in'));
      assert.equal(await page.locator('footer.site button[value="fr"]').getAttribute('aria-pressed'), 'true');
      assert.equal(await page.locator('footer.site button[value="en"]').getAttribute('aria-pressed'), 'false');
    });
    await withPage({ locale: 'ar-EG' }, async (page) => {
      await page.goto(`${app.baseUrl}/`);
      assert.deepEqual(await htmlAttributes(page), { lang: 'ar', dir: 'rtl' });
    });
  });

  it('signs an administrator in through the form and shows their name and the admin links', async () => {
    await withPage({}, async (page) => {
      const response = await signIn(page, app.baseUrl, admin, TEST_PASSWORD);
      assert.equal(response?.status(), 200);
      assert.equal(currentPath(page), '/');
      const who = header(page).getByRole('link', { name: displayNameOf(admin) });
      assert.equal(await who.getAttribute('href'), '/account');
      assert.equal(await header(page).getByRole('button', { name: 'Sign out' }).count(), 1);
      assert.equal(await header(page).getByRole('link', { name: 'Sign in' }).count(), 0);
      assert.equal(await nav(page).getByRole('link', { name: 'Users' }).getAttribute('href'), '/admin/users');
      assert.equal(await nav(page).getByRole('link', { name: 'Audit log' }).getAttribute('href'), '/admin/audit');
      // The home page no longer invites to sign in.
      assert.equal(await page.locator('main').getByRole('link', { name: 'Sign in' }).count(), 0);

      await submitWith(page, () => nav(page).getByRole('link', { name: 'Users' }).click());
      assert.equal(currentPath(page), '/admin/users');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Users');
      assert.equal(await nav(page).getByRole('link', { name: 'Users' }).getAttribute('aria-current'), 'page');
      const table = page.getByTestId('users-table');
      assert.match(await table.innerText(), new RegExp(admin.replace(/\./g, '\\.')));
      assert.match(await table.innerText(), /Administrator/);
    });
  });

  it('switches to Arabic with the footer buttons, remembers the choice, and switches back', async () => {
    await withPage({}, async (page) => {
      await signIn(page, app.baseUrl, polyglot, TEST_PASSWORD);
      assert.deepEqual(await htmlAttributes(page), { lang: 'en', dir: 'ltr' });

      const arabic = page.locator('footer.site form.languages').getByRole('button', { name: 'العربية' });
      assert.equal(await arabic.getAttribute('value'), 'ar');
      await submitWith(page, () => arabic.click());
      assert.equal(currentPath(page), '/', 'the switcher brings the visitor back to the page they were on');
      assert.deepEqual(await htmlAttributes(page), { lang: 'ar', dir: 'rtl' });
      assert.equal(await page.locator('footer.site button[value="ar"]').getAttribute('aria-pressed'), 'true');
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');

      const account = await page.goto(`${app.baseUrl}/account`);
      assert.equal(account?.status(), 200);
      assert.deepEqual(await htmlAttributes(page), { lang: 'ar', dir: 'rtl' });
      assert.equal(account?.headers()['content-language'], 'ar');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), translate('ar', 'account.title'));

      // The choice belongs to the account: a new browser that signs in gets Arabic too.
      await withPage({}, async (other) => {
        await signIn(other, app.baseUrl, polyglot, TEST_PASSWORD);
        assert.deepEqual(await htmlAttributes(other), { lang: 'ar', dir: 'rtl' });
      });

      await submitWith(page, () => page.locator('footer.site button[value="en"]').click());
      assert.equal(currentPath(page), '/account');
      assert.deepEqual(await htmlAttributes(page), { lang: 'en', dir: 'ltr' });
      await page.goto(`${app.baseUrl}/`);
      assert.deepEqual(await htmlAttributes(page), { lang: 'en', dir: 'ltr' });
    });
  });

  it('lets an administrator create a user, who can then sign in and see their role', async () => {
    const email = uniqueEmail('ngozi');
    const password = 'river lantern orchard 42';
    const userPath = await withPage({}, async (page) => {
      await signIn(page, app.baseUrl, admin, TEST_PASSWORD, '/admin/users');
      assert.equal(currentPath(page), '/admin/users');
      const response = await createUserThroughForm(page, { email, name: 'Ngozi Okafor', password, roles: ['Analyst'] });
      assert.equal(response?.status(), 200);
      assert.match(currentPath(page), /^\/admin\/users\/\d+\?done=created$/);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Ngozi Okafor');
      const notice = page.getByRole('status');
      assert.match(await notice.innerText(), /The user was created/);
      assert.match(await notice.getAttribute('class') ?? '', /\bsuccess\b/);
      assert.match(await page.locator('dl.facts').innerText(), new RegExp(email.replace(/\./g, '\\.')));
      assert.equal(await page.getByRole('checkbox', { name: /^Analyst\b/ }).isChecked(), true);
      assert.equal(await page.getByRole('checkbox', { name: /^Administrator\b/ }).isChecked(), false);
      return new URL(page.url()).pathname;
    });

    await withPage({}, async (page) => {
      await signIn(page, app.baseUrl, email, password, '/account');
      assert.equal(currentPath(page), '/account');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Your account');
      assert.equal(await header(page).getByRole('link', { name: 'Ngozi Okafor' }).count(), 1);
      const facts = await page.locator('dl.facts').innerText();
      assert.match(facts, /Ngozi Okafor/);
      assert.match(facts, new RegExp(email.replace(/\./g, '\\.')));
      assert.match(facts, /Analyst/);
      assert.doesNotMatch(facts, /Administrator/);
      // An analyst has no admin links, and cannot open the page of their own account.
      assert.equal(await nav(page).getByRole('link', { name: 'Users' }).count(), 0);
      const denied = await page.goto(`${app.baseUrl}${userPath}`);
      assert.equal(denied?.status(), 403);
    });
  });

  it('shows form errors from the server and keeps what was typed', async () => {
    await withPage({}, async (page) => {
      await signIn(page, app.baseUrl, admin, TEST_PASSWORD, '/admin/users');
      // "someone@localhost" passes the browser's own check of type="email" but not the server's.
      const email = 'someone@localhost';
      const response = await createUserThroughForm(page, { email, name: 'Amina Diallo', password: 'short', roles: ['Analyst'] });
      assert.equal(response?.status(), 422);
      assert.equal(currentPath(page), '/admin/users');
      const summary = page.locator('.error-summary');
      assert.equal(await summary.getAttribute('role'), 'alert');
      const text = await summary.innerText();
      assert.match(text, /Please correct the following/);
      assert.match(text, /E-mail address: Enter an e-mail address such as name@example\.org\./);
      assert.match(text, /Initial password: Enter at least 10 characters\./);
      assert.doesNotMatch(text, /Name:/);
      // Each line of the summary links to its field, which is marked invalid.
      assert.equal(await summary.getByRole('link', { name: /^E-mail address:/ }).getAttribute('href'), '#field-email');
      assert.equal(await page.locator('#field-email').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#field-password').getAttribute('aria-invalid'), 'true');
      // What was typed is kept (except the password), so nothing has to be typed again.
      const form = page.locator('#new-user form');
      assert.equal(await form.getByLabel('Name', { exact: true }).inputValue(), 'Amina Diallo');
      assert.equal(await form.getByLabel('E-mail address', { exact: true }).inputValue(), email);
      assert.equal(await form.getByLabel('Initial password', { exact: true }).inputValue(), '');
      assert.equal(await form.getByRole('checkbox', { name: /^Analyst\b/ }).isChecked(), true);
      // app.js brings the summary into focus.
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false), true);

      const focalEmail = uniqueEmail('focal');
      const second = await createUserThroughForm(page, { email: focalEmail, name: 'Luc Mbeki', password: 'a long enough password', roles: ['National focal point'] });
      assert.equal(second?.status(), 422);
      const secondText = await page.locator('.error-summary').innerText();
      assert.match(secondText, /Countries: A national focal point needs at least one country\./);
      assert.doesNotMatch(secondText, /E-mail address:|Initial password:/);
      assert.equal(await page.locator('#field-countries').getAttribute('aria-invalid'), 'true');
      assert.match(await page.locator('#field-countries-error').innerText(), /needs at least one country/);
      assert.equal(await page.getByRole('checkbox', { name: /^National focal point\b/ }).isChecked(), true);
      // Nothing was created.
      assert.doesNotMatch(await page.getByTestId('users-table').innerText(), new RegExp(focalEmail.replace(/\./g, '\\.')));
    });
  });

  it('refuses the admin pages to a non-admin (403) and sends an anonymous visitor to sign in', async () => {
    await withPage({}, async (page) => {
      await signIn(page, app.baseUrl, analyst, TEST_PASSWORD);
      for (const path of ['/admin/users', '/admin/audit']) {
        const response = await page.goto(`${app.baseUrl}${path}`);
        assert.equal(response?.status(), 403, path);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Access denied', path);
        assert.match(await page.locator('main').innerText(), /does not give you access to this page/, path);
        assert.equal(await page.getByTestId('users-table').count(), 0);
        assert.equal(await page.getByTestId('audit-table').count(), 0);
        // Still signed in, with their name in the header.
        assert.equal(await header(page).getByRole('link', { name: displayNameOf(analyst) }).count(), 1);
      }
    });

    await withPage({}, async (page) => {
      const response = await page.goto(`${app.baseUrl}/admin/users`);
      assert.equal(currentPath(page), '/login?next=%2Fadmin%2Fusers');
      assert.equal(response?.status(), 200);
      assert.equal(response?.request().redirectedFrom()?.url(), `${app.baseUrl}/admin/users`);
      assert.equal((await response?.request().redirectedFrom()?.response())?.status(), 303);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Sign in');
      // Signing in from there leads on to the page that was asked for.
      await page.getByLabel('E-mail address').fill(admin);
      await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
      await submitWith(page, () => page.getByRole('button', { name: 'Sign in' }).click());
      assert.equal(currentPath(page), '/admin/users');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Users');
    });
  });

  it('shows the administrator their actions in the audit log, and filters it', async () => {
    const email = uniqueEmail('audited');
    await withPage({}, async (page) => {
      await signIn(page, app.baseUrl, admin, TEST_PASSWORD, '/admin/users');
      await createUserThroughForm(page, { email, name: 'Audited Person', password: 'another long password', roles: ['Researcher'] });
      const userId = /\/admin\/users\/(\d+)/.exec(page.url())?.[1];
      assert.ok(userId, page.url());

      await submitWith(page, () => nav(page).getByRole('link', { name: 'Audit log' }).click());
      assert.equal(currentPath(page), '/admin/audit');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Audit log');
      const rows = page.getByTestId('audit-table').locator('tbody tr');
      const mine = rows
        .filter({ has: page.locator('td:nth-child(4)', { hasText: /^user\.create$/ }) })
        .filter({ has: page.locator('td:nth-child(5)', { hasText: new RegExp(`^user ${userId}$`) }) });
      assert.equal(await mine.count(), 1);
      assert.equal(await mine.locator('td:nth-child(3)').innerText(), admin);
      // The change itself is there, behind "Show".
      await mine.getByText('Show', { exact: true }).click();
      assert.match(await mine.locator('pre').innerText(), new RegExp(email.replace(/\./g, '\\.')));
      // Other kinds of entries are listed before filtering.
      const actionsBefore = await rows.locator('td:nth-child(4)').allInnerTexts();
      assert.ok(actionsBefore.includes('session.sign_in'), actionsBefore.join(', '));

      await page.getByLabel('Action').selectOption('user.create');
      const filtered = await submitWith(page, () => page.locator('form.filters').getByRole('button', { name: 'Filter' }).click());
      assert.match(currentPath(page), /[?&]action=user\.create(&|$)/);
      // The form also sends its empty fields (actor=, from=, to=...): they mean "any", not an error.
      assert.equal(await page.locator('.error-summary').count(), 0, await page.locator('.error-summary').innerText().catch(() => ''));
      assert.equal(filtered?.status(), 200);
      const actions = await rows.locator('td:nth-child(4)').allInnerTexts();
      // Three accounts made by the test set-up and one by the admin here, at least.
      assert.ok(actions.length >= 4, actions.join(', '));
      assert.deepEqual([...new Set(actions)], ['user.create']);
      assert.equal(await page.getByLabel('Action').inputValue(), 'user.create', 'the filter stays chosen');

      // Narrowed further to what this administrator did.
      await page.getByLabel('Who').fill(admin);
      await submitWith(page, () => page.locator('form.filters').getByRole('button', { name: 'Filter' }).click());
      const actors = await rows.locator('td:nth-child(3)').allInnerTexts();
      assert.ok(actors.length >= 1);
      assert.deepEqual([...new Set(actors)], [admin]);
      assert.deepEqual([...new Set(await rows.locator('td:nth-child(4)').allInnerTexts())], ['user.create']);
    });
  });

  it('explains a malformed date in the audit filter', async () => {
    await withPage({}, async (page) => {
      await signIn(page, app.baseUrl, admin, TEST_PASSWORD);
      // A date field in the browser only sends YYYY-MM-DD; a hand-edited address can send anything.
      const response = await page.goto(`${app.baseUrl}/admin/audit?from=2024-13&action=user.create`);
      assert.equal(response?.status(), 422);
      const summary = await page.locator('.error-summary').innerText();
      assert.match(summary, /From: Enter a date as YYYY-MM-DD\./);
      assert.doesNotMatch(summary, /To:/);
      // The form keeps what was asked for.
      assert.equal(await page.getByLabel('Action').inputValue(), 'user.create');
    });
  });

  it('signs out from the header, after which the account page asks to sign in', async () => {
    await withPage({}, async (page) => {
      await signIn(page, app.baseUrl, analyst, TEST_PASSWORD, '/account');
      assert.equal(currentPath(page), '/account');
      const response = await signOut(page);
      assert.equal(response?.status(), 200);
      assert.equal(currentPath(page), '/');
      assert.equal(await header(page).getByRole('link', { name: 'Sign in' }).count(), 1);
      assert.equal(await header(page).getByRole('button', { name: 'Sign out' }).count(), 0);
      assert.equal(await header(page).getByRole('link', { name: displayNameOf(analyst) }).count(), 0);

      await page.goto(`${app.baseUrl}/account`);
      assert.equal(currentPath(page), '/login?next=%2Faccount');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Sign in');
      // Going back in history does not show the account page from the cache either.
      await page.goBack();
      await page.goBack();
      assert.notEqual(await page.getByRole('heading', { level: 1 }).textContent(), 'Your account');
      assert.equal(await header(page).getByRole('button', { name: 'Sign out' }).count(), 0);
    });
  });

  it('keeps pages light (HTML + CSS + JS under 150 KB) and free of inline scripts (CSP)', async () => {
    async function measure(page: Page, path: string) {
      // No cache, so that every stylesheet and script is counted on each page.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const loaded: { url: string; type: string; bytes: number }[] = [];
      const pending: Promise<void>[] = [];
      const onResponse = (response: import('playwright-core').Response) => {
        pending.push(response.body().then((body) => {
          loaded.push({ url: response.url(), type: response.request().resourceType(), bytes: body.length });
        }, () => {}));
      };
      page.on('response', onResponse);
      const response = await page.goto(`${app.baseUrl}${path}`, { waitUntil: 'load' });
      await Promise.all(pending);
      page.off('response', onResponse);
      await cdp.detach();
      assert.equal(response?.status(), 200, path);
      const html = await response!.text();
      return { response: response!, html, loaded };
    }

    function checkPage(path: string, result: Awaited<ReturnType<typeof measure>>) {
      const { html, loaded, response } = result;
      const types = new Set(loaded.map((item) => item.type));
      assert.ok(types.has('document') && types.has('stylesheet') && types.has('script'), `${path}: ${[...types].join(', ')}`);
      assert.ok(loaded.some((item) => item.url.endsWith('/static/app.css')), path);
      assert.ok(loaded.some((item) => item.url.endsWith('/static/app.js')), path);
      for (const item of loaded) assert.ok(item.url.startsWith(`${app.baseUrl}/`), `${path} loads ${item.url} from elsewhere`);
      const total = loaded.filter((item) => ['document', 'stylesheet', 'script'].includes(item.type)).reduce((sum, item) => sum + item.bytes, 0);
      assert.ok(total > 1000, `${path}: ${total} bytes measured`);
      assert.ok(total < PAGE_BUDGET_BYTES, `${path} weighs ${total} bytes (budget ${PAGE_BUDGET_BYTES})`);
      // Every script comes from a file; no inline code, handlers or styles for the CSP to refuse.
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      assert.ok(scripts.length >= 1, path);
      for (const [, attributes, content] of scripts) {
        assert.match(attributes, /\bsrc="\/static\/[^"]+"/, `${path}: a script without src`);
        assert.equal(content.trim(), '', `${path}: inline script content`);
      }
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${path}: inline event handler`);
      assert.doesNotMatch(html, /\sstyle\s*=/i, `${path}: inline style attribute`);
      assert.doesNotMatch(html, /<style\b/i, `${path}: inline <style>`);
      assert.doesNotMatch(html, /javascript:/i, `${path}: javascript: URL`);
      const csp = response.headers()['content-security-policy'] ?? '';
      assert.match(csp, /script-src 'self'(;|$)/, `${path}: CSP header ${csp}`);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
    }

    await withPage({}, async (page) => {
      const messages: string[] = [];
      page.on('console', (message) => messages.push(message.text()));
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));

      checkPage('/', await measure(page, '/'));
      await signIn(page, app.baseUrl, admin, TEST_PASSWORD);
      checkPage('/admin/users', await measure(page, '/admin/users'));
      assert.deepEqual(messages.filter((text) => CSP_MESSAGE.test(text) || text.startsWith('pageerror')), []);

      // The listener does see a violation: an inline script added to the page is refused and reported.
      const reported = page.waitForEvent('console', { predicate: (message) => CSP_MESSAGE.test(message.text()), timeout: 10_000 });
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;';
        document.head.append(script);
      });
      await reported;
      assert.equal(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan ?? false), false);
    });
  });

  it('works without JavaScript: sign in, use a form, sign out', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await signIn(page, app.baseUrl, admin, TEST_PASSWORD, '/account');
      assert.equal(currentPath(page), '/account');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Your account');
      assert.equal(await header(page).getByRole('link', { name: displayNameOf(admin) }).count(), 1);

      // A form that needs the CSRF field works as well: the language switcher.
      await submitWith(page, () => page.locator('footer.site button[value="es"]').click());
      assert.equal(currentPath(page), '/account');
      assert.deepEqual(await htmlAttributes(page), { lang: 'es', dir: 'ltr' });
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), translate('es', 'account.title'));
      await submitWith(page, () => page.locator('footer.site button[value="en"]').click());
      assert.deepEqual(await htmlAttributes(page), { lang: 'en', dir: 'ltr' });

      await signOut(page);
      assert.equal(currentPath(page), '/');
      assert.equal(await header(page).getByRole('link', { name: 'Sign in' }).count(), 1);
      const account = await page.goto(`${app.baseUrl}/account`);
      assert.equal(currentPath(page), '/login?next=%2Faccount');
      assert.equal(account?.status(), 200);
    });
  });
});
