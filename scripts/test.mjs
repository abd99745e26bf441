#!/usr/bin/env node
// `npm test`: every test file under test/ (unit, medium tests on PGlite and PostgreSQL,
// browser tests in Chromium), in one run of Node's test runner.
//
// ARIADNE_TEST_DRIVERS=pglite,postgres chooses the database drivers (both by default).
// TEST_DATABASE_URL is a PostgreSQL server where throw-away databases may be created
// (default postgres://postgres@127.0.0.1:5432/postgres).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const drivers = (process.env.ARIADNE_TEST_DRIVERS ?? 'pglite,postgres').split(',').map((d) => d.trim()).filter(Boolean);
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

if (drivers.includes('postgres')) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    console.error(`npm test: PostgreSQL is not reachable at ${adminUrl.replace(/:[^:@/]*@/, ':***@')} (${error.message}).\n` +
      'Start PostgreSQL, set TEST_DATABASE_URL to a server where test databases may be created,\n' +
      'or run only the embedded driver with ARIADNE_TEST_DRIVERS=pglite.');
    process.exit(1);
  }
}
if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('npm test: Chromium is needed for the browser tests: apt-get install -y chromium (or set CHROMIUM_PATH).');
  process.exit(1);
}

const only = process.argv.slice(2);
if (!only.length) {
  console.log('npm test: type-checking');
  const typecheck = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], { stdio: 'inherit' });
  if (typecheck.status !== 0) process.exit(typecheck.status ?? 1);
}
const files = only.length ? only : findTests('test');
const result = spawnSync(process.execPath, [
  '--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files,
], { stdio: 'inherit', env: { ...process.env, ARIADNE_TEST_DRIVERS: drivers.join(','), TEST_DATABASE_URL: adminUrl } });
process.exit(result.status ?? 1);

function findTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return /\.test\.tsx?$/.test(name) ? [path] : [];
  }).sort();
}
