/**
 * Treaty status benchmark: parties on a date and the status pages, over 200 countries x 10
 * treaties with a history each (signatures, joining acts of every kind, withdrawals, re-joining),
 * generated deterministically and loaded through the real import (CSV, one transaction, audited).
 *
 * Run: node --import tsx bench/treaties.ts [pglite|postgres]   (both when no argument)
 */
import { performance } from 'node:perf_hooks';
import { stringify } from 'csv-stringify/sync';
import { openTestDatabase } from '../test/support/databases.ts';
import { startServer, TEST_ACTOR } from '../test/support/server.ts';
import { listCountries } from '../src/core/geo/countries.ts';
import type { DriverName } from '../src/core/db/connect.ts';
import { addTreaty } from '../src/treaties/service.ts';
import { importTreatyStatus } from '../src/treaties/transfer.ts';
import { statusFromEvents, treatyStatus } from '../src/treaties/status.ts';
import { listEventRows, listTreaties, toEvents } from '../src/treaties/repository.ts';
import { seededRandom } from './random.ts';

const COUNTRIES = listCountries().slice(0, 200).map((country) => country.iso3);
const EXTRA_TREATIES = ['BENCH_A', 'BENCH_B', 'BENCH_C', 'BENCH_D', 'BENCH_E', 'BENCH_F'];

const random = seededRandom;

const day = (next: () => number, from: number, years: number) => {
  const date = new Date(Date.UTC(from, 0, 1) + Math.floor(next() * years * 365) * 86_400_000);
  return date.toISOString().slice(0, 10);
};
const plus = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** One CSV of every action: per country and treaty, maybe a signature, a joining act, a withdrawal, a return. */
function generate(treaties: string[], seed = 1): { csv: string; rows: number } {
  const next = random(seed);
  const rows: string[][] = [['country', 'treaty', 'action', 'date']];
  for (const treaty of treaties) {
    for (const country of COUNTRIES) {
      const signed = next() < 0.7 ? day(next, 2000, 3) : null;
      if (signed) rows.push([country, treaty, 'signature', signed]);
      if (next() > 0.85) continue;
      const kind = next() < 0.03 ? 'succession' : signed ? (next() < 0.9 ? 'ratification' : next() < 0.5 ? 'acceptance' : 'approval') : 'accession';
      const joined = day(next, 2003, 17);
      rows.push([country, treaty, kind, joined]);
      if (next() < 0.05) {
        const withdrawn = plus(joined, 200 + Math.floor(next() * 2000));
        rows.push([country, treaty, 'withdrawal', withdrawn]);
        if (next() < 0.5) rows.push([country, treaty, 'ratification', plus(withdrawn, 400 + Math.floor(next() * 1500))]);
      }
    }
  }
  return { csv: stringify(rows), rows: rows.length - 1 };
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}

async function timed(times: number, body: (index: number) => Promise<unknown> | unknown): Promise<string> {
  const samples: number[] = [];
  for (let index = 0; index < times; index++) {
    const start = performance.now();
    await body(index);
    samples.push(performance.now() - start);
  }
  return percentiles(samples);
}

async function run(driver: DriverName) {
  const database = await openTestDatabase(driver);
  try {
    for (const code of EXTRA_TREATIES) await addTreaty(database.db, TEST_ACTOR, { code, name: `Benchmark treaty ${code}`, shortName: code, withdrawalDelayMonths: 12 });
    const treaties = (await listTreaties(database.db)).map((treaty) => treaty.code);
    const { csv, rows } = generate(treaties);
    let start = performance.now();
    const report = await importTreatyStatus(database.db, TEST_ACTOR, { bytes: new TextEncoder().encode(csv), filename: 'bench.csv' });
    console.log(`[${driver}] import of ${rows} actions (${treaties.length} treaties x ${COUNTRIES.length} countries): ${(performance.now() - start).toFixed(0)} ms, ${report.added} added`);

    const next = random(7);
    const dates = Array.from({ length: 200 }, () => day(next, 2000, 26));
    const codeOf = (index: number) => treaties[index % treaties.length];
    console.log(`[${driver}] parties on a date, from the database (read ~${Math.round(rows / treaties.length)} actions, compute): ${await timed(200, (index) => treatyStatus(database.db, codeOf(index), dates[index]))}`);

    const allTreaties = await listTreaties(database.db);
    const eventsByTreaty = new Map(allTreaties.map((treaty) => [treaty.code, toEvents([], 12)]));
    const all = await listEventRows(database.db);
    for (const treaty of allTreaties) eventsByTreaty.set(treaty.code, toEvents(all.filter((row) => row.treaty_code === treaty.code), treaty.withdrawal_delay_months));
    start = performance.now();
    for (let index = 0; index < 1000; index++) statusFromEvents(allTreaties[index % allTreaties.length], eventsByTreaty.get(codeOf(index))!, dates[index % dates.length]);
    console.log(`[${driver}] parties on a date, computing only (events in memory): ${((performance.now() - start) / 1000).toFixed(2)} ms each over 1,000`);

    const server = await startServer(database);
    try {
      const get = async (path: string) => {
        const response = await fetch(server.baseUrl + path);
        if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
        return response.text();
      };
      for (let index = 0; index < 5; index++) await get(`/treaties/${codeOf(index)}?date=${dates[index]}`);
      console.log(`[${driver}] GET /treaties/{code}?date= (map, timeline, ~200-row tables): ${await timed(60, (index) => get(`/treaties/${codeOf(index)}?date=${dates[index]}`))}`);
      const size = (await get(`/treaties/UNTOC?date=2015-06-30`)).length;
      console.log(`[${driver}]   page size ${Math.round(size / 1024)} KiB`);
      console.log(`[${driver}] GET /api/treaties/{code}/parties?date=: ${await timed(60, (index) => get(`/api/treaties/${codeOf(index)}/parties?date=${dates[index]}`))}`);
      console.log(`[${driver}] GET /treaties?date= (all ${treaties.length} treaties): ${await timed(30, (index) => get(`/treaties?date=${dates[index]}`))}`);
    } finally {
      await server.close();
    }
  } finally {
    await database.dispose();
  }
}

const drivers = (process.argv[2] ? [process.argv[2]] : ['pglite', 'postgres']) as DriverName[];
for (const driver of drivers) await run(driver);
