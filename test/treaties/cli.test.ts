import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runAriadne } from '../support/cli.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';


const ariadne = runAriadne;

describe('ariadne import/export treaty-status', { timeout: 180_000 }, () => {
  let dir: string;
  let env: Record<string, string>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ariadne-treaties-'));
    env = { DATA_DIR: join(dir, 'data') };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a file by country code or name, refuses a bad one whole with row and field, and exports in the same format', async () => {
    const good = join(dir, 'good.csv');
    writeFileSync(good, 'country,treaty,action,date\nNorway,SOM,ratification,2004-09-23\nFIN,SOM,acceptance,2006-09-07\nFIN,SOM,withdrawal,2015-01-01\n');
    const imported = await ariadne(['import', 'treaty-status', good], env);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /imported 3 treaty actions from .*good\.csv: 3 added, 0 already recorded/);

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'country,treaty,action,date\nSWE,SOM,ratification,2006-09-07\nSWE,XYZ,ratification,2006-31-01\n');
    const refused = await ariadne(['import', 'treaty-status', bad], env);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /  treaty: “XYZ” is not a treaty code known here\. \(row 3\)/);
    assert.match(refused.stdout, /  date: Enter a date as YYYY-MM-DD, or a year\. \(row 3\)/);
    assert.match(refused.stderr, /^ariadne: Nothing was imported: 2 problems in the file\./);

    const csv = await ariadne(['export', 'treaty-status', '--format', 'csv'], env);
    assert.equal(csv.code, 0, csv.stderr);
    const lines = csv.stdout.trim().split('\n');
    assert.equal(lines[0], 'country,treaty,action,date,effective_date,source,illustrative');
    assert.deepEqual(lines.slice(1).sort(), ['FIN,SOM,acceptance,2006-09-07,,,', 'FIN,SOM,withdrawal,2015-01-01,,,', 'NOR,SOM,ratification,2004-09-23,,,'], 'Sweden was not imported');

    const out = join(dir, 'status.xlsx');
    const xlsx = await ariadne(['export', 'treaty-status', '--format', 'xlsx', '--out', out], env);
    assert.equal(xlsx.code, 0, xlsx.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    assert.equal(workbook.worksheets[0].rowCount, 4);
    const again = await ariadne(['import', 'treaty-status', out], env);
    assert.match(again.stdout, /3 treaty actions .*: 0 added, 3 already recorded/);
  });
});
