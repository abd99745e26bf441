import { it } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { describeEachDriver } from '../support/databases.ts';
import { TEST_ACTOR } from '../support/server.ts';
import { generateLongRows } from '../../bench/generate-statistics-long.ts';
import { importLongFile, parseLongFile } from '../../src/statistics/long-import.ts';
import { ImportRejected } from '../../src/core/files/import-problems.ts';
import { exportLongFile, publishedLongRows } from '../../src/statistics/long-export.ts';
import { LONG_COLUMNS, type LongRow } from '../../src/statistics/long-format.ts';
import { readTable } from '../../src/core/files/read-table.ts';
import { listPublished } from '../../src/statistics/repository.ts';
import { verifyAuditChain } from '../../src/core/audit/verify.ts';
import type { Actor } from '../../src/core/access/actor.ts';

const csv = (rows: LongRow[], columns: readonly string[] = LONG_COLUMNS) =>
  new Uint8Array(Buffer.from(stringify([[...columns], ...rows.map((row) => columns.map((column) => (row as Record<string, string>)[column] ?? ''))])));

const canonical = (rows: Record<string, string>[]) => rows.map((row) => LONG_COLUMNS.map((column) => row[column]).join('\u0001')).sort();

const row = (overrides: Partial<LongRow> = {}): LongRow => ({
  Iso3_code: 'MWI', Country: 'Malawi', Region: 'Africa', Subregion: 'Sub-Saharan Africa', Indicator: 'Detected trafficking victims',
  Dimension: 'Total', Category: 'Total', Sex: 'Total', Age: 'Total', Year: '2019', 'Unit of measurement': 'Counts', txtVALUE: '12', Source: 'Police',
  ...overrides,
});

describeEachDriver('statistics long format', (use) => {
  it('round-trips a generated file of 47,000 rows losslessly: the same rows, <5 and thousands separators kept', { timeout: 240_000 }, async () => {
    const { db } = use();
    const rows = generateLongRows({ targetRows: 47_000 });
    assert.ok(rows.length >= 40_000);
    assert.ok(rows.some((item) => item.txtVALUE === '<5'), 'the file has suppressed counts');
    assert.ok(rows.some((item) => /^\d{1,3}(,\d{3})+$/.test(item.txtVALUE)), 'the file has thousands separators');
    const report = await importLongFile(db, TEST_ACTOR, { bytes: csv(rows), filename: 'data_glotip.csv' });
    assert.equal(report.rows, rows.length);
    assert.ok(report.unmapped >= 2, 'Abroad and Serbia and Montenegro are kept, flagged');
    const exported = await exportLongFile(db, 'csv');
    const table = await readTable(new Uint8Array(exported.bytes), 'csv');
    assert.deepEqual(table.columns, [...LONG_COLUMNS]);
    assert.deepEqual(canonical(table.rows.map((item) => item.values)), canonical(rows));
    const abroad = (await listPublished(db, { countries: ['SCG'] })).find((value) => value.category === '~Abroad');
    assert.equal(abroad?.state, 'suppressed');
    assert.equal(abroad?.categoryMapped, false);
    // Importing the export again publishes a second revision with the same values.
    await importLongFile(db, TEST_ACTOR, { bytes: new Uint8Array(exported.bytes), filename: 'again.csv' });
    assert.deepEqual(canonical((await publishedLongRows(db)) as unknown as Record<string, string>[]), canonical(rows));
    const revisions = await db.selectFrom('st_revisions').select('revision').where('revision', '=', 2).execute();
    assert.equal(revisions.length, report.countryYears, 'every country-year kept its first revision and got a second');
  });

  it('reads and writes the XLSX version with its two preamble lines', { timeout: 120_000 }, async () => {
    const { db } = use();
    const exported = await exportLongFile(db, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.getRow(3).getCell(1).value, 'Iso3_code', 'the header is on the third line');
    const parsed = await parseLongFile(new Uint8Array(exported.bytes), 'export.xlsx');
    assert.equal(parsed.rows, exported.rows);
  });

  it('refuses bad files with the row and column of each problem, and commits nothing', async () => {
    const { db } = use();
    const before = await db.selectFrom('st_revision_values').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const bad = [
      row({ Country: 'Niger', Iso3_code: 'NER' }),
      row({ Indicator: 'Persons arrested' }),
      row({ txtVALUE: '-4' }),
      row({ txtVALUE: 'twelve' }),
      row({ txtVALUE: '3.5' }),
      row({ Sex: 'Woman' }),
      row({ Year: '19' }),
      row({ Country: 'Niger', Iso3_code: 'NER' }),
    ];
    await assert.rejects(importLongFile(db, TEST_ACTOR, { bytes: csv(bad), filename: 'bad.csv' }), (error: ImportRejected) => {
      assert.ok(error instanceof ImportRejected);
      assert.deepEqual(error.problems.map((problem) => [problem.row, problem.column, problem.message]), [
        [3, 'Indicator', 'statistics.error.unknown_indicator'],
        [4, 'txtVALUE', 'statistics.error.negative'],
        [5, 'txtVALUE', 'statistics.error.not_a_count'],
        [6, 'txtVALUE', 'statistics.error.not_integer'],
        [7, 'Sex', 'statistics.error.unknown_sex'],
        [8, 'Year', 'statistics.error.year'],
        [9, 'Category', 'statistics.error.duplicate_row'],
      ]);
      return true;
    });
    await assert.rejects(importLongFile(db, TEST_ACTOR, { bytes: csv([row()], LONG_COLUMNS.filter((column) => column !== 'Sex')), filename: 'cols.csv' }),
      (error: ImportRejected) => error.problems.some((problem) => problem.column === 'Sex' && problem.message === 'statistics.error.missing_column'));
    const knowledgeExport = new Uint8Array(Buffer.from('external_id,title_en,country\ncase-1,A case,ITA\n'));
    await assert.rejects(importLongFile(db, TEST_ACTOR, { bytes: knowledgeExport, filename: 'cases.csv' }),
      (error: ImportRejected) => error.problems.some((problem) => problem.column === 'Iso3_code'));
    await assert.rejects(importLongFile(db, TEST_ACTOR, { bytes: new Uint8Array(Buffer.from('%PDF-1.4 binary')), filename: 'report.pdf' }),
      (error: { code: string }) => error.code === 'unsupported_format');
    const after = await db.selectFrom('st_revision_values').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n), 'nothing committed');
    assert.ok((await verifyAuditChain(db)).ok);
  });

  it('is for the command line only', async () => {
    const { db } = use();
    const reviewer: Actor = { kind: 'user', id: 1, email: 'r@example.org', displayName: 'R', grants: [{ role: 'reviewer', countries: null }] };
    await assert.rejects(importLongFile(db, reviewer, { bytes: csv([row()]), filename: 'one.csv' }), (error: { code: string }) => error.code === 'forbidden');
  });
});
