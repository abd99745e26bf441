import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runAriadne, type CliResult, showResult } from '../support/cli.ts';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { TEST_DRIVERS } from '../support/databases.ts';
import { htcdsCsv, ROLL_UP_ROWS } from './fixtures.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Result = CliResult;

const ariadne = runAriadne;
const show = showResult;

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try { await client.query(text); } finally { await client.end(); }
}

for (const driver of TEST_DRIVERS) {
  describe(`ariadne import/export htcds [${driver}]`, { timeout: 900_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'ariadne-htcds-cli-'));
    const name = `ariadne_cli_${process.pid}_${randomBytes(3).toString('hex')}`;
    let env: Record<string, string> = {};
    before(async () => {
      if (driver === 'postgres') {
        await adminQuery(`create database ${name}`);
        const url = new URL(ADMIN_URL);
        url.pathname = `/${name}`;
        env = { DATABASE_URL: url.toString() };
      } else {
        env = { DATA_DIR: join(dir, 'data') };
      }
      const migrated = await ariadne(['migrate'], env);
      assert.equal(migrated.code, 0, show(migrated));
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      if (driver === 'postgres') await adminQuery(`drop database if exists ${name} with (force)`);
    });

    it('imports a file and exports the country back, on standard output or to a file', async () => {
      const file = join(dir, 'cases.csv');
      writeFileSync(file, htcdsCsv(ROLL_UP_ROWS));
      const imported = await ariadne(['import', 'htcds', file], env);
      assert.equal(imported.code, 0, show(imported));
      assert.match(imported.stdout, new RegExp(`^imported ${ROLL_UP_ROWS.length} persons in 4 cases from`));

      const exported = await ariadne(['export', 'htcds', '--country', 'MWI'], env);
      assert.equal(exported.code, 0, show(exported));
      const rows = parse(exported.stdout, { columns: true, bom: true }) as Record<string, string>[];
      assert.equal(rows.length, ROLL_UP_ROWS.length - 1);
      assert.ok(rows.every((row) => row.ari_RecordingCountry === 'MWI'));

      const xlsx = join(dir, 'mwi.xlsx');
      const toFile = await ariadne(['export', 'htcds', '--country', 'MWI', '--format', 'xlsx', '--out', xlsx], env);
      assert.equal(toFile.code, 0, show(toFile));
      assert.equal(readFileSync(xlsx).subarray(0, 2).toString(), 'PK', 'an XLSX (zip) file');
      const again = await ariadne(['import', 'htcds', xlsx, '--country', 'MWI'], env);
      assert.equal(again.code, 0, show(again));
      assert.match(again.stdout, /\(3 cases replaced/);
    });

    it('refuses a file with a bad row: one line per problem, one error line, nothing imported', async () => {
      const file = join(dir, 'bad.csv');
      writeFileSync(file, htcdsCsv([{ ...ROLL_UP_ROWS[0], ari_CaseId: 'NEW' }, { ...ROLL_UP_ROWS[1], ari_CaseId: 'NEW', prs_Citizenship: 'Atlantis' }]));
      const refused = await ariadne(['import', 'htcds', file], env);
      assert.equal(refused.code, 1, show(refused));
      assert.match(refused.stdout, /^  prs_Citizenship: "Atlantis" is not an ISO 3166 country code\. \(row 3\)$/m);
      assert.equal(refused.stderr.trim().split('\n').length, 1);
      assert.match(refused.stderr, /^ariadne: The file was not imported: 1 problem/);
      const exported = await ariadne(['export', 'htcds', '--country', 'MWI'], env);
      assert.ok(!exported.stdout.includes('NEW'), 'nothing of the refused file was imported');
    });

    it('explains a wrong command line', async () => {
      const noCountry = await ariadne(['export', 'htcds'], env);
      assert.equal(noCountry.code, 2, show(noCountry));
      assert.match(noCountry.stderr, /ariadne export htcds --country ISO3/);
      const unknown = await ariadne(['export', 'htcds', '--country', 'XYZ'], env);
      assert.equal(unknown.code, 2, show(unknown));
      assert.match(unknown.stderr, /unknown country "XYZ"/);
    });
  });
}
