import { it } from 'node:test';
import assert from 'node:assert/strict';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { describeEachDriver } from '../support/databases.ts';
import { importRecords } from '../../src/knowledge/import.ts';
import { ImportRejected } from '../../src/core/files/import-problems.ts';
import { exportStream } from '../../src/knowledge/export.ts';
import { headerOf, recordToRow } from '../../src/knowledge/columns.ts';
import { caseInput } from '../../src/knowledge/schemas.ts';
import { getPublished } from '../../src/knowledge/repository.ts';
import { searchPublished, type SearchRequest } from '../../src/knowledge/search/search.ts';
import { writeSearchDocuments } from '../../src/knowledge/search-documents.ts';
import { project } from '../../src/knowledge/projection.ts';
import type { RecordData } from '../../src/knowledge/schemas.ts';
import { sql } from 'kysely';
import { caseRecord, EDITOR, legislationRecord } from './fixtures.ts';

const json = (records: unknown[]) => new TextEncoder().encode(JSON.stringify(records));
const everything = (kind: string): SearchRequest => ({ q: '', filters: { kind: [kind] }, sort: 'date', page: 1, pageSize: 1 });
const countRecords = async (db: Parameters<typeof importRecords>[0]) => Number((await db.selectFrom('kn_records').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

function csvOf(records: Record<string, unknown>[]): Uint8Array {
  const header = headerOf('case');
  const rows = records.map((record) => {
    const cells = recordToRow('case', caseInput.parse(record) as unknown as Record<string, unknown>);
    return header.map((column) => cells[column] ?? '');
  });
  return new TextEncoder().encode(stringify([header, ...rows]));
}

describeEachDriver('knowledge import and export', (use) => {
  it('refuses a CSV with one bad row, names the row and column, and writes nothing', async () => {
    const { db } = use();
    const before = await countRecords(db);
    const good = csvOf([caseRecord({ externalId: 'csv-1' }), caseRecord({ externalId: 'csv-2' })]);
    const text = new TextDecoder().decode(good).replace('csv-2', 'csv-2').split('\n');
    // Break row 3 (the second record): an unknown form of exploitation.
    text[2] = text[2].replace('forced_labour', 'forced_labor');
    const bad = new TextEncoder().encode(text.join('\n'));
    await assert.rejects(importRecords(db, EDITOR, 'case', { bytes: bad, filename: 'cases.csv' }, { publish: false }), (error: ImportRejected) => {
      assert.ok(error instanceof ImportRejected);
      assert.deepEqual(error.problems.map((problem) => [problem.row, problem.column, problem.message]), [[3, 'purposes', 'error.not_allowed_value']]);
      return true;
    });
    assert.equal(await countRecords(db), before, 'nothing written');
    const report = await importRecords(db, EDITOR, 'case', { bytes: good, filename: 'cases.csv' }, { publish: false });
    assert.equal(report.created, 2);
  });

  it('refuses malformed files with a clear reason', async () => {
    const { db } = use();
    const attempt = (bytes: Uint8Array, filename: string) => importRecords(db, EDITOR, 'case', { bytes, filename }, { publish: false });
    await assert.rejects(attempt(new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xe9, 0x74, 0xe9, 0x0a]), 'latin1.csv'), (error: { code: string; params: { line: number } }) => error.code === 'file_not_utf8' && error.params.line === 2);
    await assert.rejects(attempt(new TextEncoder().encode('[{"title": '), 'broken.json'), (error: { code: string }) => error.code === 'file_unreadable');
    await assert.rejects(attempt(new TextEncoder().encode('not a workbook'), 'x.xlsx'), (error: { code: string }) => error.code === 'file_unreadable');
    await assert.rejects(attempt(new TextEncoder().encode('{}'), 'x.pdf'), (error: { code: string }) => error.code === 'unsupported_format');
    await assert.rejects(attempt(new Uint8Array(51 * 1024 * 1024), 'big.csv'), (error: { code: string }) => error.code === 'payload_too_large');
    await assert.rejects(attempt(json([caseRecord({ externalId: 'dup' }), caseRecord({ externalId: 'dup' })]), 'dup.json'), (error: ImportRejected) => error.problems[0].row === 2 && error.problems[0].message === 'error.duplicate_in_file');
    await assert.rejects(attempt(json([caseRecord({ legislationApplied: ['nowhere'] })]), 'refs.json'), (error: ImportRejected) => error.problems[0].column === 'legislationApplied.0' || error.problems[0].column === 'legislation_applied');
  });

  it('reads XLSX files and reports rows as numbered in the sheet', async () => {
    const { db } = use();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('cases');
    const header = headerOf('case');
    sheet.addRow(header);
    const row = recordToRow('case', caseInput.parse(caseRecord({ externalId: 'xlsx-1' })) as unknown as Record<string, unknown>);
    sheet.addRow(header.map((column) => row[column] ?? ''));
    sheet.addRow(header.map((column) => (column === 'decision_date' ? '2019-13-45' : column === 'external_id' ? 'xlsx-2' : row[column] ?? '')));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await assert.rejects(importRecords(db, EDITOR, 'case', { bytes, filename: 'cases.xlsx' }, { publish: false }), (error: ImportRejected) => {
      assert.deepEqual(error.problems.map((problem) => [problem.row, problem.column]), [[3, 'decision_date']]);
      return true;
    });
  });

  it('keeps HTML and script in text inert (stored as text, escaped on output)', async () => {
    const { db } = use();
    const report = await importRecords(db, EDITOR, 'case', { bytes: json([caseRecord({ externalId: 'xss', title: { en: '<script>alert(1)</script> State v. X.' } })]), filename: 'x.json' }, { publish: true });
    const stored = await db.selectFrom('kn_published').select('title').where('record_id', '=', report.ids[0]).executeTakeFirstOrThrow();
    assert.equal((stored.title as { en: string }).en, '<script>alert(1)</script> State v. X.');
  });

  it('re-imports its own exports (CSV, XLSX, JSON) as the same records, without duplicates', async () => {
    const { db } = use();
    await importRecords(db, EDITOR, 'legislation', { bytes: json([legislationRecord({ externalId: 'round-law' })]), filename: 'l.json' }, { publish: true });
    const first = await importRecords(db, EDITOR, 'case', { bytes: json([
      caseRecord({ externalId: 'round-1', legislationApplied: ['round-law'], title: { en: 'Round trip one', ar: 'قضية الذهاب والإياب' } }),
      caseRecord({ title: { en: 'Round trip two, no external id' }, keywords: ['a; b', 'c'] }),
    ]), filename: 'c.json' }, { publish: true });
    const published = async () => (await Promise.all(first.ids.map((id) => getPublished(db, id)))).map((row) => row!.data);
    const original = await published();
    for (const format of ['csv', 'xlsx', 'json'] as const) {
      const bytes = new Uint8Array(await buffer(exportStream(db, { ...everything('case'), q: 'round' }, format, 'https://ariadne.example', { personDetails: true })));
      const before = await countRecords(db);
      const report = await importRecords(db, EDITOR, 'case', { bytes, filename: `export.${format}` }, { publish: true });
      assert.equal(report.created, 0, `${format}: no new record`);
      assert.deepEqual([...report.ids].sort(), [...first.ids].sort(), `${format}: the same records`);
      assert.equal(await countRecords(db), before);
      const again = await published();
      assert.deepEqual(again.map(withoutExternalId), original.map(withoutExternalId), `${format}: the same data`);
    }
  });

  it('exports for the public without the initials of persons, each row with its permanent URL', async () => {
    const { db } = use();
    await importRecords(db, EDITOR, 'case', { bytes: json([caseRecord({ externalId: 'initials', title: { en: 'Initials check' } })]), filename: 'c.json' }, { publish: true });
    const csv = (await buffer(exportStream(db, { ...everything('case'), q: 'initials' }, 'csv', 'https://ariadne.example'))).toString('utf8');
    assert.doesNotMatch(csv, /A\.B\./, 'the fixture defendant has initials A.B.');
    assert.match(csv, /https:\/\/ariadne\.example\/knowledge\/records\/\d+/);
  });
});

function withoutExternalId(data: unknown) {
  const { externalId: _externalId, ...rest } = data as Record<string, unknown>;
  return rest;
}

import { canonicalJson } from '../../src/core/canonical-json.ts';
import { sha256Hex } from '../../src/core/auth/tokens.ts';
describeEachDriver('knowledge import audit', (use) => {
  it('audits each imported record with its version and the hash of the data kept in kn_versions', async () => {
    const { db } = use();
    const report = await importRecords(db, EDITOR, 'case', { bytes: json([caseRecord({ externalId: 'audited-1' })]), filename: 'a.json' }, { publish: false });
    const entry = await db.selectFrom('audit_log').selectAll().where('entity_id', '=', String(report.ids[0])).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    const version = await db.selectFrom('kn_versions').select(['version', 'data']).where('record_id', '=', report.ids[0]).executeTakeFirstOrThrow();
    const after = entry.after as { version: number; dataSha256: string; row: number };
    assert.equal(after.version, version.version);
    assert.equal(after.row, 1);
    assert.equal(after.dataSha256, sha256Hex(canonicalJson(version.data)), 'the stored version matches the audited hash');
  });
});

describeEachDriver('a large published import', (use) => {
  it('gives each record the search documents it would get if published alone, and leaves no staged rows', async () => {
    const { db } = use();
    const records = Array.from({ length: 120 }, (_, index) => caseRecord({
      externalId: `bulk-${index}`,
      title: index % 2 ? { en: `Bulk case ${index} on forced begging`, fr: `Affaire ${index} de mendicité forcée` } : { es: `Caso ${index} de explotación sexual` },
      originalLanguage: index % 2 ? 'en' : 'es',
      factSummary: index % 2 ? { en: `Children were recruited in village ${index} and forced to beg at markets.` } : { es: `Las víctimas fueron captadas con engaños en la ciudad ${index}.` },
    }));
    const report = await importRecords(db, EDITOR, 'case', { bytes: json(records), filename: 'bulk.json' }, { publish: true });
    assert.equal(report.published, 120);
    const stored = await db.selectFrom('kn_search_text').select(['record_id', sql<string>`document::text`.as('document'), sql<string>`title_document::text`.as('title')])
      .where('record_id', 'in', report.ids).orderBy('record_id').execute();
    assert.equal(stored.length, 120);
    assert.ok(stored.every((row) => row.document.length > 0 && row.title.length > 0));
    await db.transaction().execute(async (trx) => {
      const versions = await trx.selectFrom('kn_versions').select(['record_id', 'data']).where('record_id', 'in', report.ids).execute();
      await writeSearchDocuments(trx, versions.map((row) => ({ id: Number(row.record_id), texts: project('case', row.data as RecordData).texts })));
      const direct = await trx.selectFrom('kn_search_text').select(['record_id', sql<string>`document::text`.as('document'), sql<string>`title_document::text`.as('title')])
        .where('record_id', 'in', report.ids).orderBy('record_id').execute();
      assert.deepEqual(direct, stored);
      throw new Error('rolled back on purpose');
    }).catch((error: Error) => { if (error.message !== 'rolled back on purpose') throw error; });
    assert.equal(Number((await db.selectFrom('kn_search_staging').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), 0);
    const found = await searchPublished(db, { q: 'mendicité', filters: {}, sort: 'relevance', page: 1, pageSize: 100 }, 'fr');
    assert.equal(found.total, 60);
  });
});
