/**
 * Benchmark of the national case-level database (issue 4):
 *  1. import of 1,000,000 generated HTCDS rows on PostgreSQL (target >= 20,000 rows/s), every
 *     row validated, in one transaction (COPY FROM STDIN), audited once;
 *  2. roll-up of one country-year from 100,000 records (target <= 1 s), on PostgreSQL (in a
 *     table that also holds the million rows) and on PGlite.
 *
 *   npx tsx bench/statistics-case-data.ts [--rows 1000000] [--rollup-rows 100000] [--skip-pglite]
 *
 * Needs PostgreSQL at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * where it creates and drops a throw-away database.
 */
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openPGlite, openPostgres, type AppDatabase } from '../src/core/db/connect.ts';
import { migrate } from '../src/core/db/migrate.ts';
import type { SystemActor } from '../src/core/access/actor.ts';
import { importHtcds } from '../src/case-data/import.ts';
import { rollUpCountryYear } from '../src/case-data/roll-up.ts';
import { generateHtcdsCsv } from './generate-htcds-data.ts';

const { values } = parseArgs({ options: { rows: { type: 'string' }, 'rollup-rows': { type: 'string' }, 'skip-pglite': { type: 'boolean' } } });
const ROWS = Number(values.rows ?? 1_000_000);
const ROLLUP_ROWS = Number(values['rollup-rows'] ?? 100_000);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const actor: SystemActor = { kind: 'system', label: 'bench' };

async function admin(text: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try { await client.query(text); } finally { await client.end(); }
}

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

async function timedImport(database: AppDatabase, label: string, bytes: Buffer): Promise<number> {
  const started = process.hrtime.bigint();
  const report = await importHtcds(database.db, actor, { bytes, filename: `${label}.csv` });
  const elapsed = seconds(started);
  const rate = report.persons / elapsed;
  console.log(`${label}: imported ${report.persons.toLocaleString('en')} rows (${report.cases.toLocaleString('en')} cases) in ${elapsed.toFixed(1)} s = ${Math.round(rate).toLocaleString('en')} rows/s`);
  return rate;
}

async function timedRollUps(database: AppDatabase, label: string, country: string, year: number): Promise<number[]> {
  const times: number[] = [];
  let victims = 0;
  for (let run = 0; run < 7; run++) {
    const started = process.hrtime.bigint();
    const result = await rollUpCountryYear(database.db, actor, country, year);
    times.push(seconds(started) * 1000);
    victims = result.find((value) => value.indicator === 'detected_victims' && value.dimension === 'total' && value.sex === 'total' && value.age === 'total')?.value ?? 0;
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${label}: roll-up of ${country} ${year} (${victims.toLocaleString('en')} detected victims): min ${sorted[0].toFixed(0)} ms, median ${sorted[3].toFixed(0)} ms, max ${sorted[6].toFixed(0)} ms (7 runs, first cold)`);
  return sorted;
}

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}`);
console.log(`generating ${ROWS.toLocaleString('en')} HTCDS rows (MWI, NER, 2015-2024) and ${ROLLUP_ROWS.toLocaleString('en')} rows of one country-year (ZAF 2020)...`);
const bulk = generateHtcdsCsv({ rows: ROWS, countries: ['MWI', 'NER'], seed: 1 });
const oneYear = generateHtcdsCsv({ rows: ROLLUP_ROWS, countries: ['ZAF'], seed: 2, fromYear: 2020, toYear: 2020 });
console.log(`files: ${(bulk.length / 2 ** 20).toFixed(0)} MiB and ${(oneYear.length / 2 ** 20).toFixed(0)} MiB of CSV`);

const name = `ariadne_bench_${randomBytes(4).toString('hex')}`;
await admin(`create database ${name}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
const postgres = await openPostgres(url.toString());
try {
  await migrate(postgres.db);
  const rate = await timedImport(postgres, 'PostgreSQL 1M', bulk);
  await timedImport(postgres, 'PostgreSQL one country-year', oneYear);
  const times = await timedRollUps(postgres, 'PostgreSQL', 'ZAF', 2020);
  console.log(`PostgreSQL targets: import ${rate >= 20_000 ? 'met' : 'MISSED'} (>= 20,000 rows/s); roll-up ${times[3] <= 1000 ? 'met' : 'MISSED'} (median <= 1 s)`);
} finally {
  await postgres.close();
  await admin(`drop database if exists ${name} with (force)`);
}

if (!values['skip-pglite']) {
  const pglite = await openPGlite();
  try {
    await migrate(pglite.db);
    await timedImport(pglite, 'PGlite one country-year', oneYear);
    const times = await timedRollUps(pglite, 'PGlite', 'ZAF', 2020);
    console.log(`PGlite target: roll-up ${times[3] <= 1000 ? 'met' : 'MISSED'} (median <= 1 s)`);
  } finally {
    await pglite.close();
  }
}
