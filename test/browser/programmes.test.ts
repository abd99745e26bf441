import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueEmail } from '../support/databases.ts';
import { addUser, TEST_PASSWORD } from '../support/server.ts';
import { currentPath, htmlAttributes, signIn, submitWith, type Browser, type Page } from '../support/browser.ts';
import { loadProgrammesSamples } from '../../src/programmes/samples.ts';
import { impactReport, type ImpactFigures } from '../../src/programmes/report.ts';
import { browserApp } from '../support/browser-app.ts';

// Programme monitoring in a real browser, on the sample data: the year in review, switching
// programme and period, following a figure to its records, printing, an officer's form.

const year = (value: number, programmes: string[] = []) => ({ from: `${value}-01-01`, to: `${value}-12-31`, programmes, countries: [] });

describe('programme monitoring in the browser', { timeout: 300_000 }, () => {
  const officer = uniqueEmail('officer');

  const app = browserApp(async (db) => {
    assert.ok(await loadProgrammesSamples(db.db) > 300);
    await addUser(db, officer, ['programme_officer']);
  });
  const { pages } = app;

  const figure = (page: Page, name: string) => page.locator(`li.figure a[data-figure="${name}"]`);
  const figureValue = async (page: Page, name: string) => Number((await figure(page, name).locator('.figure-value').innerText()).replace(/,/g, ''));
  async function assertFigures(page: Page, figures: ImpactFigures) {
    assert.equal(await figureValue(page, 'countries-supported'), figures.countriesSupported);
    assert.equal(await figureValue(page, 'trained'), figures.trained.total);
    assert.equal(await figureValue(page, 'events-organized'), figures.eventsOrganized);
    assert.equal(await figureValue(page, 'technical-cooperation'), figures.technicalCooperation);
    assert.match(await figure(page, 'trained').innerText(), new RegExp(`${figures.trained.female.toLocaleString('en')} female, ${figures.trained.male.toLocaleString('en')} male and ${figures.trained.unknown.toLocaleString('en')}`));
  }

  it('opens the year in review, switches programme and period, and follows a figure to its records', async () => {
    await pages.with({}, async (page) => {
      const response = await page.goto(`${app.baseUrl}/programmes/year-in-review?year=2021`);
      assert.equal(response?.status(), 200);
      assert.equal(await page.locator('h1').innerText(), '2021: a year in review');
      assert.equal(await page.locator('header.site').count(), 0, 'no site navigation');
      await assertFigures(page, (await impactReport(app.db.db, year(2021))).figures);
      assert.ok(await page.locator('figure.world-map svg path[class^="map-scale-"]').count() > 10, 'the map shades the countries supported');

      await page.locator('select[name="year"]').selectOption('2020');
      await page.locator('select[name="programme"]').selectOption('GLOT92');
      await submitWith(page, () => page.locator('.review-toolbar button[type="submit"]').click());
      assert.equal(currentPath(page), '/programmes/year-in-review?year=2020&programme=GLOT92');
      assert.match(await page.locator('.review-scope').innerText(), /^GLOT92: Global Programme against the Smuggling of Migrants/);
      const glot92 = (await impactReport(app.db.db, year(2020, ['GLOT92']))).figures;
      await assertFigures(page, glot92);
      assert.notEqual(glot92.trained.total, (await impactReport(app.db.db, year(2020))).figures.trained.total, 'the programme narrows the figures');

      await submitWith(page, () => figure(page, 'trained').click());
      assert.match(currentPath(page), /^\/programmes\/activities\?year=2020&programme=GLOT92&type=training&type=training_of_trainers&type=mentoring&type=mock_trial$/);
      const totals = page.locator('#list-totals');
      assert.equal(Number(await totals.getAttribute('data-participants')), glot92.trained.total);
      assert.equal(Number(await totals.getAttribute('data-female')), glot92.trained.female);
      assert.equal(Number(await totals.getAttribute('data-unknown')), glot92.trained.unknown);
      const rows = page.locator('table.activities tbody tr');
      assert.equal(await rows.count(), Number(await totals.getAttribute('data-activities')));
      const sexCells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td.number')].map((td) => Number(td.textContent!.replace(/,/g, '')))));
      assert.equal(sexCells.reduce((sum, cells) => sum + cells[0] + cells[1] + cells[2], 0), glot92.trained.total, 'the rows add up to the figure');
      await submitWith(page, () => rows.first().locator('a').first().click());
      assert.match(currentPath(page), /^\/programmes\/activities\/\d+$/);
      assert.equal(await page.locator('.participants').count(), 0, 'no participant list for the public');
    });
  });

  it('prints without navigation or the switching form, and the report page filters without JavaScript', async () => {
    await pages.with({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${app.baseUrl}/programmes/year-in-review?year=2021`);
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.review-toolbar').isVisible(), false);
      assert.equal(await figure(page, 'countries-supported').isVisible(), true);
      await page.emulateMedia({ media: 'screen' });

      await page.goto(`${app.baseUrl}/programmes?year=2021`);
      await page.locator('fieldset.programme-choice input[value="TRACK4TIP"]').check();
      await submitWith(page, () => page.locator('form.report-filters button[type="submit"]').click());
      assert.equal(currentPath(page), '/programmes?from=2021-01-01&to=2021-12-31&programme=TRACK4TIP', 'no country chosen: no country parameter');
      const track = (await impactReport(app.db.db, year(2021, ['TRACK4TIP']))).figures;
      assert.equal(await figureValue(page, 'countries-supported'), track.countriesSupported);
      assert.ok(track.countriesSupported <= 8, 'TRACK4TIP covers eight countries');
      await submitWith(page, () => figure(page, 'countries-supported').click());
      assert.equal(await page.locator('table.countries tbody tr').count(), track.countriesSupported);
    });
  });

  it('is right-to-left in Arabic', async () => {
    await pages.with({ locale: 'ar' }, async (page) => {
      await page.goto(`${app.baseUrl}/programmes/year-in-review?year=2021`);
      assert.deepEqual(await htmlAttributes(page), { lang: 'ar', dir: 'rtl' });
      assert.equal(await page.locator('h1').innerText(), '2021: حصاد العام');
    });
  });

  it('lets an officer record an activity, shown with the input kept when it has an error', async () => {
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, officer, TEST_PASSWORD, '/programmes/activities/new');
      assert.equal(currentPath(page), '/programmes/activities/new');
      await page.getByLabel('Title').fill('Browser training on referral');
      await page.getByLabel('Start date').fill('2021-09-01');
      await page.getByLabel('End date').fill('2021-08-01');
      await page.getByLabel('Countries covered').fill('MWI');
      await page.getByLabel('Female participants').fill('7');
      await submitWith(page, () => page.getByRole('button', { name: 'Save' }).click());
      assert.match(await page.locator('.error-summary').innerText(), /End date: The end date is before the start date/);
      assert.equal(await page.getByLabel('Title').inputValue(), 'Browser training on referral');
      await page.getByLabel('End date').fill('2021-09-02');
      await submitWith(page, () => page.getByRole('button', { name: 'Save' }).click());
      assert.match(currentPath(page), /^\/programmes\/activities\/\d+\?done=created$/);
      assert.match(await page.locator('h1').innerText(), /Browser training on referral/);
      assert.match(await page.locator('.notice').innerText(), /recorded/);
    });
  });
});
