/**
 * Crime statistics benchmark: the long-format import of a generated 47,000-row published file, then
 * the public analysis (every table and chart of /statistics) over all countries and years and over
 * regions and single countries, on PGlite and on PostgreSQL.
 *
 * Run: node --import tsx bench/statistics-analysis.ts [pglite|postgres]   (both by default)
 *   BENCH_STATISTICS_ROWS=47000     rows of the generated long file
 *   BENCH_STATISTICS_RUNS=200       timed requests per query kind
 *
 * Reports per driver: import seconds and rows/s; for analyse() and for the full page (rendered by the
 * real app, HTML with SVG charts) and a CSV table download: p50/p95/max in ms. Target: p95 <= 100 ms;
 * import well under a minute on PGlite.
 */
import { performance } from 'node:perf_hooks';
import { cpus, loadavg, totalmem } from 'node:os';
import { stringify } from 'csv-stringify/sync';
import { openTestDatabase } from '../test/support/databases.ts';
import type { DriverName } from '../src/core/db/connect.ts';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/core/config.ts';
import { instanceSecret } from '../src/core/auth/secrets.ts';
import { importLongFile } from '../src/statistics/long-import.ts';
import { LONG_COLUMNS } from '../src/statistics/long-format.ts';
import { analyse } from '../src/statistics/analysis/analysis.ts';
import type { Area } from '../src/statistics/analysis/scope.ts';
import { generateLongRows } from './generate-statistics-long.ts';
import { seededRandom } from './random.ts';

const ROWS = Number(process.env.BENCH_STATISTICS_ROWS ?? 47_000);
const RUNS = Number(process.env.BENCH_STATISTICS_RUNS ?? 200);
const drivers = (process.argv[2] ? [process.argv[2]] : ['pglite', 'postgres']) as DriverName[];

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (n=${times.length})`;
}

const rows = generateLongRows({ targetRows: ROWS });
const bytes = new Uint8Array(Buffer.from(stringify([[...LONG_COLUMNS], ...rows.map((row) => LONG_COLUMNS.map((column) => row[column]))])));
console.log(`statistics benchmark ${new Date().toISOString()} · ${cpus().length} cores · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · load ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
console.log(`generated long file: ${rows.length} rows, ${(bytes.byteLength / 2 ** 20).toFixed(1)} MiB`);

for (const driver of drivers) {
  const database = await openTestDatabase(driver);
  try {
    const started = performance.now();
    const report = await importLongFile(database.db, { kind: 'system', label: 'bench' }, { bytes, filename: 'bench.csv' });
    const seconds = (performance.now() - started) / 1000;
    console.log(`[${driver}] import: ${report.rows} rows, ${report.countryYears} country-years in ${seconds.toFixed(1)} s (${Math.round(report.rows / seconds)} rows/s)`);
    const years = rows.map((row) => Number(row.Year));
    const first = Math.min(...years);
    const last = Math.max(...years);
    const countries = [...new Set(rows.map((row) => row.Iso3_code))].filter((code) => /^[A-Z]{3}$/.test(code) && code !== 'SCG');
    const random = seededRandom(5);
    const areas: { label: string; area: () => Area; range: () => [number, number] }[] = [
      { label: 'world, all years', area: () => ({ kind: 'world' }), range: () => [first, last] },
      { label: 'a region or sub-region, all years', area: () => ({ kind: 'region', code: ['002', '019', '142', '150', '009', '202', '039', '151'][Math.floor(random() * 8)] }), range: () => [first, last] },
      { label: 'one country, random years', area: () => ({ kind: 'country', iso3: countries[Math.floor(random() * countries.length)] }), range: () => { const a = first + Math.floor(random() * (last - first)); return [a, Math.min(last, a + Math.floor(random() * 6))]; } },
    ];
    await analyse(database.db, { area: { kind: 'world' }, yearFrom: first, yearTo: last }); // loads the in-memory copy once
    for (const { label, area, range } of areas) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const [yearFrom, yearTo] = range();
        const t0 = performance.now();
        await analyse(database.db, { area: area(), yearFrom, yearTo });
        times.push(performance.now() - t0);
      }
      console.log(`[${driver}] analyse(), ${label}: ${summary(times)}`);
    }
    const app = createApp({ db: database.db, config: { ...loadConfig({}), port: 0 }, csrfSecret: await instanceSecret(database.db, 'csrf') });
    const paths: [string, () => string][] = [
      ['page /statistics, world, all years', () => `/statistics?area=001&from=${first}&to=${last}`],
      ['page /statistics/countries/{ISO3}', () => `/statistics/countries/${countries[Math.floor(random() * countries.length)]}?from=${first}&to=${last}`],
      ['download flows.csv, world, all years', () => `/statistics/tables/flows.csv?area=001&from=${first}&to=${last}`],
      ['download countries.xlsx, world, all years', () => `/statistics/tables/countries.xlsx?area=001&from=${first}&to=${last}`],
    ];
    for (const [label, path] of paths) {
      await app.request(path());
      const times: number[] = [];
      for (let run = 0; run < Math.min(RUNS, 100); run++) {
        const t0 = performance.now();
        const response = await app.request(path());
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path()}: ${response.status}`);
        times.push(performance.now() - t0);
      }
      console.log(`[${driver}] ${label}: ${summary(times)}`);
    }
  } finally {
    await database.dispose();
  }
}
