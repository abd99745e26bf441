import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueEmail } from '../support/databases.ts';
import { addUser, TEST_PASSWORD } from '../support/server.ts';
import { signIn, submitWith } from '../support/browser.ts';
import { loadStatisticsSamples } from '../../src/statistics/samples.ts';
import { browserApp } from '../support/browser-app.ts';

// The questionnaire in a real browser, on the sample statistics: a focal point fills a grid and
// submits; a reviewer accepts and publishes; the public country page shows the new figures and chart.

describe('crime statistics in the browser', { timeout: 300_000 }, () => {
  const focal = uniqueEmail('focal.malawi');
  const reviewer = uniqueEmail('reviewer');

  const app = browserApp(async (db) => {
    assert.ok(await loadStatisticsSamples(db.db) > 10_000, 'the sample dataset is loaded');
    await addUser(db, focal, ['focal_point'], 'MWI');
    await addUser(db, reviewer, ['reviewer']);
  });
  const { pages } = app;

  it('a focal point fills a grid and submits, a reviewer accepts and publishes, the public page shows it', async () => {
    const figures: Record<string, string> = {
      'v|total|total|total': '77', 'v|total|female|total': '50', 'v|total|female|minor': '20', 'v|total|female|adult': '30',
      'v|total|male|total': '27', 'v|total|male|minor': '7', 'v|total|male|adult': '20',
    };
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, focal, TEST_PASSWORD, '/statistics/questionnaire');
      assert.match(await page.locator('h1').innerText(), /Annual questionnaire/);
      assert.ok(await page.getByRole('link', { name: /Malawi/ }).count() > 0, 'the sample draft of Malawi is listed');
      await page.goto(`${app.baseUrl}/statistics/questionnaire/MWI/2023?grid=detected_victims.total`);
      for (const [name, value] of Object.entries(figures)) await page.locator(`input[name="${name}"]`).fill(value);
      await page.locator('#field-source').fill('Malawi Police Service');
      await submitWith(page, () => page.getByRole('button', { name: 'Save this grid' }).click());
      assert.match(await page.locator('.notice').first().innerText(), /grid is saved/);
      assert.equal(await page.locator('input[name="v|total|male|minor"]').inputValue(), '7');
      await submitWith(page, () => page.getByRole('button', { name: 'Submit for review' }).click());
      assert.match(await page.locator('.notice').first().innerText(), /submitted for review/);
      assert.equal(await page.locator('input[name="v|total|total|total"]').isDisabled(), true, 'a submitted questionnaire is locked');
    });
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, reviewer, TEST_PASSWORD, '/statistics/questionnaire/MWI/2023');
      await submitWith(page, () => page.getByRole('button', { name: 'Accept' }).click());
      assert.match(await page.locator('.notice').first().innerText(), /accepted/);
      await submitWith(page, () => page.getByRole('button', { name: 'Publish' }).click());
      assert.match(await page.locator('.notice').first().innerText(), /published/);
      assert.match(await page.locator('section.workflow').innerText(), /Revision 1/);
    });
    await pages.with({}, async (page) => {
      const response = await page.goto(`${app.baseUrl}/statistics/countries/MWI?from=2023&to=2023`);
      assert.equal(response?.status(), 200);
      assert.match(await page.locator('h1').innerText(), /Malawi/);
      const shares = page.locator('table.stats-table').first();
      assert.match(await shares.innerText(), /Women\s+30/);
      assert.match(await shares.innerText(), /Boys\s+7/);
      const trend = page.locator('table.stats-table', { hasText: 'Per year' });
      assert.match(await trend.innerText(), /2023\s+77/);
      assert.ok(await page.locator('figure.chart svg rect').count() > 0, 'the stacked bars are drawn');
      assert.ok(await page.locator('figure.chart svg').count() >= 4, 'bars, lines, flows and map');
      const download = await page.request.get(`${app.baseUrl}/statistics/tables/sex-age.csv?area=MWI&from=2023&to=2023`);
      assert.match(await download.text(), /Female,20,30,50/);
    });
  });

  it('shows the sample mark and the world analysis to anyone', async () => {
    await pages.with({}, async (page) => {
      await page.goto(`${app.baseUrl}/statistics`);
      assert.match(await page.locator('.illustrative-mark').first().innerText(), /Sample/);
      assert.ok(await page.locator('figure.world-map').count() === 1);
      assert.ok(await page.locator('figure.flow-diagram path.flow').count() > 0, 'flows between regions are drawn');
    });
  });
});
