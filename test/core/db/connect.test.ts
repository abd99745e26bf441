import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openPostgres, redactUrl } from '../../../src/core/db/connect.ts';
import { describeEachDriver, TEST_DRIVERS } from '../../support/databases.ts';
import { runNode } from '../../support/cli.ts';

const CONNECT = fileURLToPath(new URL('../../../src/core/db/connect.ts', import.meta.url));
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describeEachDriver('database values', (use) => {
  it('bigint comes back as a number, date as YYYY-MM-DD, timestamptz as a Date, on both drivers', async () => {
    const { db } = use();
    const result = await sql<{ big: unknown; day: unknown; at: unknown; n: unknown; doc: unknown }>`select
      9007199254740991::bigint as big, date '2024-02-29' as day, timestamptz '2024-03-01 12:34:56.789+02' as at,
      count(*) as n, jsonb_build_object('a', 1) as doc from (values (1), (2)) as t(x)`.execute(db);
    assert.deepEqual(result.rows, [{ big: 9007199254740991, day: '2024-02-29', at: new Date('2024-03-01T10:34:56.789Z'), n: 2, doc: { a: 1 } }]);
  });
});

describe('openPostgres', { skip: !TEST_DRIVERS.includes('postgres') && 'PostgreSQL tests are off' }, () => {
  it('refuses an unreachable server with a message that hides the password', async () => {
    await assert.rejects(openPostgres('postgres://someone:s3cret@127.0.0.1:1/nothing'), (error: Error) => {
      assert.match(error.message, /^cannot connect to PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nothing: /);
      assert.ok(!error.message.includes('s3cret'));
      return true;
    });
    assert.equal(redactUrl('postgresql://u:p%40ss@db.example.org:5432/ariadne'), 'postgresql://u:***@db.example.org:5432/ariadne');
    assert.equal(redactUrl('postgres://u@localhost/db'), 'postgres://u@localhost/db');
  });

  it('survives the server ending an idle connection (restart, failover, pg_terminate_backend): the process does not crash', async () => {
    // Run in a child: without an error handler on the pool, node-postgres re-emits the error of an
    // idle client on the pool, and an 'error' event without listener kills the whole process.
    const script = `Promise.all([import(${JSON.stringify(CONNECT)}), import('kysely'), import('pg')]).then(async ([{ openPostgres }, { sql }, { default: pg }]) => {
      const database = await openPostgres(${JSON.stringify(ADMIN_URL)});
      const { rows } = await sql\`select pg_backend_pid() as pid\`.execute(database.db);
      const admin = new pg.Client({ connectionString: ${JSON.stringify(ADMIN_URL)} });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [rows[0].pid]);
      await admin.end();
      await new Promise((resolve) => setTimeout(resolve, 500));
      const again = await sql\`select 1 as one\`.execute(database.db);
      console.log('survived ' + again.rows[0].one);
      await database.close();
    });`;
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    const result = await runNode(['--import', 'tsx', '-e', script], env, 30_000);
    assert.equal(result.code, 0, `the process crashed:\n${result.stderr.split('\n').slice(0, 6).join('\n')}`);
    assert.equal(result.stdout.trim(), 'survived 1');
  });
});
