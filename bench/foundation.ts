/**
 * Foundation benchmark: audit writes, audit verification, sign-in and page latency, on PGlite
 * and on PostgreSQL, with a data set of a national service (BENCH_USERS accounts, BENCH_AUDIT
 * audit entries). Run: node --import tsx bench/foundation.ts [pglite|postgres]
 */
import { performance } from 'node:perf_hooks';
import { cpus, totalmem } from 'node:os';
import { openTestDatabase, type TestDatabase } from '../test/support/databases.ts';
import { startServer, addUser, TEST_PASSWORD } from '../test/support/server.ts';
import { TestClient } from '../test/support/http-client.ts';
import { recordAudit } from '../src/core/audit/audit-log.ts';
import { verifyAuditChain } from '../src/core/audit/verify.ts';
import { generateFoundationData } from './generate-foundation-data.ts';
import type { DriverName } from '../src/core/db/connect.ts';

const USERS = Number(process.env.BENCH_USERS ?? 1000);
const AUDIT = Number(process.env.BENCH_AUDIT ?? 200_000);
const drivers = (process.argv[2] ? [process.argv[2]] : ['pglite', 'postgres']) as DriverName[];

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timeRequests(client: TestClient, path: string, count: number) {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await client.get(path);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

async function benchDriver(driver: DriverName) {
  const database: TestDatabase = await openTestDatabase(driver);
  const lines: string[] = [];
  try {
    let started = performance.now();
    await generateFoundationData(database.db, { users: USERS, auditEntries: AUDIT });
    lines.push(`generate ${USERS} users + ${AUDIT} audit entries: ${ms(performance.now() - started)}`);

    const writes = 500;
    started = performance.now();
    for (let i = 0; i < writes; i++) {
      await database.db.transaction().execute((trx) => recordAudit(trx, { userId: 1, label: 'bench' }, { action: 'bench.write', entityType: 'bench', entityId: i, after: { i } }));
    }
    const perWrite = (performance.now() - started) / writes;
    lines.push(`audited write (one transaction each, on a log of ${AUDIT}): ${ms(perWrite)} per write, ${(1000 / perWrite).toFixed(0)} writes/s`);

    started = performance.now();
    const verification = await verifyAuditChain(database.db);
    if (!verification.ok) throw new Error(`chain broken: ${verification.message}`);
    lines.push(`audit verify of ${verification.entries} entries: ${ms(performance.now() - started)}`);

    const server = await startServer(database);
    try {
      await addUser(database, 'bench.admin@example.org', ['admin']);
      const signIns: number[] = [];
      for (let i = 0; i < 20; i++) {
        const client = new TestClient(server.baseUrl);
        await client.get('/login');
        const t0 = performance.now();
        const response = await client.postForm('/login', { email: 'bench.admin@example.org', password: TEST_PASSWORD });
        if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
        signIns.push(performance.now() - t0);
      }
      const signIn = percentiles(signIns);
      lines.push(`sign-in (argon2id verify + session + audit): p50 ${ms(signIn.p50)}, p95 ${ms(signIn.p95)}`);
      const admin = new TestClient(server.baseUrl);
      await admin.signIn('bench.admin@example.org', TEST_PASSWORD);
      for (const path of ['/', '/admin/users', '/admin/audit', '/admin/audit?action=record.publish&from=2024-01-01&to=2024-12-31']) {
        const result = await timeRequests(admin, path, 50);
        lines.push(`GET ${path}: p50 ${ms(result.p50)}, p95 ${ms(result.p95)} (50 requests)`);
      }
    } finally {
      await server.close();
    }
  } finally {
    await database.dispose();
  }
  return lines;
}

console.log(`# foundation benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} x ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
for (const driver of drivers) {
  console.log(`\n## ${driver}`);
  for (const line of await benchDriver(driver)) console.log(`- ${line}`);
}
