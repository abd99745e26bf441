import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describeEachDriver } from '../support/databases.ts';
import { addUser, startServer } from '../support/server.ts';
import { signedInClient } from '../support/http-client.ts';
import { uniqueEmail } from '../support/databases.ts';
import { runAriadne, showResult } from '../support/cli.ts';
import { importRecords } from '../../src/knowledge/import.ts';
import { exportStream } from '../../src/knowledge/export.ts';
import { searchPublished, type SearchRequest } from '../../src/knowledge/search/search.ts';
import { getVersion } from '../../src/knowledge/repository.ts';
import type { CaseData } from '../../src/knowledge/schemas.ts';
import { headerOf, recordToRow } from '../../src/knowledge/columns.ts';
import { caseInput } from '../../src/knowledge/schemas.ts';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readSherlocSample, SHARED_SHERLOC_SAMPLE, SHERLOC_SAMPLE, SHERLOC_SAMPLE_SHA256, sherlocToImport } from './sherloc.ts';
import { EDITOR } from './fixtures.ts';

const records = readSherlocSample();
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const cases = (extra: Partial<SearchRequest> = {}): SearchRequest => ({ q: '', filters: { kind: ['case'] }, sort: 'date', page: 1, pageSize: 500, ...extra });

it('reads the real SHERLOC file unchanged: the copy in the repository is the shared one, byte for byte', () => {
  const sha256 = (file: URL) => createHash('sha256').update(readFileSync(file)).digest('hex');
  assert.equal(sha256(SHERLOC_SAMPLE), SHERLOC_SAMPLE_SHA256);
  if (existsSync(SHARED_SHERLOC_SAMPLE)) assert.equal(sha256(SHARED_SHERLOC_SAMPLE), SHERLOC_SAMPLE_SHA256);
});

describeEachDriver('real SHERLOC case records, as published', (use) => {
  let ids: number[] = [];

  it('imports all 200 with no problem: year-only and missing dates, no court, a country named only by its jurisdiction, one number on two cases', async () => {
    const { db } = use();
    assert.equal(records.length, 200);
    const report = await importRecords(db, EDITOR, 'case', { bytes: bytesOf(records.map(sherlocToImport)), filename: 'sherloc.json' }, { publish: true });
    assert.deepEqual([report.created, report.updated, report.published], [200, 0, 200]);
    ids = report.ids;
    // USA174 is two different cases in SHERLOC: both kept, and the report says so with the other title.
    const shared = records.filter((record) => record.external_id === 'USA174');
    assert.equal(shared.length, 2);
    assert.equal(report.warnings.length, 1);
    assert.equal(report.warnings[0].message, 'error.shared_external_id');
    assert.equal(report.warnings[0].params?.title, shared[0].title);
    assert.equal(report.warnings[0].params?.other, shared[1].title);

    const stored = await Promise.all(ids.map(async (id) => (await getVersion(db, id, 1))!.data as CaseData));
    stored.forEach((data, index) => {
      const source = records[index];
      assert.equal(data.decisionDate, source.year === null ? undefined : String(source.year), `${source.external_id}: the date as given, no day invented`);
      assert.equal(data.court, undefined);
      assert.equal(data.courtLevel, 'not_stated');
      assert.equal(data.inclusion, undefined);
      assert.deepEqual(data.victims, []);
      if (source.country) assert.deepEqual([data.country, data.countryFromJurisdiction], [source.country, false]);
    });
    const derived = stored.filter((data, index) => !records[index].country);
    assert.equal(derived.length, 12);
    assert.deepEqual(derived.map((data) => `${data.jurisdiction}=${data.country}:${data.countryFromJurisdiction}`).sort(), [
      ...Array(3).fill('Argentina=ARG:true'), 'Brazil=BRA:true', 'Cambodia=KHM:true', ...Array(2).fill('Romania=ROU:true'), ...Array(5).fill('United States of America=USA:true'),
    ]);
  });

  it('filters by year and sorts by date on what is known: undated decisions last', async () => {
    const { db } = use();
    const in2010 = records.filter((record) => record.year === 2010).length;
    assert.ok(in2010 > 0);
    assert.equal((await searchPublished(db, cases({ yearFrom: 2010, yearTo: 2010 }), 'en')).total, in2010);
    const dated = records.filter((record) => record.year !== null).length;
    assert.equal((await searchPublished(db, cases({ yearFrom: 1900, yearTo: 2100 }), 'en')).total, dated, 'undated records have no year to filter on');
    const all = await searchPublished(db, cases(), 'en');
    assert.equal(all.total, 200);
    const years = all.results.map((hit) => hit.year);
    const firstUndated = years.indexOf(null);
    assert.ok(firstUndated > 0 && years.slice(firstUndated).every((year) => year === null), 'undated last');
    const known = years.slice(0, firstUndated) as number[];
    assert.deepEqual(known, [...known].sort((a, b) => b - a), 'newest first');
  });

  it('shows on its page and in its citation only what the record states', async () => {
    const server = await startServer(use());
    try {
      const page = async (index: number, language = 'en') => (await (await fetch(`${server.baseUrl}/knowledge/records/${ids[index]}`, { headers: { 'Accept-Language': language } })).text());
      const yearOnly = records.findIndex((record) => record.year !== null && record.country);
      const text = await page(yearOnly);
      assert.match(text, new RegExp(`<dd>${records[yearOnly].year}</dd>`), 'the year as written');
      assert.doesNotMatch(text, /January|Jan 1/);
      assert.match(text, /<dt>Court<\/dt><dd><span class="not-stated">Not stated<\/span><\/dd>/);
      assert.match(text, /Victims: not stated/);
      assert.match(text, /Defendants: not stated/);
      assert.doesNotMatch(text, /0 victims/);
      const citation = text.match(/<textarea id="citation"[^>]*>([^<]*)<\/textarea>/)![1];
      assert.match(citation, new RegExp(`, ${records[yearOnly].year}, `));

      const undated = records.findIndex((record) => record.year === null);
      const undatedText = await page(undated);
      assert.match(undatedText, /<dt>Date of decision<\/dt><dd><span class="not-stated">Not stated<\/span><\/dd>/);
      assert.match(undatedText.match(/<textarea id="citation"[^>]*>([^<]*)<\/textarea>/)![1], /date not stated/);

      const usa = records.findIndex((record) => !record.country && record.jurisdiction === 'United States of America');
      const french = await page(usa, 'fr');
      assert.match(french, /déduit de la juridiction indiquée par la source/);
      assert.match(french, /href="\/knowledge\/countries\/USA"/);
    } finally {
      await server.close();
    }
  });

  it('lists for editors the records to check: a number two cases share, a jurisdiction that names no country', async () => {
    const { db } = use();
    const atlantis = { ...sherlocToImport(records[0]), externalId: 'ATLx001', title: { en: 'People v. Nobody' }, country: undefined, jurisdiction: 'Atlantis' };
    const [atlantisId] = (await importRecords(db, EDITOR, 'case', { bytes: bytesOf([atlantis]), filename: 'atlantis.json' }, { publish: false })).ids;
    const server = await startServer(use());
    try {
      const email = uniqueEmail('editor');
      await addUser(use(), email, ['editor']);
      const editor = await signedInClient(server.baseUrl, email);
      const page = await (await editor.get('/knowledge/editor?status=check')).text();
      const listed = [...page.matchAll(/href="\/knowledge\/editor\/records\/(\d+)"/g)].map((match) => Number(match[1])).sort((a, b) => a - b);
      const shared = ids.filter((_, index) => records[index].external_id === 'USA174');
      assert.deepEqual(listed, [...shared, atlantisId].sort((a, b) => a - b));
      assert.match(page, /The jurisdiction “Atlantis” names no country that could be recognised/);
      assert.equal((page.match(/Another record has the number USA174/g) ?? []).length, 2);
    } finally {
      await server.close();
    }
  });

  it('exports what it imported and takes the export back as updates of the same 200 records', async () => {
    const { db } = use();
    const csv = (await buffer(exportStream(db, cases(), 'csv', 'https://ariadne.example.org'))).toString('utf8');
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    assert.equal(rows.length, 200);
    const byId = new Map(rows.map((row) => [row.id, row]));
    ids.forEach((id, index) => {
      const row = byId.get(String(id))!;
      assert.equal(row.decision_date, records[index].year === null ? '' : String(records[index].year));
      assert.equal(row.court, '');
      assert.equal(row.victims, '');
    });
    const report = await importRecords(db, EDITOR, 'case', { bytes: new TextEncoder().encode(csv), filename: 'export.csv' }, { publish: true });
    assert.deepEqual([report.created, report.updated], [0, 200], 'both cases numbered USA174 found again by their titles');
    assert.deepEqual(new Set(report.ids), new Set(ids));
  });

  it('reads a spreadsheet whose decision year is a number cell', async () => {
    const { db } = use();
    const sample = records.filter((record) => record.year !== null).slice(0, 3).map((record) => ({ ...sherlocToImport(record), externalId: `xlsx-${record.external_id}` }));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('cases');
    const header = headerOf('case');
    sheet.addRow(header);
    for (const record of sample) {
      const cells = recordToRow('case', caseInput.parse(record) as unknown as Record<string, unknown>);
      sheet.addRow(header.map((column) => (column === 'decision_date' ? Number(cells[column]) : cells[column] ?? '')));
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await importRecords(db, EDITOR, 'case', { bytes, filename: 'cases.xlsx' }, { publish: false });
    const dates = await Promise.all(report.ids.map(async (id) => ((await getVersion(db, id, 1))!.data as CaseData).decisionDate));
    assert.deepEqual(dates, sample.map((record) => String((record as { decisionDate?: number }).decisionDate)));
  });
});

it('the command line groups the problems of a refused real file and writes every one with --problems', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ariadne-sherloc-'));
  // The real records with a made-up crime type and a decision "date" that is no date on two rows.
  const broken = records.map(sherlocToImport).map((record, index) => ({ ...record, crimeTypes: ['trafficing'], ...(index === 4 || index === 5 ? { decisionDate: '2010-13' } : {}) }));
  const file = join(dir, 'sherloc.json');
  writeFileSync(file, JSON.stringify(broken));
  const problemsFile = join(dir, 'problems.csv');
  const result = await runAriadne(['import', 'cases', file, '--problems', problemsFile], { DATA_DIR: join(dir, 'data') });
  assert.equal(result.code, 1, showResult(result));
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines[0], '202 problems of 2 kinds:', showResult(result));
  assert.match(lines[1], /^ {2}crimeTypes\.0: .* \(200 rows 1-200\)$/);
  assert.match(lines[2], /^ {2}decisionDate: Enter a date as YYYY, YYYY-MM or YYYY-MM-DD .* \(2 rows 5-6\)$/);
  assert.ok(result.stderr.length < 200, `one short error line: ${result.stderr}`);
  const written = parse(readFileSync(problemsFile, 'utf8'), { columns: true }) as { row: string; column: string; problem: string }[];
  assert.equal(written.length, 202);
  assert.deepEqual(written[0], { row: '1', column: 'crimeTypes.0', problem: written[0].problem });
});
