import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runAriadne } from '../support/cli.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { generateLongRows } from '../../bench/generate-statistics-long.ts';
import { LONG_COLUMNS } from '../../src/statistics/long-format.ts';


const ariadne = (args: string[], dataDir: string) => runAriadne(args, { DATA_DIR: dataDir, SAMPLE_DATA: 'false' });

describe('ariadne import/export statistics-long', { timeout: 240_000 }, () => {
  let dir = '';
  before(() => { dir = mkdtempSync(join(tmpdir(), 'ariadne-stats-cli-')); });
  after(() => { rmSync(dir, { recursive: true, force: true }); });

  it('imports a long file, exports it back as CSV on standard output and as XLSX, and refuses a bad file naming row and field', async () => {
    const rows = generateLongRows({ targetRows: 3_000, seed: 99 });
    const file = join(dir, 'long.csv');
    writeFileSync(file, stringify([[...LONG_COLUMNS], ...rows.map((row) => LONG_COLUMNS.map((column) => row[column]))]));
    const data = join(dir, 'data');
    const imported = await ariadne(['import', 'statistics-long', file], data);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, new RegExp(`imported ${rows.length} rows`));
    const exported = await ariadne(['export', 'statistics-long'], data);
    assert.equal(exported.code, 0, exported.stderr);
    const lines = exported.stdout.trim().split('\n');
    assert.equal(lines[0], LONG_COLUMNS.join(','));
    assert.equal(lines.length, rows.length + 1);
    assert.ok(lines.some((line) => line.includes(',<5,')), '<5 is kept');
    assert.ok(lines.some((line) => /,"\d{1,3}(,\d{3})+",/.test(line)), 'thousands separators are kept');
    const xlsx = join(dir, 'out.xlsx');
    const written = await ariadne(['export', 'statistics-long', '--format', 'xlsx', '--out', xlsx], data);
    assert.equal(written.code, 0, written.stderr);
    assert.match(written.stdout, new RegExp(`exported ${rows.length} published values`));
    assert.ok(readFileSync(xlsx).subarray(0, 2).toString() === 'PK', 'an XLSX file');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${LONG_COLUMNS.join(',')}\nMWI,Malawi,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,-7,Police\n`);
    const refused = await ariadne(['import', 'statistics-long', bad], data);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /  txtVALUE: A count cannot be negative.*\(row 2\)/);
    assert.match(refused.stdout, /nothing was imported/);
    const again = await ariadne(['export', 'statistics-long'], data);
    assert.equal(again.stdout.trim().split('\n').length, rows.length + 1, 'the refused file changed nothing');
  });
});
