import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Locator } from 'playwright-core';
import { uniqueEmail } from '../support/databases.ts';
import { addUser, TEST_PASSWORD } from '../support/server.ts';
import { loadSampleData } from '../../src/samples.ts';
import { currentPath, htmlAttributes, newPage, signIn, submitWith, type BrowserContext, type Page } from '../support/browser.ts';
import { browserApp } from '../support/browser-app.ts';

// The knowledge portal seen through a real browser, on the sample records (89 cases, 46 laws,
// 38 publications, all published): search, facets with and without JavaScript, record pages,
// exports, Arabic, and the editorial workflow from a draft to a public record.

interface SampleCase {
  externalId: string;
  title: Record<string, string>;
  originalLanguage: string;
  court: string;
  decisionDate: string;
  factSummary: Record<string, string>;
  defendants: { initials?: string }[];
  legislationApplied: string[];
}
interface SampleLaw { externalId: string; title: Record<string, string> }

const SAMPLES = new URL('../../samples/knowledge/', import.meta.url);
const sampleCases = JSON.parse(readFileSync(new URL('cases.json', SAMPLES), 'utf8')) as SampleCase[];
const sampleLaws = JSON.parse(readFileSync(new URL('legislation.json', SAMPLES), 'utf8')) as SampleLaw[];
const sampleCase = (externalId: string) => {
  const found = sampleCases.find((item) => item.externalId === externalId);
  assert.ok(found, `sample case ${externalId}`);
  return found;
};

/** A word made of letters only (no digits: the text search would split it), found in no sample. */
function uniqueWord(prefix: string): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return prefix + Array.from({ length: 8 }, () => letters[randomInt(letters.length)]).join('');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of an element for an assertion's message, without waiting for it when it is not there. */
async function textIfAny(locator: Locator, otherwise = ''): Promise<string> {
  return (await locator.count()) ? locator.first().innerText() : otherwise;
}

describe('knowledge portal in the browser', { timeout: 300_000 }, () => {
  const editor = uniqueEmail('editor');
  const reviewer = uniqueEmail('reviewer');

  const app = browserApp(async (db) => {
    const loaded = await loadSampleData(db.db);
    assert.equal(loaded.records['knowledge records'], 89 + 46 + 38);
    await addUser(db, editor, ['editor']);
    await addUser(db, reviewer, ['reviewer']);
  });
  const { pages } = app;

  const withPage = <T>(options: Parameters<typeof newPage>[1], body: (page: Page, context: BrowserContext) => Promise<T>) => pages.with(options ?? {}, body);

  // --- The public search page -------------------------------------------------------------

  const facetsForm = (page: Page) => page.locator('aside.facets form');
  const facetBox = (page: Page, facet: string, value: string) => page.locator(`fieldset.facet[data-facet="${facet}"] input[type="checkbox"][value="${value}"]`);
  const hitLinks = (page: Page) => page.locator('ol.hits li.hit h2 a');

  /** The number of results the page announces ("22 results"). */
  async function shownTotal(page: Page): Promise<number> {
    const text = (await page.getByTestId('total').innerText()).trim();
    const match = /^(\d[\d,]*) results?$/.exec(text) ?? /(\d[\d,]*)/.exec(text);
    assert.ok(match, `total: ${text}`);
    return Number(match[1].replace(/,/g, ''));
  }

  /** The count shown next to a facet value in the sidebar. */
  async function facetCount(page: Page, facet: string, value: string): Promise<number> {
    const label = page.locator(`fieldset.facet[data-facet="${facet}"] label.check`).filter({ has: page.locator(`input[value="${value}"]`) });
    assert.equal(await label.count(), 1, `facet ${facet}=${value} is offered`);
    return Number((await label.locator('.count').innerText()).replace(/,/g, ''));
  }

  const idOfHref = (href: string | null) => {
    const match = /^\/knowledge\/records\/(\d+)$/.exec(href ?? '');
    assert.ok(match, `record link ${href}`);
    return Number(match[1]);
  };

  /** The record ids of the results on this page. */
  async function idsOnPage(page: Page): Promise<number[]> {
    return (await hitLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')))).map(idOfHref);
  }

  /** The record ids of every result, following the pager to the last page (and back to the page it started from). */
  async function idsOnAllPages(page: Page): Promise<number[]> {
    const start = page.url();
    const ids: number[] = [];
    for (let pages = 0; ; pages++) {
      assert.ok(pages < 30, 'the pager ends');
      const onPage = await idsOnPage(page);
      assert.ok(onPage.length <= 20, `at most 20 results on a page, got ${onPage.length}`);
      ids.push(...onPage);
      const next = page.locator('nav.pager a[rel="next"]');
      if (!(await next.count())) break;
      assert.equal(onPage.length, 20, 'every page but the last is full');
      await submitWith(page, () => next.click());
    }
    if (page.url() !== start) await page.goto(start);
    assert.equal(new Set(ids).size, ids.length, 'no record appears twice across the pages');
    return ids;
  }

  /** Searches with the search box and waits for the results page. */
  async function searchFor(page: Page, text: string) {
    await page.locator('form.search-box #q').fill(text);
    return submitWith(page, () => page.locator('form.search-box button[type="submit"]').click());
  }

  it('finds a quoted phrase, highlights it in the snippets, and gives a shareable address', async () => {
    const phrase = '"forced labour"';
    const shared = await withPage({}, async (page) => {
      const start = await page.goto(`${app.baseUrl}/knowledge`);
      assert.equal(start?.status(), 200);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Knowledge portal');
      assert.equal(await shownTotal(page), 89 + 46 + 38, 'all the published samples without a query');

      const response = await searchFor(page, phrase);
      assert.equal(response?.status(), 200);
      const url = new URL(page.url());
      assert.equal(url.pathname, '/knowledge');
      assert.equal(url.searchParams.get('q'), phrase, 'the query is in the address');
      assert.equal(await page.locator('form.search-box #q').inputValue(), phrase, 'the box keeps the query');
      assert.match(await page.title(), /^"forced labour" · Knowledge portal/);

      const total = await shownTotal(page);
      assert.ok(total > 0 && total <= 20, `one page of results for the phrase, got ${total}`);
      const ids = await idsOnPage(page);
      assert.equal(ids.length, total);
      assert.equal(await page.locator('nav.pager').count(), 0);

      // Snippets highlight the words of the phrase, and nothing else.
      const snippets = page.locator('ol.hits li.hit p.snippet');
      const highlighted = snippets.filter({ has: page.locator('mark') });
      assert.ok(await highlighted.count() >= Math.ceil(total / 2), `${await highlighted.count()} of ${total} snippets highlighted`);
      const marks = await page.locator('ol.hits p.snippet mark').allInnerTexts();
      assert.ok(marks.length >= 2);
      for (const mark of marks) assert.match(mark, /^(forced|labour)$/i);
      // Forced and labour are highlighted next to each other: the phrase itself.
      assert.ok(await page.locator('ol.hits p.snippet').evaluateAll((nodes) => nodes.some((node) => /<mark>forced<\/mark>\s*<mark>labour<\/mark>/i.test(node.innerHTML))));
      // The highlight is markup made by the server, not escaped text.
      assert.doesNotMatch(await snippets.first().innerText(), /<\/?mark>/);

      // The phrase is narrower than its two words in any order.
      await page.goto(`${app.baseUrl}/knowledge?q=${encodeURIComponent('forced labour')}`);
      assert.ok(await shownTotal(page) >= total);
      return { url: url.toString(), total, ids };
    });

    // The same address, in another browser, gives the same results in the same order.
    await withPage({}, async (page) => {
      const response = await page.goto(shared.url);
      assert.equal(response?.status(), 200);
      assert.equal(await shownTotal(page), shared.total);
      assert.deepEqual(await idsOnPage(page), shared.ids);
      assert.equal(await page.locator('form.search-box #q').inputValue(), phrase);
    });
  });

  it('narrows the results with facets: at once with JavaScript, with the Apply button without it', async () => {
    // With JavaScript: ticking a box submits the sidebar form.
    await withPage({}, async (page) => {
      await page.goto(`${app.baseUrl}/knowledge`);
      await submitWith(page, () => page.getByRole('navigation', { name: 'Databases' }).getByRole('link', { name: /^Case law \(89\)$/ }).click());
      assert.equal(currentPath(page), '/knowledge?kind=case');
      assert.equal(await shownTotal(page), 89);
      const europe = await facetCount(page, 'region', '150');
      const asia = await facetCount(page, 'region', '142');
      assert.ok(europe > 0 && asia > 0 && europe + asia > 20, `Europe ${europe}, Asia ${asia}: more than one page together`);

      await submitWith(page, () => facetBox(page, 'region', '150').click());
      let url = new URL(page.url());
      assert.deepEqual(url.searchParams.getAll('region'), ['150'], page.url());
      assert.deepEqual(url.searchParams.getAll('kind'), ['case'], 'the chosen database stays');
      assert.equal(await shownTotal(page), europe, 'the count next to the value was the number of results');
      assert.equal(await facetBox(page, 'region', '150').isChecked(), true);
      assert.equal(await facetCount(page, 'region', '142'), asia, 'the other regions still count as if not chosen');
      assert.equal((await idsOnAllPages(page)).length, europe);

      await submitWith(page, () => facetBox(page, 'region', '142').click());
      url = new URL(page.url());
      assert.deepEqual(url.searchParams.getAll('region').sort(), ['142', '150'], page.url());
      // Values of one facet combine with OR; a case has one country, so one region: the counts add up.
      const total = await shownTotal(page);
      assert.equal(total, europe + asia);
      assert.equal(await facetBox(page, 'region', '150').isChecked(), true);
      assert.equal(await facetBox(page, 'region', '142').isChecked(), true);
      const ids = await idsOnAllPages(page);
      assert.equal(ids.length, total, 'the total is the number of results across the pages');
      assert.match(await page.locator('nav.pager').innerText(), new RegExp(`Page 1 of ${Math.ceil(total / 20)}`));
    });

    // Without JavaScript: ticking does nothing until Apply.
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${app.baseUrl}/knowledge`);
      await submitWith(page, () => page.getByRole('navigation', { name: 'Databases' }).getByRole('link', { name: /^Case law \(89\)$/ }).click());
      const apply = facetsForm(page).getByRole('button', { name: 'Apply' });
      const forcedLabour = await facetCount(page, 'purpose', 'forced_labour');
      assert.ok(forcedLabour > 20, `forced labour cases: ${forcedLabour}`);

      const before = currentPath(page);
      await facetBox(page, 'purpose', 'forced_labour').check();
      await page.waitForTimeout(300);
      assert.equal(currentPath(page), before, 'nothing is submitted without the Apply button');
      assert.equal(await shownTotal(page), 89);
      const response = await submitWith(page, () => apply.click());
      assert.equal(response?.status(), 200);
      assert.deepEqual(new URL(page.url()).searchParams.getAll('purpose'), ['forced_labour']);
      assert.equal(await shownTotal(page), forcedLabour);
      assert.equal((await idsOnAllPages(page)).length, forcedLabour);

      // A second facet narrows further (facets combine with AND): to the count shown beside the value.
      const europeWithin = await facetCount(page, 'region', '150');
      assert.ok(europeWithin > 0 && europeWithin < forcedLabour, `forced labour cases in Europe: ${europeWithin}`);
      await facetBox(page, 'region', '150').check();
      await submitWith(page, () => apply.click());
      const url = new URL(page.url());
      assert.deepEqual(url.searchParams.getAll('purpose'), ['forced_labour']);
      assert.deepEqual(url.searchParams.getAll('region'), ['150']);
      const total = await shownTotal(page);
      assert.equal(total, europeWithin);
      assert.equal((await idsOnAllPages(page)).length, total);
      assert.equal(await facetBox(page, 'purpose', 'forced_labour').isChecked(), true);
      assert.equal(await facetBox(page, 'region', '150').isChecked(), true);
      // The purpose's own count is now within Europe, and equals the total.
      assert.equal(await facetCount(page, 'purpose', 'forced_labour'), total);
    });
  });

  // The sample case used for the record page and for the privacy of persons.
  const NIGERIA = 'SAMPLE-CASE-NGA-2016-001';

  it('shows a case with its court, date, facts and the law it applied, and the law lists the case', async () => {
    const sample = sampleCase(NIGERIA);
    const law = sampleLaws.find((item) => item.externalId === sample.legislationApplied[0]);
    assert.ok(law);
    await withPage({}, async (page) => {
      await page.goto(`${app.baseUrl}/knowledge`);
      await searchFor(page, '"juju oath"');
      const link = hitLinks(page).filter({ hasText: sample.title.en });
      assert.equal(await link.count(), 1, await page.locator('ol.hits').innerText());
      const caseResponse = await submitWith(page, () => link.click());
      assert.equal(caseResponse?.status(), 200);
      const caseId = idOfHref(currentPath(page));

      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), sample.title.en);
      assert.match(await page.locator('p.meta').innerText(), /Case/);
      const facts = page.locator('dl.facts').first();
      const fact = (label: string) => facts.locator(`dt:text-is("${label}") + dd`);
      assert.equal(await fact('Country').innerText(), 'Nigeria');
      assert.equal(await fact('Court').innerText(), `${sample.court} · First instance · Criminal`);
      assert.equal(await fact('Date of decision').innerText(), 'Mar 17, 2016');
      const factsSection = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Facts', exact: true }) });
      assert.equal(await factsSection.count(), 1);
      assert.equal((await factsSection.locator('.localized p').first().innerText()).trim(), sample.factSummary.en);

      const applied = page.locator('dl.facts dt:text-is("Legislation applied") + dd');
      const lawLink = applied.getByRole('link', { name: law.title.en });
      assert.equal(await lawLink.count(), 1, await textIfAny(applied, 'no "Legislation applied"'));
      const lawResponse = await submitWith(page, () => lawLink.click());
      assert.equal(lawResponse?.status(), 200);
      assert.match(currentPath(page), /^\/knowledge\/records\/\d+$/);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), law.title.en);
      assert.match(await page.locator('p.meta').innerText(), /Legislation/);

      const applying = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Cases that applied this law' }) });
      assert.equal(await applying.count(), 1);
      const back = applying.getByRole('link', { name: sample.title.en });
      assert.equal(await back.count(), 1, await applying.innerText());
      assert.equal(await back.getAttribute('href'), `/knowledge/records/${caseId}`);
      assert.match(await applying.innerText(), new RegExp(`${escapeRegExp(sample.title.en)} \\(2016\\)`));
      // Every case of the samples that applies this law is listed.
      const expected = sampleCases.filter((item) => item.legislationApplied.includes(law.externalId));
      assert.equal(await applying.getByRole('link').count(), expected.length);
      await submitWith(page, () => back.click());
      assert.equal(currentPath(page), `/knowledge/records/${caseId}`);
    });
  });

  it('fits a record page and the search on a phone, in English and in Arabic, without JavaScript', async () => {
    const sample = sampleCase(NIGERIA);
    for (const locale of ['en', 'ar']) {
      await withPage({ locale, viewport: { width: 390, height: 800 }, javaScriptEnabled: false, extraHTTPHeaders: { 'Accept-Language': locale } }, async (page) => {
        await page.goto(`${app.baseUrl}/knowledge?q=${encodeURIComponent('"juju oath"')}`);
        const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(await overflow(), 0, `${locale}: the search page scrolls sideways`);
        const href = await hitLinks(page).filter({ hasText: sample.title.en }).getAttribute('href');
        await page.goto(`${app.baseUrl}${href}`);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), sample.title.en);
        assert.equal(await overflow(), 0, `${locale}: the record page scrolls sideways`);
      });
    }
  });

  it('never shows the initials of defendants to the public, on the page or in the CSV export', async () => {
    const sample = sampleCase(NIGERIA);
    const initials = sample.defendants.map((person) => person.initials).filter((value): value is string => Boolean(value));
    assert.ok(initials.length >= 2, 'the sample case has defendants with initials');
    await withPage({}, async (page) => {
      await page.goto(`${app.baseUrl}/knowledge?q=${encodeURIComponent('"juju oath"')}`);
      const link = hitLinks(page).filter({ hasText: sample.title.en });
      await submitWith(page, () => link.click());
      const caseId = idOfHref(currentPath(page));

      const persons = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Victims and defendants' }) });
      assert.equal(await persons.count(), 1);
      const table = persons.locator('table');
      assert.equal(await table.locator('tbody tr').count(), sample.defendants.length, 'one row per defendant');
      const text = await persons.innerText();
      const html = await persons.innerHTML();
      for (const value of initials) {
        assert.ok(!text.includes(value), `"${value}" is shown in the persons section`);
        assert.ok(!html.includes(value), `"${value}" is in the markup of the persons section`);
      }
      assert.match(text, /described without their names or initials/);
      // Initials that are not part of the case's name appear nowhere on the page.
      for (const value of initials.filter((item) => !Object.values(sample.title).some((title) => title.includes(item)))) {
        assert.ok(!(await page.content()).includes(value), `"${value}" is on the page`);
      }

      // The CSV export of a search that finds the case.
      await page.goto(`${app.baseUrl}/knowledge?q=${encodeURIComponent('"juju oath"')}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('p.exports').getByRole('link', { name: 'CSV' }).click()]);
      const rows = parse(await readFile(await download.path()), { columns: true, bom: true }) as Record<string, string>[];
      const row = rows.find((item) => item.id === String(caseId));
      assert.ok(row, `the export holds record ${caseId}`);
      const defendants = JSON.parse(row.defendants) as Record<string, unknown>[];
      assert.equal(defendants.length, sample.defendants.length);
      for (const person of defendants) assert.equal('initials' in person, false, JSON.stringify(person));
      for (const person of JSON.parse(row.victims) as Record<string, unknown>[]) assert.equal('initials' in person, false, JSON.stringify(person));
      // Apart from the case's name (title_*), no cell of the row holds the initials.
      const cells = Object.entries(row).filter(([column]) => !column.startsWith('title_')).map(([, value]) => value).join('\n');
      for (const value of initials) assert.ok(!cells.includes(value), `"${value}" is in the CSV row`);
    });

    // The editorial team's export keeps them (so that it can be imported again): the check above is not vacuous.
    await withPage({}, async (page) => {
      await signIn(page, app.baseUrl, editor, TEST_PASSWORD, `/knowledge?q=${encodeURIComponent('"juju oath"')}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('p.exports').getByRole('link', { name: 'CSV' }).click()]);
      const rows = parse(await readFile(await download.path()), { columns: true, bom: true }) as Record<string, string>[];
      const row = rows.find((item) => item.title_en === sample.title.en);
      assert.ok(row, 'the editor’s export holds the case');
      const defendants = JSON.parse(row.defendants) as { initials?: string }[];
      assert.deepEqual(defendants.map((person) => person.initials), sample.defendants.map((person) => person.initials));
    });
  });

  it('exports the results of a search as CSV, every result and only them', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${app.baseUrl}/knowledge`);
      await searchFor(page, 'labour');
      const total = await shownTotal(page);
      assert.ok(total > 20, `more results than one page: ${total}`);
      const ids = await idsOnAllPages(page);

      const csvLink = page.locator('p.exports').getByRole('link', { name: 'CSV' });
      assert.equal(await csvLink.getAttribute('href'), '/knowledge/export.csv?q=labour');
      const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
      assert.match(download.suggestedFilename(), /^ariadne-knowledge-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = await readFile(await download.path(), 'utf8');
      const records = parse(text, { bom: true }) as string[][];
      const [header, ...rows] = records;
      assert.deepEqual(header.slice(0, 3), ['id', 'url', 'kind']);
      for (const column of ['external_id', 'title_en', 'title_ar', 'court', 'decision_date', 'official_citation', 'authors']) {
        assert.ok(header.includes(column), `column ${column}`);
      }
      assert.equal(rows.length, total, 'one data row per result');
      for (const row of rows) assert.equal(row.length, header.length);
      const column = (name: string) => header.indexOf(name);
      assert.deepEqual(rows.map((row) => Number(row[column('id')])).sort((a, b) => a - b), [...ids].sort((a, b) => a - b));
      for (const row of rows) {
        assert.equal(row[column('url')], `${app.baseUrl}/knowledge/records/${row[column('id')]}`);
        assert.match(row[column('kind')], /^(case|legislation|publication)$/);
      }

      // The export follows the filters too: one database, two facets.
      await page.goto(`${app.baseUrl}/knowledge?kind=case&purpose=forced_labour&region=150`);
      const filtered = await shownTotal(page);
      assert.ok(filtered > 0);
      const link = page.locator('p.exports').getByRole('link', { name: 'CSV' });
      const params = new URL(`${app.baseUrl}${await link.getAttribute('href')}`).searchParams;
      assert.deepEqual([...params].sort(), [['kind', 'case'], ['purpose', 'forced_labour'], ['region', '150']]);
      const [second] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const [caseHeader, ...caseRows] = parse(await readFile(await second.path(), 'utf8'), { bom: true }) as string[][];
      assert.deepEqual(caseHeader.slice(0, 3), ['id', 'url', 'kind']);
      assert.ok(caseHeader.includes('court') && !caseHeader.includes('official_citation'), 'only the columns of cases');
      assert.equal(caseRows.length, filtered);
      assert.deepEqual([...new Set(caseRows.map((row) => row[2]))], ['case']);
      assert.deepEqual(caseRows.map((row) => Number(row[0])).sort((a, b) => a - b), (await idsOnAllPages(page)).sort((a, b) => a - b));
    });
  });

  it('reads in Arabic from right to left, with the titles in the reader’s language when there is one', async () => {
    const arabicOnly = sampleCase('SAMPLE-CASE-EGY-2021-003');
    const bilingual = sampleCase('SAMPLE-CASE-EGY-2012-001');
    assert.deepEqual(Object.keys(arabicOnly.title), ['ar']);
    assert.deepEqual(Object.keys(bilingual.title).sort(), ['ar', 'en']);
    const search = 'الاتجار';

    const found = await withPage({}, async (page) => {
      await page.goto(`${app.baseUrl}/knowledge`);
      await submitWith(page, () => page.locator('footer.site form.languages').getByRole('button', { name: 'العربية' }).click());
      assert.equal(currentPath(page), '/knowledge');
      assert.deepEqual(await htmlAttributes(page), { lang: 'ar', dir: 'rtl' });

      await searchFor(page, search);
      assert.deepEqual(await htmlAttributes(page), { lang: 'ar', dir: 'rtl' });
      assert.equal(new URL(page.url()).searchParams.get('q'), search);
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
      assert.ok(await shownTotal(page) > 0);

      const only = hitLinks(page).filter({ hasText: arabicOnly.title.ar });
      assert.equal(await only.count(), 1, await page.locator('ol.hits').innerText());
      assert.equal(await only.getAttribute('lang'), 'ar');
      assert.equal(await only.getAttribute('dir'), 'rtl');
      const both = hitLinks(page).filter({ hasText: bilingual.title.ar });
      assert.equal(await both.count(), 1, 'the bilingual record shows its Arabic title to an Arabic reader');
      assert.equal((await both.innerText()).trim(), bilingual.title.ar);
      assert.ok(await page.locator('ol.hits mark').count() > 0, 'Arabic words are highlighted');

      const onlyId = idOfHref(await only.getAttribute('href'));
      const bothId = idOfHref(await both.getAttribute('href'));
      await submitWith(page, () => only.click());
      const heading = page.getByRole('heading', { level: 1 });
      assert.equal(await heading.textContent(), arabicOnly.title.ar);
      assert.equal(await heading.getAttribute('dir'), 'rtl');
      await page.goto(`${app.baseUrl}/knowledge/records/${bothId}`);
      assert.equal(await heading.textContent(), bilingual.title.ar);
      return { onlyId, bothId, url: `${app.baseUrl}/knowledge?q=${encodeURIComponent(search)}` };
    });

    await withPage({}, async (page) => {
      await page.goto(found.url);
      assert.deepEqual(await htmlAttributes(page), { lang: 'en', dir: 'ltr' });
      const both = page.locator(`ol.hits a[href="/knowledge/records/${found.bothId}"]`);
      assert.equal((await both.innerText()).trim(), bilingual.title.en, 'an English reader sees the English title');
      assert.equal(await both.getAttribute('lang'), 'en');
      assert.equal(await both.getAttribute('dir'), 'ltr');
      // A record with only an Arabic title keeps it, marked as right-to-left text in a left-to-right page.
      const only = page.locator(`ol.hits a[href="/knowledge/records/${found.onlyId}"]`);
      assert.equal((await only.innerText()).trim(), arabicOnly.title.ar);
      assert.equal(await only.getAttribute('dir'), 'rtl');

      await submitWith(page, () => both.click());
      const heading = page.getByRole('heading', { level: 1 });
      assert.equal(await heading.textContent(), bilingual.title.en);
      assert.equal(await heading.getAttribute('lang'), 'en');
      assert.equal(await page.title(), `${bilingual.title.en} · Ariadne`);
    });
  });

  it('keeps the search when the visitor switches language or signs in from a page of results', async () => {
    const path = `/knowledge?q=${encodeURIComponent('"forced labour"')}&kind=case`;
    await withPage({}, async (page) => {
      await page.goto(`${app.baseUrl}${path}`);
      const total = await shownTotal(page);
      const expected = currentPath(page);
      // Both the language switcher and "Sign in" lead back to the page as it is, query included.
      assert.deepEqual({
        languageNext: await page.locator('footer.site form.languages input[name="next"]').inputValue(),
        signInNext: new URL(`${app.baseUrl}${await page.locator('header.site').getByRole('link', { name: 'Sign in' }).getAttribute('href')}`).searchParams.get('next'),
      }, { languageNext: expected, signInNext: expected });

      await submitWith(page, () => page.locator('footer.site form.languages').getByRole('button', { name: 'العربية' }).click());
      assert.deepEqual(await htmlAttributes(page), { lang: 'ar', dir: 'rtl' });
      assert.equal(currentPath(page), expected, 'back on the same search');
      assert.equal(await shownTotal(page), total);
    });
  });

  // --- The editorial workflow ------------------------------------------------------------

  const editorForm = (page: Page) => page.locator('form#field-form');
  const statusOf = (page: Page) => page.getByTestId('status');
  const recordIdOf = (page: Page) => {
    const match = /^\/knowledge\/editor\/records\/(\d+)/.exec(currentPath(page));
    assert.ok(match, currentPath(page));
    return Number(match[1]);
  };

  interface CaseFields { title: string; country: string; court: string; courtLevel: string; decisionDate: string; facts: string }

  /** Fills the "New case" form with what is required (the court only when given). */
  async function fillCaseForm(page: Page, fields: Partial<CaseFields>) {
    const form = editorForm(page);
    if (fields.title !== undefined) await form.locator('input[name="title.en"]').fill(fields.title);
    await form.getByLabel('Original language', { exact: true }).selectOption('en');
    if (fields.country !== undefined) await form.getByLabel('Country', { exact: true }).selectOption(fields.country);
    if (fields.court !== undefined) await form.getByLabel('Court', { exact: true }).fill(fields.court);
    if (fields.courtLevel !== undefined) await form.getByLabel('Court level', { exact: true }).selectOption(fields.courtLevel);
    if (fields.decisionDate !== undefined) await form.getByLabel('Date of decision', { exact: true }).fill(fields.decisionDate);
    await form.locator('[id="field-crimeTypes"]').getByRole('checkbox', { name: 'Trafficking in persons', exact: true }).check();
    await form.locator('[id="field-inclusion.allElementsPresent"]').getByRole('radio', { name: 'Yes', exact: true }).check();
    if (fields.facts !== undefined) await form.locator('textarea[name="factSummary.en"]').fill(fields.facts);
  }

  /** An editor's new case, saved and submitted for review through the pages; returns its id. */
  async function createAndSubmitCase(page: Page, fields: CaseFields): Promise<number> {
    await page.goto(`${app.baseUrl}/knowledge/editor/new/case`);
    await fillCaseForm(page, fields);
    const response = await submitWith(page, () => editorForm(page).getByRole('button', { name: 'Save the draft' }).click());
    assert.equal(response?.status(), 200, await textIfAny(page.locator('.error-summary')));
    const id = recordIdOf(page);
    await submitWith(page, () => page.locator('#workflow').getByRole('button', { name: 'Submit for review' }).click());
    assert.equal(await statusOf(page).innerText(), 'Submitted for review');
    return id;
  }

  it('takes a new case from the editor’s form through review to the public portal', async () => {
    const word = uniqueWord('Quorvex');
    const title = `The State v. X.Y. (${word} plantation)`;
    const fields: CaseFields = {
      title, country: 'KEN', court: 'High Court of Kenya at Mombasa', courtLevel: 'first_instance', decisionDate: '2024-05-06',
      facts: `Workers were recruited for the ${word} plantation and held there without pay.`,
    };

    const recordId = await withPage({}, async (page) => {
      await signIn(page, app.baseUrl, editor, TEST_PASSWORD, '/knowledge/editor');
      assert.equal(currentPath(page), '/knowledge/editor');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Editorial work');
      await submitWith(page, () => page.getByRole('link', { name: 'New case', exact: true }).click());
      assert.equal(currentPath(page), '/knowledge/editor/new/case');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'New case');

      // First with a date that is no date: the form comes back with the error and what was typed.
      await fillCaseForm(page, { ...fields, decisionDate: '6 May 2024' });
      const failed = await submitWith(page, () => editorForm(page).getByRole('button', { name: 'Save the draft' }).click());
      assert.equal(failed?.status(), 422);
      assert.equal(currentPath(page), '/knowledge/editor/new/case');
      const summary = page.locator('.error-summary');
      assert.equal(await summary.getAttribute('role'), 'alert');
      const summaryText = await summary.innerText();
      assert.match(summaryText, /Please correct the following/);
      assert.match(summaryText, /Date of decision: Enter a date as YYYY, YYYY-MM or YYYY-MM-DD/);
      assert.equal(await summary.getByRole('link').count(), 1, summaryText);
      assert.equal(await summary.getByRole('link', { name: /^Date of decision:/ }).getAttribute('href'), '#field-decisionDate');
      const form = editorForm(page);
      assert.equal(await form.getByLabel('Date of decision', { exact: true }).getAttribute('aria-invalid'), 'true');
      assert.equal(await form.getByLabel('Court', { exact: true }).inputValue(), fields.court);
      assert.equal(await form.locator('input[name="title.en"]').inputValue(), title);
      assert.equal(await form.getByLabel('Original language', { exact: true }).inputValue(), 'en');
      assert.equal(await form.getByLabel('Country', { exact: true }).inputValue(), 'KEN');
      assert.equal(await form.getByLabel('Court level', { exact: true }).inputValue(), 'first_instance');
      assert.equal(await form.getByLabel('Date of decision', { exact: true }).inputValue(), '6 May 2024');
      assert.equal(await form.locator('[id="field-crimeTypes"]').getByRole('checkbox', { name: 'Trafficking in persons', exact: true }).isChecked(), true);
      assert.equal(await form.locator('[id="field-inclusion.allElementsPresent"]').getByRole('radio', { name: 'Yes', exact: true }).isChecked(), true);
      assert.equal(await form.locator('textarea[name="factSummary.en"]').inputValue(), fields.facts);
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false), true);

      // Corrected and saved: a draft.
      await form.getByLabel('Date of decision', { exact: true }).fill(fields.decisionDate!);
      const saved = await submitWith(page, () => form.getByRole('button', { name: 'Save the draft' }).click());
      assert.equal(saved?.status(), 200);
      assert.match(currentPath(page), /^\/knowledge\/editor\/records\/\d+\?done=created$/);
      const id = recordIdOf(page);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), title);
      assert.match(await page.getByRole('status').first().innerText(), /The draft was saved\./);
      assert.equal(await statusOf(page).innerText(), 'Draft');
      assert.equal(await editorForm(page).getByLabel('Court', { exact: true }).inputValue(), fields.court);

      const workflow = page.locator('#workflow');
      assert.equal(await workflow.getByRole('button', { name: 'Publish' }).count(), 0, 'an editor cannot publish');
      await submitWith(page, () => workflow.getByRole('button', { name: 'Submit for review' }).click());
      assert.equal(currentPath(page), `/knowledge/editor/records/${id}?done=submitted`);
      assert.match(await page.getByRole('status').first().innerText(), /The record was submitted for review\./);
      assert.equal(await statusOf(page).innerText(), 'Submitted for review');
      assert.equal(await workflow.getByRole('button', { name: 'Submit for review' }).count(), 0);
      return id;
    });

    // Not public yet: search does not find it and its public page does not exist.
    await withPage({}, async (page) => {
      await page.goto(`${app.baseUrl}/knowledge`);
      await searchFor(page, word);
      assert.equal(await shownTotal(page), 0);
      assert.match(await page.locator('section.results').innerText(), /Nothing matches this search/);
      const hidden = await page.goto(`${app.baseUrl}/knowledge/records/${recordId}`);
      assert.equal(hidden?.status(), 404);
    });

    // A reviewer finds it in the queue and publishes it.
    await withPage({}, async (page) => {
      await signIn(page, app.baseUrl, reviewer, TEST_PASSWORD, '/knowledge/editor');
      assert.equal(currentPath(page), '/knowledge/editor');
      const row = page.getByTestId('work-queue').locator('tbody tr').filter({ hasText: title });
      assert.equal(await row.count(), 1);
      assert.match(await row.innerText(), /Submitted for review/);
      assert.equal(await page.getByRole('link', { name: 'New case', exact: true }).count(), 0, 'a reviewer does not write records');
      await submitWith(page, () => row.getByRole('link', { name: title }).click());
      assert.equal(currentPath(page), `/knowledge/editor/records/${recordId}`);
      assert.equal(await statusOf(page).innerText(), 'Submitted for review');
      const published = await submitWith(page, () => page.locator('#workflow').getByRole('button', { name: 'Publish', exact: true }).click());
      assert.equal(published?.status(), 200);
      assert.equal(currentPath(page), `/knowledge/editor/records/${recordId}?done=published`);
      assert.match(await page.getByRole('status').first().innerText(), /The record was published/);
      assert.equal(await statusOf(page).innerText(), 'Published');
    });

    // Now anyone finds it and reads it.
    await withPage({}, async (page) => {
      await page.goto(`${app.baseUrl}/knowledge`);
      await searchFor(page, word);
      assert.equal(await shownTotal(page), 1);
      const link = hitLinks(page);
      assert.equal((await link.innerText()).trim(), title);
      assert.equal(await link.getAttribute('href'), `/knowledge/records/${recordId}`);
      assert.ok(await page.locator('ol.hits p.snippet mark').count() >= 1, 'the word is highlighted in the facts');
      const response = await submitWith(page, () => link.click());
      assert.equal(response?.status(), 200);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), title);
      const facts = page.locator('dl.facts').first();
      assert.equal(await facts.locator('dt:text-is("Court") + dd').innerText(), `${fields.court} · First instance`);
      assert.equal(await facts.locator('dt:text-is("Country") + dd').innerText(), 'Kenya');
      assert.equal(await facts.locator('dt:text-is("Date of decision") + dd').innerText(), 'May 6, 2024');
      assert.match(await page.locator('main').innerText(), new RegExp(escapeRegExp(fields.facts)));
    });
  });

  it('lets a reviewer return a submitted record with a comment that the editor then reads', async () => {
    const word = uniqueWord('Brindle');
    const title = `Prosecutor v. Q.R. (${word} quarry)`;
    const comment = `Please add the case number and the charges of Q.R. (${word}).`;
    await withPage({}, async (editorPage) => {
      await signIn(editorPage, app.baseUrl, editor, TEST_PASSWORD, '/knowledge/editor');
      const recordId = await createAndSubmitCase(editorPage, {
        title, country: 'PER', court: 'Superior Court of Justice of Madre de Dios', courtLevel: 'appeal', decisionDate: '2023-11-20',
        facts: `Men were made to dig at the ${word} quarry.`,
      });

      await withPage({}, async (page) => {
        await signIn(page, app.baseUrl, reviewer, TEST_PASSWORD, `/knowledge/editor?status=submitted`);
        const row = page.getByTestId('work-queue').locator('tbody tr').filter({ hasText: title });
        await submitWith(page, () => row.getByRole('link', { name: title }).click());
        assert.equal(currentPath(page), `/knowledge/editor/records/${recordId}`);
        const workflow = page.locator('#workflow');
        await workflow.getByLabel('Comment for the editor').fill(comment);
        const response = await submitWith(page, () => workflow.getByRole('button', { name: 'Return to the editor' }).click());
        assert.equal(response?.status(), 200);
        assert.equal(currentPath(page), `/knowledge/editor/records/${recordId}?done=returned`);
        assert.match(await page.getByRole('status').first().innerText(), /The record was returned to the editor with your comment\./);
        assert.equal(await statusOf(page).innerText(), 'Returned to the editor');
        assert.equal(await workflow.getByRole('button', { name: 'Publish', exact: true }).count(), 0);
      });

      // The editor, in their own browser, reads the comment on the record and in the queue.
      await editorPage.goto(`${app.baseUrl}/knowledge/editor/records/${recordId}`);
      assert.equal(await statusOf(editorPage).innerText(), 'Returned to the editor');
      assert.equal((await editorPage.getByTestId('review-comment').innerText()).trim(), comment);
      assert.match(await editorPage.locator('.notice.warning').first().innerText(), /Comment from the reviewer/);
      assert.equal(await editorPage.locator('#workflow').getByRole('button', { name: 'Submit for review' }).count(), 1, 'the editor can submit again');

      await editorPage.goto(`${app.baseUrl}/knowledge/editor?status=returned`);
      const row = editorPage.getByTestId('work-queue').locator('tbody tr').filter({ hasText: title });
      assert.equal(await row.count(), 1);
      assert.match(await row.innerText(), new RegExp(`Comment from the reviewer: ${escapeRegExp(comment)}`));

      // Still not public.
      const hidden = await editorPage.goto(`${app.baseUrl}/knowledge/records/${recordId}`);
      assert.equal(hidden?.status(), 404);
    });
  });
});
