import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueEmail } from '../support/databases.ts';
import { addUser, TEST_ACTOR, TEST_PASSWORD } from '../support/server.ts';
import { signIn, submitWith, type Page } from '../support/browser.ts';
import { loadTreatiesSamples } from '../../src/treaties/samples.ts';
import { loadReviewSamples } from '../../src/implementation-review/samples.ts';
import { createRecord, publishRecord, submitRecord } from '../../src/knowledge/workflow.ts';
import { legislationRecord } from '../knowledge/fixtures.ts';
import { browserApp } from '../support/browser-app.ts';

// Implementation review and treaty status through a real browser, on the sample data: the
// Malawi focal point completes the sample draft of the TIP questionnaire (with legislation
// from the knowledge portal) and submits it; a reviewer comments on an answer and returns it;
// the treaty status page answers for the dates a visitor picks.

describe('implementation review and treaty status in the browser', { timeout: 300_000 }, () => {
  const focal = uniqueEmail('focal.malawi');
  const reviewer = uniqueEmail('reviewer');
  const lawTitle = 'Trafficking in Persons Act (browser test)';

  const app = browserApp(async (db) => {
    assert.ok(await loadTreatiesSamples(db.db) > 0);
    assert.ok(await loadReviewSamples(db.db) > 0);
    const law = await createRecord(db.db, TEST_ACTOR, 'legislation', legislationRecord({ country: 'MWI', title: { en: lawTitle } }));
    await submitRecord(db.db, TEST_ACTOR, law);
    await publishRecord(db.db, TEST_ACTOR, law);
    await addUser(db, focal, ['focal_point'], 'MWI');
    await addUser(db, reviewer, ['reviewer']);
  });
  const { pages } = app;

  const question = (page: Page, key: string) => page.locator(`div.question[data-key="${key}"]`);

  it('a focal point completes the draft, is told what is missing, attaches legislation and submits', async () => {
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, focal, TEST_PASSWORD, '/review');
      await submitWith(page, () => page.getByTestId('own').getByRole('link', { name: /Trafficking in Persons Protocol/ }).click());
      assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Malawi/);
      assert.match(await page.getByTestId('status').innerText(), /Draft/);
      assert.ok(await page.getByText('Sample data: a fictional draft').isVisible(), 'the sample is marked');
      assert.ok(await question(page, 'tip.5.criminalized').getByLabel('Yes').isChecked(), 'the saved draft is shown');

      // Submit with required answers still missing: the page says which, and keeps what was typed.
      await question(page, 'tip.5.convictions').getByLabel('Your answer').fill('27');
      await question(page, 'tip.5.criminalized').getByText('Attach legislation from the knowledge portal').click();
      await question(page, 'tip.5.criminalized').getByLabel(lawTitle).check();
      const refused = await submitWith(page, () => page.getByRole('button', { name: 'Submit to the reviewers' }).click());
      assert.equal(refused?.status(), 422);
      const summary = page.locator('.error-summary');
      assert.ok(await summary.isVisible());
      assert.match(await summary.innerText(), /Article 5 – Criminalization · Are attempting to commit/);
      assert.ok(await page.getByText('The draft was saved, but it cannot be submitted yet').isVisible());
      assert.equal(await question(page, 'tip.5.convictions').getByLabel('Your answer').inputValue(), '27');
      assert.ok(await question(page, 'tip.5.criminalized').getByLabel(lawTitle).isChecked());
      await page.reload();
      assert.equal(await question(page, 'tip.5.convictions').getByLabel('Your answer').inputValue(), '27', 'saved, not only shown again');
      assert.equal(await question(page, 'tip.5.criminalized').locator('details.attach').getAttribute('open'), '', 'attached legislation is shown open');
      assert.ok(await question(page, 'tip.5.criminalized').getByLabel(lawTitle).isChecked());

      await question(page, 'tip.5.attempt').getByLabel('Yes').check();
      await question(page, 'tip.6.privacy').getByLabel('No').check();
      await question(page, 'tip.6.compensation').getByLabel('Through a civil claim only').check();
      await question(page, 'tip.8.repatriation').getByLabel('Your answer').fill('Return is arranged with the embassy after a risk assessment.');
      const saved = await submitWith(page, () => page.getByRole('button', { name: 'Save the draft' }).click());
      assert.equal(saved?.status(), 200);
      assert.ok(await page.getByText('The draft was saved.').isVisible());
      await submitWith(page, () => page.getByRole('button', { name: 'Submit to the reviewers' }).click());
      assert.ok(await page.getByText('The questionnaire was submitted to the reviewers.').isVisible());
      assert.match(await page.getByTestId('status').innerText(), /Submitted/);
      assert.equal(await page.getByRole('button', { name: 'Save the draft' }).count(), 0, 'no longer editable');
      assert.equal(await question(page, 'tip.5.convictions').getByTestId('answer-tip.5.convictions').innerText(), '27');
      assert.ok(await question(page, 'tip.5.criminalized').getByRole('link', { name: lawTitle }).isVisible());
    });
  });

  it('a reviewer follows progress, comments on an answer and returns the questionnaire', async () => {
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, reviewer, TEST_PASSWORD, '/review');
      const cycles = page.getByTestId('cycles');
      await submitWith(page, () => cycles.getByRole('row').filter({ hasText: 'Trafficking in Persons Protocol' }).getByRole('link').click());
      const malawi = page.getByTestId('progress').locator('tr[data-iso3="MWI"]');
      assert.match(await malawi.innerText(), /Submitted/);
      assert.equal(await page.getByTestId('count-submitted').innerText(), '1');
      await submitWith(page, () => malawi.getByRole('link', { name: 'Malawi' }).click());
      const block = question(page, 'tip.5.convictions');
      await block.getByLabel('Comment on this answer').fill('Please give the convictions by sex.');
      await submitWith(page, () => block.getByRole('button', { name: 'Add the comment' }).click());
      assert.ok(await page.getByText('The comment was added.').isVisible());
      assert.ok(await question(page, 'tip.5.convictions').getByText('Please give the convictions by sex.').isVisible());
      await submitWith(page, () => page.getByRole('button', { name: 'Return to the focal points' }).click());
      assert.match(await page.getByTestId('status').innerText(), /Returned for changes/);
    });
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, focal, TEST_PASSWORD, '/review');
      await submitWith(page, () => page.getByTestId('own').getByRole('link', { name: /Trafficking in Persons Protocol/ }).click());
      assert.ok(await question(page, 'tip.5.convictions').getByText('Please give the convictions by sex.').isVisible(), 'the focal point reads the comment');
      assert.equal(await question(page, 'tip.5.convictions').getByLabel('Your answer').inputValue(), '27', 'and can change the answer again');
    });
  });

  it('shows the treaty status for the date picked: count, parties, map and the illustrative mark', async () => {
    await pages.with({}, async (page) => {
      await page.goto(`${app.baseUrl}/treaties/TIP`);
      const pick = async (date: string) => {
        await page.getByLabel('Status on').fill(date);
        await submitWith(page, () => page.getByRole('button', { name: 'Show' }).click());
        const api = await (await fetch(`${app.baseUrl}/api/treaties/TIP/parties?date=${date}`)).json() as { count: number; parties: { iso3: string }[] };
        assert.equal(await page.getByTestId('party-count').innerText(), String(api.count), `page and API agree on ${date}`);
        return api;
      };
      const mid2019 = await pick('2019-06-30');
      assert.ok(!mid2019.parties.some((party) => party.iso3 === 'PLW'), 'Palau: year only, counted from 31 December 2019');
      assert.equal(await page.locator('path[data-iso3="BGD"]').getAttribute('class'), 'tr-none');
      const end2020 = await pick('2020-12-31');
      for (const iso3 of ['PLW', 'BGD', 'BRN', 'NPL', 'COM', 'MAR']) assert.ok(end2020.parties.some((party) => party.iso3 === iso3), iso3);
      assert.equal(await page.locator('path[data-iso3="BGD"]').getAttribute('class'), 'tr-party');
      const palau = page.getByTestId('parties').locator('tr[data-iso3="PLW"]');
      assert.match(await palau.innerText(), /2019 \(year only\)\s+Accession/);
      assert.equal(await palau.locator('.illustrative-mark').count(), 0, 'stated in the brief: not illustrative');
      assert.ok(await page.getByTestId('parties').locator('.illustrative-mark').first().isVisible(), 'the other sample parties are marked');
      assert.ok(await page.getByText(/include illustrative sample actions/).isVisible());
      const notParty = page.getByTestId('not-parties').locator('tr').nth(1);
      assert.match(await notParty.getByRole('link', { name: 'Programme activities' }).getAttribute('href') ?? '', /^\/programmes\/activities\?country=[A-Z]{3}$/);
    });
  });
});
