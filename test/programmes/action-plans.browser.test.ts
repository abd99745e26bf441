import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueEmail } from '../support/databases.ts';
import { addUser, TEST_PASSWORD } from '../support/server.ts';
import { currentPath, htmlAttributes, signIn, submitWith, type Page } from '../support/browser.ts';
import { translate } from '../../src/core/i18n/i18n.ts';
import { loadFixture } from './fixture.ts';
import { browserApp } from '../support/browser-app.ts';

const PLAN_TITLE = 'Fourth national plan against trafficking in persons';

describe('programme officers write an action plan in the browser', { timeout: 300_000 }, () => {
  let planPath = '';
  const officer = uniqueEmail('officer');

  const app = browserApp(async (db) => {
    await loadFixture(db.db);
    await addUser(db, officer, ['programme_officer']);
  });
  const { pages } = app;

  const save = (page: Page) => submitWith(page, () => page.getByRole('button', { name: 'Save', exact: true }).click());
  const summary = async (page: Page) => {
    const element = page.locator('#plan-summary');
    return { targets: await element.getAttribute('data-targets'), achieved: await element.getAttribute('data-achieved'), overdue: await element.getAttribute('data-overdue') };
  };
  const areaSection = (page: Page, name: string) => page.locator('section', { has: page.getByRole('heading', { level: 2, name, exact: true }) });

  it('creates a draft plan, keeping the typed values when the end date comes before the start date', async () => {
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, officer, TEST_PASSWORD, '/programmes/action-plans');
      assert.equal(currentPath(page), '/programmes/action-plans');
      await submitWith(page, () => page.getByRole('link', { name: 'Add an action plan or regional framework' }).click());
      assert.equal(currentPath(page), '/programmes/action-plans/new');

      await page.getByLabel('Code', { exact: true }).fill('BRA-NAP4');
      await page.getByLabel('Title', { exact: true }).fill(PLAN_TITLE);
      await page.getByLabel('Kind of plan').selectOption({ label: 'National action plan' });
      await page.getByLabel('Countries covered').fill('BRA');
      await page.getByLabel('Start date').fill('2019-01-01');
      await page.getByLabel('End date').fill('2018-12-31');
      await page.getByLabel('Programme', { exact: true }).selectOption('GLOT59');
      await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Draft' });
      const refused = await save(page);
      assert.equal(refused?.status(), 422);
      assert.match(await page.locator('.error-summary').innerText(), /End date: The end date is before the start date/);
      assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), PLAN_TITLE);
      assert.equal(await page.getByLabel('Countries covered').inputValue(), 'BRA');

      await page.getByLabel('End date').fill('2023-12-31');
      await save(page);
      const created = /^(\/programmes\/action-plans\/\d+)\?done=created$/.exec(currentPath(page));
      assert.ok(created, `the plan's dashboard, not ${currentPath(page)}`);
      planPath = created[1];
      assert.match(await page.locator('h1').innerText(), new RegExp(`^${PLAN_TITLE}\\s+Draft$`));
      assert.match(await page.locator('.notice').innerText(), /The plan was created/);
      assert.deepEqual(await summary(page), { targets: '0', achieved: '0', overdue: '0' });
    });
    await pages.with({}, async (page) => {
      assert.equal((await page.goto(`${app.baseUrl}${planPath}`))?.status(), 404, 'a draft is not public');
    });
  });

  it('adds thematic areas and an overdue target, then a measure that achieves it', async () => {
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, officer, TEST_PASSWORD, planPath);
      assert.equal(currentPath(page), planPath);
      for (const name of ['Prevention', 'Protection of victims']) {
        await page.getByLabel('New thematic area').fill(name);
        await submitWith(page, () => page.getByRole('button', { name: 'Add the area' }).click());
        assert.equal(currentPath(page), `${planPath}?done=area_saved`);
        assert.match(await page.locator('.notice').innerText(), /The thematic area was saved/);
      }
      assert.deepEqual(await page.locator('table.areas tbody th').allInnerTexts(), ['Prevention', 'Protection of victims']);
      assert.equal(await page.getByRole('link', { name: 'Add a target' }).count(), 2, 'one per area');

      await submitWith(page, () => areaSection(page, 'Protection of victims').getByRole('link', { name: 'Add a target' }).click());
      assert.match(currentPath(page), new RegExp(`^${planPath}/targets/new\\?area=\\d+$`));
      const area = page.getByLabel('Thematic area');
      assert.equal(await area.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text), 'Protection of victims', 'the area followed is chosen');
      await page.getByLabel('Target number').fill('2.1');
      await page.getByLabel('Target', { exact: true }).fill('Open shelters for identified victims');
      await page.getByLabel('Indicator', { exact: true }).fill('Shelter places available');
      await page.getByLabel('Unit', { exact: true }).fill('places');
      await page.getByLabel('Baseline', { exact: true }).fill('0');
      await page.getByLabel('Target value', { exact: true }).fill('100');
      await page.getByLabel('Due', { exact: true }).fill('2020-12-31');
      await save(page);
      assert.equal(currentPath(page), `${planPath}?done=target_saved`);
      assert.match(await page.locator('.notice').innerText(), /The target was saved/);

      const rows = page.locator('tr.target');
      assert.equal(await rows.count(), 1);
      const row = areaSection(page, 'Protection of victims').locator('tr.target');
      assert.equal(await row.getAttribute('data-status'), 'overdue');
      assert.match(await row.innerText(), /2\.1\s+Open shelters for identified victims\s+Shelter places available\s+0 places\s+100 places\s+Not measured/);
      assert.equal(await areaSection(page, 'Prevention').locator('tr.target').count(), 0);
      assert.deepEqual(await summary(page), { targets: '1', achieved: '0', overdue: '1' });
      assert.equal(await row.getByRole('button', { name: 'Remove the target' }).count(), 1, 'an unmeasured target can still be removed');

      await row.getByText('Record a measure').click();
      await row.getByLabel('Date').fill('2021-06-30');
      await row.getByLabel('Value').fill('100');
      await submitWith(page, () => row.getByRole('button', { name: 'Save', exact: true }).click());
      assert.equal(currentPath(page), `${planPath}?done=measured`);
      assert.match(await page.locator('.notice').innerText(), /The measure was recorded/);
      assert.equal(await row.getAttribute('data-status'), 'achieved');
      assert.match(await row.innerText(), /100 places \(Jun 30, 2021\)[^]*Achieved/);
      assert.equal(await row.getByRole('button', { name: 'Remove the target' }).count(), 0, 'a measured target is kept');
      assert.deepEqual(await summary(page), { targets: '1', achieved: '1', overdue: '0' });
    });
  });

  it('publishes the plan, which the public then sees without any editing control', async () => {
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, officer, TEST_PASSWORD, planPath);
      await submitWith(page, () => page.getByRole('link', { name: 'Edit the plan' }).click());
      assert.equal(currentPath(page), `${planPath}/edit`);
      assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), PLAN_TITLE);
      assert.equal(await page.getByLabel('End date').inputValue(), '2023-12-31');
      await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Published' });
      await save(page);
      assert.equal(currentPath(page), `${planPath}?done=saved`);
      assert.match(await page.locator('.notice').innerText(), /The plan was saved/);
      assert.equal(await page.locator('h1 .badge.draft').count(), 0);
    });
    await pages.with({}, async (page) => {
      const response = await page.goto(`${app.baseUrl}${planPath}`);
      assert.equal(response?.status(), 200);
      assert.equal(await page.locator('h1').innerText(), PLAN_TITLE);
      assert.equal(await page.locator('tr.target').getAttribute('data-status'), 'achieved');
      assert.deepEqual(await summary(page), { targets: '1', achieved: '1', overdue: '0' });
      const text = await page.locator('main').innerText();
      for (const control of ['Add a target', 'Remove the target', 'Record a measure', 'Edit the plan', 'Add the area']) {
        assert.ok(!text.includes(control), `no "${control}" for the public`);
      }
      assert.equal(await page.locator('main form[method="post"]').count(), 0);
    });
  });

  it('shows the plan form in Arabic, right to left, with a refused choice marked at its drop-down list and nothing saved', async () => {
    const before = Number((await app.db.db.selectFrom('pm_action_plans').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, officer, TEST_PASSWORD, '/programmes/action-plans/new');
      await submitWith(page, () => page.locator('footer.site form.languages').getByRole('button', { name: 'العربية' }).click());
      assert.equal(currentPath(page), '/programmes/action-plans/new');
      assert.deepEqual(await htmlAttributes(page), { lang: 'ar', dir: 'rtl' });
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
      const kind = page.getByLabel(translate('ar', 'programmes.plans.kind'), { exact: true });
      assert.equal(await kind.evaluate((element) => element.tagName), 'SELECT');
      const programme = page.getByLabel(translate('ar', 'programmes.field.programme'), { exact: true });
      assert.equal(await programme.locator('option').first().getAttribute('value'), '', 'no programme is a choice');

      // A value that is not on the list (as a tampered or outdated form would send).
      await kind.evaluate((element) => { (element as HTMLSelectElement).add(new Option('?', 'bogus', true, true)); });
      await page.getByLabel(translate('ar', 'programmes.programmes.code'), { exact: true }).fill('EGY-NAP9');
      await page.getByLabel(translate('ar', 'programmes.field.title'), { exact: true }).fill('الخطة الوطنية لمكافحة الاتجار بالبشر');
      await page.getByLabel(translate('ar', 'programmes.field.countries'), { exact: true }).fill('EGY');
      await page.getByLabel(translate('ar', 'programmes.field.start_date'), { exact: true }).fill('2024-01-01');
      await page.getByLabel(translate('ar', 'programmes.field.end_date'), { exact: true }).fill('2026-12-31');
      const refused = await submitWith(page, () => page.getByRole('button', { name: translate('ar', 'programmes.save'), exact: true }).click());
      assert.equal(refused?.status(), 422);
      assert.deepEqual(await htmlAttributes(page), { lang: 'ar', dir: 'rtl' });
      const link = page.locator('.error-summary a[href="#field-kind"]');
      assert.match(await link.innerText(), new RegExp(`^${translate('ar', 'programmes.plans.kind')}: `));
      const select = page.locator('select#field-kind');
      assert.equal(await select.getAttribute('aria-invalid'), 'true');
      assert.match(await select.getAttribute('aria-describedby') ?? '', /field-kind-error/);
      assert.ok((await page.locator('#field-kind-error').innerText()).length > 0, 'the error is written beside the list');
      assert.equal(await page.getByLabel(translate('ar', 'programmes.programmes.code'), { exact: true }).inputValue(), 'EGY-NAP9', 'the typed values are kept');
    });
    const after = Number((await app.db.db.selectFrom('pm_action_plans').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    assert.equal(after, before, 'nothing was saved');
  });
});
