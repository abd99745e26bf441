import { it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describeEachDriver } from '../support/databases.ts';
import { importHtcds } from '../../src/case-data/import.ts';
import { ImportRejected } from '../../src/core/files/import-problems.ts';
import { exportHtcds } from '../../src/case-data/export.ts';
import { HTCDS_COLUMNS } from '../../src/case-data/htcds/columns.ts';
import type { Actor } from '../../src/core/access/actor.ts';
import type { CellProblem } from '../../src/case-data/record.ts';
import { htcdsCsv, ROLL_UP_ROWS } from './fixtures.ts';

const system: Actor = { kind: 'system', label: 'test' };
const focal = (country: string): Actor => ({ kind: 'user', id: 1, email: `focal.${country}@example.org`, displayName: 'f', grants: [{ role: 'focal_point', countries: [country] }] });

async function exported(db: Parameters<typeof exportHtcds>[0], country: string, format: 'csv' | 'xlsx' = 'csv'): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of exportHtcds(db, system, country, format)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function rejection(promise: Promise<unknown>): Promise<CellProblem[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportRejected) return error.problems;
    throw error;
  }
  assert.fail('the import was accepted');
}

const has = (problems: CellProblem[], row: number, column: string, message: string) =>
  assert.ok(problems.some((problem) => problem.row === row && problem.column === column && problem.message === message), `expected ${message} at row ${row}, ${column}; got ${JSON.stringify(problems)}`);

describeEachDriver('case-data import and export', (use) => {
  const count = async () => Number((await use().db.selectFrom('cd_persons').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('imports a file, audits it once with its hash, and exports it back with the standard\'s columns', async () => {
    const bytes = htcdsCsv(ROLL_UP_ROWS);
    const report = await importHtcds(use().db, system, { bytes, filename: 'cases.csv' });
    assert.deepEqual({ cases: report.cases, persons: report.persons, replaced: report.replacedCases }, { cases: 4, persons: ROLL_UP_ROWS.length, replaced: 0 });
    const audit = await use().db.selectFrom('audit_log').selectAll().where('action', '=', 'case_data.import').execute();
    assert.equal(audit.length, 1);
    assert.equal((audit[0].after as { sha256: string }).sha256, report.sha256);
    assert.ok(!JSON.stringify(audit[0].after).includes('Feminine'), 'no case data in the audit log');

    const csv = parse(await exported(use().db, 'MWI'), { columns: true, bom: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(csv[0]), [...HTCDS_COLUMNS]);
    assert.equal(csv.length, ROLL_UP_ROWS.filter((row) => row.ari_RecordingCountry === 'MWI').length);
    const v3 = csv.find((row) => row.ari_CaseId === 'C1' && row.ari_PersonId === 'V3');
    assert.equal(v3?.vic_TypeOfExploitation, 'SexualExploitation;ForcedLabour');
    const v1 = csv.find((row) => row.ari_CaseId === 'C1' && row.ari_PersonId === 'V1');
    assert.equal(v1?.hte_Recruitment_Country, 'MWI', 'an ISO2 code is stored as ISO3');
    assert.equal(v1?.hte_Exploitation_Country, 'MWI', 'a country name is read as its code');
  });

  it('re-imports its own export as the same records (cases replaced, not doubled)', async () => {
    const before = await exported(use().db, 'MWI');
    const report = await importHtcds(use().db, focal('MWI'), { bytes: before, filename: 'again.csv' }, { country: 'MWI' });
    assert.equal(report.replacedCases, 3);
    assert.equal(await count(), ROLL_UP_ROWS.length);
    assert.equal((await exported(use().db, 'MWI')).toString('utf8'), before.toString('utf8'));
  });

  it('reads and writes XLSX', async () => {
    const xlsx = await exported(use().db, 'MWI', 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    assert.equal(workbook.worksheets[0].getRow(1).getCell(1).value, 'ari_RecordingCountry');
    const report = await importHtcds(use().db, system, { bytes: xlsx, filename: 'cases.xlsx' }, { country: 'MWI' });
    assert.equal(report.persons, ROLL_UP_ROWS.length - 1);
  });

  it('keeps an event place it cannot map to a country, flagged', async () => {
    const rows = [{ ...ROLL_UP_ROWS[0], ari_CaseId: 'F1', hte_Transit_Country: 'Border crossing near Mwanza' }];
    const report = await importHtcds(use().db, system, { bytes: htcdsCsv(rows), filename: 'f.csv' });
    assert.equal(report.flaggedPersons, 1);
    const person = await use().db.selectFrom('cd_persons as p').innerJoin('cd_cases as c', 'c.id', 'p.case_id').select(['p.transit_place', 'p.transit_country', 'p.flags']).where('c.case_ref', '=', 'F1').executeTakeFirstOrThrow();
    assert.deepEqual(person, { transit_place: 'Border crossing near Mwanza', transit_country: null, flags: ['hte_Transit_Country'] });
  });

  it('refuses a file with bad rows, naming row and column, and imports nothing of it', async () => {
    const before = await count();
    const good = ROLL_UP_ROWS.slice(0, 3).map((row) => ({ ...row, ari_CaseId: `B-${row.ari_CaseId}` }));
    const rows = [
      ...good,
      { ...ROLL_UP_ROWS[0], ari_CaseId: 'B-X', vic_TypeOfExploitation: 'ForcedLabour;Smuggling' },
      { ...ROLL_UP_ROWS[0], ari_CaseId: 'B-Y', ari_IdentificationDate: '2022-02-30' },
      { ...ROLL_UP_ROWS[0], ari_CaseId: 'B-Z', prs_Citizenship: 'MWI;XYZ' },
      { ...ROLL_UP_ROWS[3], ari_CaseId: 'B-W', vic_TypeOfExploitation: 'ForcedLabour' },
      { ...ROLL_UP_ROWS[0], ari_CaseId: 'B-C1' },
      { ...ROLL_UP_ROWS[1], ari_CaseId: 'B-C1', org_Type: 'NGO' },
      { ...ROLL_UP_ROWS[0], ari_CaseId: 'B-V', prs_Gender: 'Female', vic_AgeWhenTrafficked: 'twelve', ari_IdentificationDate: '2999-01-01' },
    ];
    // Batches of two rows: the good rows are written before the bad ones are read, and rolled back.
    const problems = await rejection(importHtcds(use().db, system, { bytes: htcdsCsv(rows), filename: 'bad.csv' }, { batchSize: 2 }));
    has(problems, 5, 'vic_TypeOfExploitation', 'case_data.error.unknown_value');
    has(problems, 6, 'ari_IdentificationDate', 'case_data.error.date');
    has(problems, 7, 'prs_Citizenship', 'case_data.error.unknown_country');
    has(problems, 8, 'vic_TypeOfExploitation', 'case_data.error.victim_only');
    has(problems, 9, 'ari_PersonId', 'case_data.error.duplicate_person');
    has(problems, 10, 'org_Type', 'case_data.error.case_differs');
    has(problems, 11, 'prs_Gender', 'case_data.error.unknown_value');
    has(problems, 11, 'vic_AgeWhenTrafficked', 'case_data.error.age');
    has(problems, 11, 'ari_IdentificationDate', 'case_data.error.future_date');
    assert.equal(await count(), before, 'nothing imported, not even the good rows');
  });

  it('refuses wrong columns, another kind of file, and another country\'s rows', async () => {
    const db = use().db;
    const wrong = await rejection(importHtcds(db, system, { bytes: htcdsCsv([{ ari_CaseId: 'A' }], ['ari_CaseId', 'ari_PersonRole', 'Victim sex']), filename: 'w.csv' }));
    has(wrong, 1, 'Victim sex', 'case_data.error.unknown_column');
    has(wrong, 1, 'ari_PersonId', 'case_data.error.missing_column');
    const longFormat = Buffer.from('Iso3_code,Country,Indicator,Year,txtVALUE\nMWI,Malawi,Persons convicted,2020,12\n');
    has(await rejection(importHtcds(db, system, { bytes: longFormat, filename: 'long.csv' })), 1, 'file', 'case_data.error.not_htcds');
    await assert.rejects(importHtcds(db, system, { bytes: Buffer.from('%PDF-1.7\n\xff\xfe\x00binary'), filename: 'scan.pdf' }), { code: 'unsupported_format' });
    await assert.rejects(importHtcds(db, system, { bytes: Buffer.from([0x25, 0x50, 0xff, 0xfe, 0x0a]), filename: 'fake.csv' }), { code: 'file_not_utf8' });
    await assert.rejects(importHtcds(db, system, { bytes: htcdsCsv(ROLL_UP_ROWS), filename: 'x.xlsx' }), { code: 'file_unreadable' });
    const other = await rejection(importHtcds(db, focal('MWI'), { bytes: htcdsCsv(ROLL_UP_ROWS), filename: 'all.csv' }, { country: 'MWI' }));
    has(other, ROLL_UP_ROWS.length + 1, 'ari_RecordingCountry', 'case_data.error.country_mismatch');
  });

  it('lets a focal point import only for their own country', async () => {
    await assert.rejects(importHtcds(use().db, focal('NER'), { bytes: htcdsCsv(ROLL_UP_ROWS.slice(0, 1)), filename: 'x.csv' }, { country: 'MWI' }), { code: 'forbidden' });
    await assert.rejects(importHtcds(use().db, focal('NER'), { bytes: htcdsCsv(ROLL_UP_ROWS.slice(0, 1)), filename: 'x.csv' }), { code: 'country_required' });
    const reviewer: Actor = { kind: 'user', id: 2, email: 'r@example.org', displayName: 'r', grants: [{ role: 'reviewer', countries: null }] };
    await assert.rejects(importHtcds(use().db, reviewer, { bytes: htcdsCsv(ROLL_UP_ROWS.slice(0, 1)), filename: 'x.csv' }, { country: 'MWI' }), { code: 'forbidden' });
    const chunks = exportHtcds(use().db, focal('NER'), 'MWI', 'csv');
    await assert.rejects(chunks.next(), { code: 'forbidden' });
  });
});
