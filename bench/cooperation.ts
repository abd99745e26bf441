/**
 * Cooperation benchmark: the dashboard (open requests by corridor, median time to answer,
 * overdue and due soon) over BENCH_REQUESTS synthetic requests (default 100,000), for central
 * authorities of a large, a middle and a small country and for an admin (every request), as a
 * function call (SQL + audit entry) and as the page over HTTP.
 * Run: node --import tsx bench/cooperation.ts [pglite|postgres]
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openTestDatabase } from '../test/support/databases.ts';
import { addUser, startServer, TEST_PASSWORD } from '../test/support/server.ts';
import { TestClient } from '../test/support/http-client.ts';
import { loadActor } from '../src/accounts/repository.ts';
import { dashboardVisible } from '../src/cooperation/reading.ts';
import { todayUtc } from '../src/cooperation/dates.ts';
import type { DriverName } from '../src/core/db/connect.ts';
import { generateCooperationRequests } from './cooperation-data.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const drivers = (process.argv[2] ? [process.argv[2]] : ['pglite', 'postgres']) as DriverName[];

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}

async function time(runs: number, body: () => Promise<unknown>): Promise<string> {
  for (let i = 0; i < 5; i++) await body();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await body();
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

for (const driver of drivers) {
  const database = await openTestDatabase(driver);
  try {
    const today = todayUtc();
    let started = performance.now();
    await generateCooperationRequests(database.db, REQUESTS, today);
    // As autovacuum would after a bulk load (PGlite has none): statistics and the visibility map for index-only scans.
    await sql`vacuum analyze co_requests`.execute(database.db);
    console.log(`[${driver}] generated ${REQUESTS} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const who = [['ITA (large)', 'ITA'], ['NER (middle)', 'NER'], ['KEN (small)', 'KEN'], ['admin (all)', null]] as const;
    const server = await startServer(database);
    try {
      for (const [label, country] of who) {
        const email = `bench.${country ?? 'admin'}@example.org`;
        const user = await addUser(database, email, country ? ['central_authority'] : ['admin'], country ?? '');
        const actor = (await loadActor(database.db, user.id))!;
        const visible = (await dashboardVisible(database.db, actor, today));
        const count = Object.values(visible.byStatus).reduce((sum, value) => sum + value, 0);
        console.log(`[${driver}] ${label}: sees ${count} requests, ${visible.corridors.length} corridors, ${visible.overdueCount} overdue, median ${visible.medianDaysToAnswer} days`);
        console.log(`[${driver}]   dashboard (SQL + audit): ${await time(RUNS, () => dashboardVisible(database.db, actor, today))}`);
        const client = new TestClient(server.baseUrl);
        // The timing loop above can leave the HTTP client's pooled connection idle past the
        // server's keep-alive timeout; a reset on that stale connection is retried once.
        await client.signIn(email, TEST_PASSWORD).catch(() => client.signIn(email, TEST_PASSWORD));
        console.log(`[${driver}]   GET /cooperation:        ${await time(Math.ceil(RUNS / 2), async () => {
          const response = await client.get('/cooperation');
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`status ${response.status}`);
        })}`);
      }
    } finally {
      await server.close();
    }
  } finally {
    await database.dispose();
  }
}
