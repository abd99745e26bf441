import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueEmail } from '../support/databases.ts';
import { addUser, TEST_PASSWORD } from '../support/server.ts';
import { signIn, submitWith } from '../support/browser.ts';
import { loadCaseDataSamples } from '../../src/case-data/samples.ts';
import { htcdsCsv, ROLL_UP_ROWS } from '../case-data/fixtures.ts';
import { browserApp } from '../support/browser-app.ts';

// A focal point of Malawi in a real browser, on the fictional sample records of Malawi and
// Niger: sees only Malawi's cases, imports a file with a bad row (the report names row and
// column, nothing is imported), creates a case and adds a victim to it.

describe('case-level database in the browser', { timeout: 300_000 }, () => {
  const focal = uniqueEmail('focal.malawi');

  const app = browserApp(async (db) => {
    assert.equal(await loadCaseDataSamples(db.db), 400);
    await addUser(db, focal, ['focal_point'], 'MWI');
  });
  const { pages } = app;

  const countCases = async () => Number((await app.db.db.selectFrom('cd_cases').select((eb) => eb.fn.countAll<number>().as('n')).where('country', '=', 'MWI').executeTakeFirstOrThrow()).n);

  it('shows the focal point their country\'s cases only, marked as samples', async () => {
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, focal, TEST_PASSWORD);
      await submitWith(page, () => page.locator('header.site nav').getByRole('link', { name: 'Case data' }).click());
      await submitWith(page, () => page.locator('main').getByRole('link', { name: 'Malawi', exact: true }).click());
      assert.equal(new URL(page.url()).pathname, '/case-data/MWI');
      const caseLinks = page.getByTestId('case-list').locator('tbody tr td:first-child a');
      assert.equal(await caseLinks.count(), 50, 'a first page of 50 cases');
      const refs = await caseLinks.allInnerTexts();
      assert.ok(refs.every((ref) => ref.startsWith('SAMPLE-MWI-')), refs.join(', '));
      assert.equal(await page.getByTestId('case-list').locator('.badge.sample').count(), 50);
      const total = await countCases();
      await page.getByText(`${total} cases`).waitFor();

      await submitWith(page, () => caseLinks.first().click());
      await page.getByRole('heading', { name: /Persons in the case/ }).waitFor();
      assert.ok(await page.locator('section.person').count() >= 1);

      const other = await page.goto(`${app.baseUrl}/case-data/NER`);
      assert.equal(other?.status(), 403);
      assert.ok(!(await page.content()).includes('SAMPLE-NER-'));
    });
  });

  it('refuses an import with a bad row, with the row and column, and imports nothing', async () => {
    const before = await countCases();
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, focal, TEST_PASSWORD, '/case-data/MWI/import');
      const rows = ROLL_UP_ROWS.filter((row) => row.ari_RecordingCountry === 'MWI');
      rows[2] = { ...rows[2], vic_TypeOfExploitation: 'Smuggling' };
      await page.getByLabel('File').setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: htcdsCsv(rows) });
      const response = await submitWith(page, () => page.getByRole('button', { name: 'Import' }).click());
      assert.equal(response?.status(), 422);
      await page.getByText('The file was not imported: 1 problem. Nothing was changed.').waitFor();
      const problem = page.getByTestId('import-problems').locator('tbody tr');
      assert.equal(await problem.count(), 1);
      assert.deepEqual(await problem.locator('td').allInnerTexts(), ['4', 'vic_TypeOfExploitation', '"Smuggling" is not a value of vic_TypeOfExploitation in HTCDS 2.0.']);
    });
    assert.equal(await countCases(), before);
  });

  it('creates a case, re-showing the form with the input when it is wrong, and adds a victim', async () => {
    const existing = await app.db.db.selectFrom('cd_cases').select('case_ref').where('country', '=', 'MWI').executeTakeFirstOrThrow();
    await pages.with({}, async (page) => {
      await signIn(page, app.baseUrl, focal, TEST_PASSWORD, '/case-data/MWI');
      await submitWith(page, () => page.getByRole('link', { name: 'New case' }).click());
      await page.getByLabel(/Case identifier/).fill(existing.case_ref);
      await page.getByLabel(/Recording agency/).fill('Lilongwe District Social Welfare Office');
      await page.getByLabel(/Type of agency/).selectOption('LocalGovernmentOrganisation');
      const refused = await submitWith(page, () => page.getByRole('button', { name: 'Save' }).click());
      assert.equal(refused?.status(), 422);
      await page.getByRole('alert').getByText('A case with this identifier already exists in this country.').waitFor();
      assert.equal(await page.getByLabel(/Recording agency/).inputValue(), 'Lilongwe District Social Welfare Office', 'the input is kept');

      await page.getByLabel(/Case identifier/).fill('MWI-2024-LL-017');
      await submitWith(page, () => page.getByRole('button', { name: 'Save' }).click());
      await page.getByText('The case was created.').waitFor();
      await page.getByRole('heading', { name: 'Case MWI-2024-LL-017' }).waitFor();

      await submitWith(page, () => page.getByRole('link', { name: 'Add a victim' }).click());
      await page.getByLabel(/Person identifier/).fill('V1');
      await page.getByLabel(/^Gender/).selectOption('Feminine');
      await page.getByLabel(/Citizenship/).fill('MWI');
      await page.getByLabel(/Age when trafficked/).fill('16');
      await page.getByLabel(/Date of identification/).fill('2024-02-12');
      await page.getByLabel(/Trafficking status/).selectOption('ActualVictimOfTrafficking');
      await page.getByRole('group', { name: /^Types of exploitation/ }).getByLabel('Forced labour').check();
      await page.getByLabel(/Exploitation: country/).fill('Mozambique');
      await submitWith(page, () => page.getByRole('button', { name: 'Save' }).click());
      await page.getByText('The person was added to the case.').waitFor();
      const person = page.locator('section.person');
      assert.equal(await person.count(), 1);
      const text = await person.innerText();
      assert.match(text, /Forced labour/);
      assert.match(text, /Mozambique/);
    });
    const audit = await app.db.db.selectFrom('audit_log').select('action').where('action', 'in', ['case_data.case_created', 'case_data.person_added']).execute();
    assert.equal(audit.length, 2);
  });
});
