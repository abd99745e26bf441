import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueEmail } from '../support/databases.ts';
import { addUser, TEST_PASSWORD } from '../support/server.ts';
import { loadCooperationSamples } from '../../src/cooperation/samples.ts';
import { currentPath, htmlAttributes, signIn, submitWith, type Page } from '../support/browser.ts';
import { translate } from '../../src/core/i18n/i18n.ts';
import { browserApp } from '../support/browser-app.ts';

// A request between two central authorities, through a real browser: Italy drafts and sends it,
// Nigeria sees it, acknowledges receipt and starts execution; Spain, a third country, sees nothing.

describe('cooperation requests in the browser', { timeout: 240_000 }, () => {
  const italy = uniqueEmail('authority.italy');
  const nigeria = uniqueEmail('authority.nigeria');
  const spain = uniqueEmail('authority.spain');
  const subject = `Telephone records of a recruiter ${Date.now()}`;
  let requestPath = '';

  const app = browserApp(async (db) => {
    await loadCooperationSamples(db.db);
    await addUser(db, italy, ['central_authority'], 'ITA');
    await addUser(db, nigeria, ['central_authority'], 'NGA');
    await addUser(db, spain, ['central_authority'], 'ESP');
  });
  const { pages } = app;

  const status = (page: Page) => page.getByTestId('request-status').innerText();

  it('lets the Italian authority draft a request, fix a mistake the form points out, and send it to Nigeria', async () => {
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, italy, TEST_PASSWORD, '/cooperation');
      assert.equal(currentPath(page), '/cooperation');
      assert.ok(Number(await page.getByTestId('figure-open').innerText()) > 0, 'the sample requests fill the dashboard');
      await submitWith(page, () => page.getByRole('link', { name: 'New request' }).first().click());
      await page.getByLabel('Type of request').selectOption('mutual_legal_assistance');
      await page.getByLabel('Requesting authority').fill('Ministry of Justice, Rome (test)');
      await page.getByLabel('Requested country').selectOption('NGA');
      await page.getByLabel('Requested authority').fill('Federal Ministry of Justice, Abuja (test)');
      await page.getByLabel('Subject of the request').fill(subject);
      await page.getByLabel('Legal basis', { exact: true }).selectOption('bilateral_treaty');
      const rejected = await submitWith(page, () => page.getByRole('button', { name: 'Save the draft' }).click());
      assert.equal(rejected?.status(), 422);
      assert.match(await page.locator('.error-summary').innerText(), /Name the treaty or instrument/);
      assert.equal(await page.getByLabel('Subject of the request').inputValue(), subject, 'what was typed is kept');
      await page.getByLabel('Instrument or details of the legal basis').fill('Fictional bilateral treaty on mutual legal assistance (test)');
      await page.getByLabel('Liaison magistrate or contact point', { exact: true }).selectOption('liaison_magistrate');
      await page.getByLabel('Name of the liaison magistrate or contact point').fill('Liaison magistrate (fictional)');
      await submitWith(page, () => page.getByRole('button', { name: 'Save the draft' }).click());
      assert.match(currentPath(page), /^\/cooperation\/requests\/\d+\?done=created$/);
      requestPath = new URL(page.url()).pathname;
      assert.equal(await status(page), 'Drafted');
      await submitWith(page, () => page.getByRole('button', { name: 'Mark as sent' }).click());
      assert.equal(await status(page), 'Sent');
      assert.match(await page.getByTestId('history').innerText(), /Drafted → Sent/);
    });
  });

  it('shows the request to the Nigerian authority, who acknowledges receipt and starts execution', async () => {
    assert.ok(requestPath, 'the request was created');
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, nigeria, TEST_PASSWORD, '/cooperation/requests?direction=incoming&status=open');
      const link = page.getByRole('link', { name: subject });
      assert.equal(await link.count(), 1, 'the request is in the list of incoming open requests');
      await submitWith(page, () => link.click());
      assert.equal(new URL(page.url()).pathname, requestPath);
      assert.equal(await page.getByRole('button', { name: 'Mark as sent' }).count(), 0, 'the requested side is not offered the requesting side\'s steps');
      await page.getByTestId('action-received').getByLabel('Note').fill('Registered by the central authority');
      await submitWith(page, () => page.getByRole('button', { name: 'Acknowledge receipt' }).click());
      assert.equal(await status(page), 'Received');
      await submitWith(page, () => page.getByRole('button', { name: 'Start execution' }).click());
      assert.equal(await status(page), 'In execution');
      const history = await page.getByTestId('history').innerText();
      assert.match(history, /Sent → Received/);
      assert.match(history, /Received → In execution/);
      assert.match(history, /Registered by the central authority/);
    });
  });

  it('shows nothing of it to a third country\'s authority', async () => {
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, spain, TEST_PASSWORD, '/cooperation/requests');
      assert.equal(await page.getByRole('link', { name: subject }).count(), 0);
      assert.doesNotMatch(await page.locator('main').innerText(), /Telephone records of a recruiter/);
      const response = await page.goto(`${app.baseUrl}${requestPath}`);
      assert.equal(response?.status(), 404);
      assert.doesNotMatch(await page.content(), /Telephone records of a recruiter/);
      await page.goto(`${app.baseUrl}/cooperation`);
      assert.doesNotMatch(await page.locator('main').innerText(), /Telephone records of a recruiter/);
    });
  });

  it('shows the request form in Arabic, right to left, and marks a missing country at its drop-down list without saving anything', async () => {
    const count = async () => Number((await app.db.db.selectFrom('co_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const label = (name: string) => translate('ar', `cooperation.field.${name}`);
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, spain, TEST_PASSWORD, '/cooperation/requests/new');
      await submitWith(page, () => page.locator('footer.site form.languages').getByRole('button', { name: 'العربية' }).click());
      assert.equal(currentPath(page), '/cooperation/requests/new');
      assert.deepEqual(await htmlAttributes(page), { lang: 'ar', dir: 'rtl' });
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
      const requested = page.getByLabel(label('requestedCountry'), { exact: true });
      assert.equal(await requested.evaluate((element) => element.tagName), 'SELECT');
      assert.equal(await requested.inputValue(), '', 'no country is chosen yet');
      await page.getByLabel(label('requestingAuthority'), { exact: true }).fill('وزارة العدل، مدريد (اختبار)');
      await page.getByLabel(label('requestedAuthority'), { exact: true }).fill('وزارة العدل (اختبار)');
      await page.getByLabel(label('subject'), { exact: true }).fill('سجلات الهاتف (اختبار)');
      const refused = await submitWith(page, () => page.getByRole('button', { name: translate('ar', 'cooperation.form.create') }).click());
      assert.equal(refused?.status(), 422);
      assert.deepEqual(await htmlAttributes(page), { lang: 'ar', dir: 'rtl' });
      assert.match(await page.locator('.error-summary a[href="#field-requestedCountry"]').innerText(), new RegExp(`^${label('requestedCountry')}: `));
      const select = page.locator('select#field-requestedCountry');
      assert.equal(await select.getAttribute('aria-invalid'), 'true');
      assert.match(await select.getAttribute('aria-describedby') ?? '', /field-requestedCountry-error/);
      assert.equal(await page.getByLabel(label('subject'), { exact: true }).inputValue(), 'سجلات الهاتف (اختبار)', 'what was typed is kept');
    });
    assert.equal(await count(), before, 'nothing was saved');
  });
});
