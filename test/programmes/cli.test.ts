import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runAriadne, type CliResult } from '../support/cli.ts';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPGlite } from '../../src/core/db/connect.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { headerOf } from '../../src/programmes/columns.ts';
import { EXPECTED, loadFixture } from './fixture.ts';

type Result = CliResult;

/** `ariadne ...args` as an operator runs it, on the embedded database in dataDir. */
const ariadne = runAriadne;

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

describe('ariadne import/export/report for programmes (PGlite DATA_DIR)', { timeout: 300_000 }, () => {
  let dir: string;
  let env: Record<string, string>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ariadne-programmes-'));
    env = { DATA_DIR: join(dir, 'data') };
    const database = await openPGlite(env.DATA_DIR);
    await migrate(database.db);
    await loadFixture(database.db);
    await database.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports activities all or nothing, printing each bad row and field', async () => {
    const header = headerOf('activities');
    const row = (values: Record<string, string>) => header.map((column) => values[column] ?? '').join(',');
    const good = { type: 'workshop', title: 'CLI workshop', start_date: '2022-03-01', end_date: '2022-03-01', scope: 'national', countries: 'KEN', status: 'published' };
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, [header.join(','), row({ ...good, external_id: 'CLI-1' }), row({ ...good, external_id: 'CLI-2', type: 'picnic' })].join('\n'));
    const refused = await ariadne(['import', 'activities', bad], env);
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stdout, /  type: .*\(row 3\)/);
    assert.match(refused.stderr, /^ariadne: The file was not imported: 1 problem/m);
    const file = join(dir, 'good.csv');
    writeFileSync(file, [header.join(','), row({ ...good, external_id: 'CLI-1' })].join('\n'));
    const imported = await ariadne(['import', 'activities', file], env);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /imported 1 activities rows .*: 1 new, 0 updated/);
    const exported = join(dir, 'out.csv');
    const exportRun = await ariadne(['export', 'activities', exported, '--year', '2022'], env);
    assert.equal(exportRun.code, 0, exportRun.stderr);
    const text = readFileSync(exported, 'utf8');
    assert.match(text, /CLI-1,workshop,CLI workshop/);
    assert.match(text, /A14,training/);
    assert.doesNotMatch(text, /A1,training/, 'only 2022');
  });

  it('report impact prints the figures and writes a PDF whose text holds them', async () => {
    const pdf = join(dir, 'review.pdf');
    const run = await ariadne(['report', 'impact', '--year', '2021', '--pdf', pdf], env);
    assert.equal(run.code, 0, run.stderr);
    const expected = EXPECTED.all2021;
    assert.match(run.stdout, new RegExp(`${expected.countriesSupported} countries supported; ${expected.trained.total} people trained \\(18 female, 22 male, 23 unknown\\)`));
    assert.ok(statSync(pdf).size > 10_000, 'a non-empty PDF');
    const bytes = readFileSync(pdf);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    const text = await pdfText(bytes);
    assert.match(text, /2021: a year in review/);
    for (const [figure, label] of [
      [expected.countriesSupported, 'Countries supported'], [expected.trained.total, 'People trained'], [expected.countriesLegislative, 'Countries provided with assistance in the drafting'],
      [expected.technicalCooperation, 'Technical cooperation activities'], [expected.eventsOrganized, 'Events organized'], [expected.investigations, 'Investigations into cases'],
    ] as const) {
      assert.match(text, new RegExp(`${figure} ${label}`), `${figure} ${label} in the PDF`);
    }
    assert.match(text, /18 female, 22 male and 23 at events with no gender breakdown/);
    assert.match(text, /attended by 80 participants/);
    assert.doesNotMatch(text, /Sign in|Knowledge portal/, 'no site navigation in print');
  });

  it('a programme\'s report, and clear errors for an unknown programme or a missing Chromium', async () => {
    const pdf = join(dir, 'track.pdf');
    const run = await ariadne(['report', 'impact', '--year', '2021', '--programme', 'TRACK4TIP', '--pdf', pdf], env);
    assert.equal(run.code, 0, run.stderr);
    const text = await pdfText(readFileSync(pdf));
    assert.match(text, /TRACK4TIP: Fixture initiative/);
    assert.match(text, new RegExp(`${EXPECTED.track4tip.countriesSupported} Countries supported`));
    const unknown = await ariadne(['report', 'impact', '--year', '2021', '--programme', 'NOPE'], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown programme NOPE/);
    const missing = await ariadne(['report', 'impact', '--year', '2021', '--pdf', join(dir, 'x.pdf')], { ...env, CHROMIUM_PATH: join(dir, 'no-chromium') });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Chromium is needed to print the PDF and was not found/);
    assert.equal((await ariadne(['report', 'impact'], env)).code, 2);
  });
});
