import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describeEachDriver } from '../support/databases.ts';
import { cooperationCli } from '../../src/cooperation/commands.ts';
import { readTable } from '../../src/core/files/read-table.ts';
import { makeCast, requestIn, type Cast } from './fixtures.ts';

describeEachDriver('cooperation command line', (use) => {
  let cast: Cast;
  before(async () => { cast = await makeCast(use()); });

  it('exports the requests as CSV and XLSX with the filters of the list, and audits the export', async () => {
    const { db } = use();
    const sent = await requestIn(db, cast, ['sent']);
    const draft = await requestIn(db, cast, []);
    const dir = mkdtempSync(join(tmpdir(), 'ariadne-cooperation-'));
    const lines: string[] = [];
    const run = cooperationCli.exports['cooperation-requests'];
    await run(db, ['cooperation-requests', join(dir, 'all.csv')], (line) => lines.push(line));
    const rows = parse(readFileSync(join(dir, 'all.csv'), 'utf8'), { bom: true }) as string[][];
    assert.deepEqual(rows.slice(1).map((row) => Number(row[0])), [sent, draft]);
    assert.equal(rows[0][2], 'Status');
    await run(db, ['cooperation-requests', join(dir, 'open.xlsx'), '--status', 'open'], (line) => lines.push(line));
    const table = await readTable(readFileSync(join(dir, 'open.xlsx')), 'xlsx');
    assert.deepEqual(table.rows.map((row) => Number(row.values.Number)), [sent]);
    assert.deepEqual(lines, [`exported 2 cooperation requests to ${join(dir, 'all.csv')}`, `exported 1 cooperation requests to ${join(dir, 'open.xlsx')}`]);
    const audited = await db.selectFrom('audit_log').select(['actor_label']).where('action', '=', 'cooperation.export').execute();
    assert.equal(audited.length, 2);
    assert.match(audited[0].actor_label, /^cli:/);
    await assert.rejects(run(db, ['cooperation-requests', join(dir, 'x.json')], () => {}), /usage/);
  });
});
