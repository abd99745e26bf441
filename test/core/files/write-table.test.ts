import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readTable } from '../../../src/core/files/read-table.ts';
import { inertCell, tableDownload } from '../../../src/core/files/write-table.ts';

const table = {
  filename: 'victims by sex/2020',
  columns: [{ key: 'country', label: 'Country' }, { key: 'value', label: 'Victims' }, { key: 'note', label: 'Note' }],
  rows: [{ country: 'Côte d’Ivoire', value: 1282, note: '=HYPERLINK("http://x")' }, { country: 'مصر', value: null, note: '<5' }],
};

describe('table downloads', () => {
  it('CSV reads back with the same cells, formulas made inert', async () => {
    const response = await tableDownload(table, 'csv');
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="victims-by-sex-2020.csv"');
    const read = await readTable(new Uint8Array(await response.arrayBuffer()), 'csv');
    assert.deepEqual(read.columns, ['Country', 'Victims', 'Note']);
    assert.deepEqual(read.rows.map((row) => row.values), [
      { Country: 'Côte d’Ivoire', Victims: '1282', Note: '\'=HYPERLINK("http://x")' },
      { Country: 'مصر', Victims: '', Note: '<5' },
    ]);
  });

  it('XLSX reads back with the same cells', async () => {
    const response = await tableDownload(table, 'xlsx');
    const read = await readTable(new Uint8Array(await response.arrayBuffer()), 'xlsx');
    assert.deepEqual(read.rows[0].values, { Country: 'Côte d’Ivoire', Victims: '1282', Note: '\'=HYPERLINK("http://x")' });
  });

  it('leaves numbers and negative numbers alone', () => {
    assert.equal(inertCell(-3), -3);
    assert.equal(inertCell('-3'), '-3');
    assert.equal(inertCell('+1 555'), '\'+1 555');
    assert.equal(inertCell('@SUM(A1)'), '\'@SUM(A1)');
  });
});
