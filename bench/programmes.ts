/**
 * Programme monitoring benchmark: impact reports (every figure, the map, the timeline and the
 * bar charts, rendered to HTML as the report page does) over 100,000 activities in ten years,
 * on PostgreSQL and PGlite (bench/generate-programmes-data.ts).
 *
 * Run: node --import tsx bench/programmes.ts [pglite|postgres]
 *
 * For each driver: a fresh database, the data loaded, VACUUM ANALYZE, then each report of the
 * mix below timed REPS times (after one warm-up run of the whole mix): impactReport (its SQL)
 * plus the rendering of the report's figures, map and charts to HTML.
 *
 * Environment: BENCH_PROGRAMMES_ACTIVITIES (default 100000), BENCH_PROGRAMMES_REPS (default 10).
 * Target: every report <= 500 ms on PostgreSQL.
 */
import { performance } from 'node:perf_hooks';
import { cpus, loadavg, totalmem } from 'node:os';
import { sql } from 'kysely';
import { openTestDatabase } from '../test/support/databases.ts';
import type { DriverName } from '../src/core/db/connect.ts';
import { translator } from '../src/core/i18n/i18n.ts';
import type { RequestState } from '../src/core/http/context.ts';
import { ANONYMOUS } from '../src/core/access/actor.ts';
import { impactReport } from '../src/programmes/report.ts';
import type { ReportFilter } from '../src/programmes/filters.ts';
import { ReportBody } from '../src/programmes/views/report-body.tsx';
import { loadProgrammesData } from './generate-programmes-data.ts';

const ACTIVITIES = Number(process.env.BENCH_PROGRAMMES_ACTIVITIES ?? 100_000);
const REPS = Number(process.env.BENCH_PROGRAMMES_REPS ?? 10);
const TARGET_MS = 500;
const drivers = (process.argv[2] ? [process.argv[2]] : ['postgres', 'pglite']) as DriverName[];

const all = { programmes: [] as string[], countries: [] as string[] };
/** The report mix; `top` are the countries with most activities (a report for a busy country is the slow case). */
const reports = (top: string[]): { label: string; filter: ReportFilter }[] => [
  { label: 'ten years, everything', filter: { from: '2013-01-01', to: '2022-12-31', ...all } },
  { label: 'one year, everything', filter: { from: '2021-01-01', to: '2021-12-31', ...all } },
  { label: 'one year, one programme (with its initiative)', filter: { from: '2021-01-01', to: '2021-12-31', programmes: ['GLOT59'], countries: [] } },
  { label: 'ten years, one initiative', filter: { from: '2013-01-01', to: '2022-12-31', programmes: ['TRACK4TIP'], countries: [] } },
  { label: 'ten years, the three busiest countries', filter: { from: '2013-01-01', to: '2022-12-31', programmes: [], countries: top.slice(0, 3) } },
  { label: 'two years, two programmes, the busiest country', filter: { from: '2020-01-01', to: '2021-12-31', programmes: ['GLOT92', 'GLO.ACT'], countries: top.slice(0, 1) } },
  { label: 'one year, a quiet country', filter: { from: '2018-01-01', to: '2018-12-31', programmes: [], countries: top.slice(-1) } },
];

const state = { actor: ANONYMOUS, locale: 'en', t: translator('en') } as unknown as RequestState;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function timeReport(db: Parameters<typeof impactReport>[0], filter: ReportFilter) {
  const started = performance.now();
  const report = await impactReport(db, filter);
  const queried = performance.now();
  const html = await ReportBody({ state, report }).toString();
  const done = performance.now();
  return { sql: queried - started, total: done - started, bytes: html.length, activities: report.figures.activities };
}

console.log(`programmes benchmark · ${new Date().toISOString()} · ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, load ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
for (const driver of drivers) {
  const database = await openTestDatabase(driver);
  try {
    const loadStart = performance.now();
    const counts = await loadProgrammesData(database.db, { activities: ACTIVITIES });
    await sql`vacuum analyze pm_activities`.execute(database.db);
    await sql`vacuum analyze pm_outcomes`.execute(database.db);
    console.log(`\n[${driver}] loaded ${counts.activities} activities and ${counts.outcomes} outcomes in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
    const busiest = await sql<{ iso3: string }>`select c.iso3 from pm_activities a cross join lateral unnest(a.countries) as c(iso3) group by c.iso3 order by count(*) desc, c.iso3`.execute(database.db);
    const REPORTS = reports(busiest.rows.map((row) => row.iso3));
    for (const { filter } of REPORTS) await timeReport(database.db, filter);
    let worst = 0;
    for (const { label, filter } of REPORTS) {
      const runs = [];
      for (let rep = 0; rep < REPS; rep++) runs.push(await timeReport(database.db, filter));
      const totals = runs.map((run) => run.total);
      worst = Math.max(worst, ...totals);
      console.log(`  ${label.padEnd(48)} ${String(runs[0].activities).padStart(6)} activities · SQL p50 ${percentile(runs.map((r) => r.sql), 50).toFixed(0)} ms · `
        + `report p50 ${percentile(totals, 50).toFixed(0)} ms, p95 ${percentile(totals, 95).toFixed(0)} ms, max ${Math.max(...totals).toFixed(0)} ms · ${Math.round(runs[0].bytes / 1024)} KiB HTML`);
    }
    console.log(`  slowest report: ${worst.toFixed(0)} ms${driver === 'postgres' ? ` (target <= ${TARGET_MS} ms: ${worst <= TARGET_MS ? 'met' : 'MISSED'})` : ''}`);
  } finally {
    await database.dispose();
  }
}
