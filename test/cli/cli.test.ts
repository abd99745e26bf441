import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runAriadne, type CliResult, showResult } from '../support/cli.ts';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openPGlite } from '../../src/core/db/connect.ts';
import { signIn } from '../../src/accounts/sign-in.ts';
import { TEST_DRIVERS } from '../support/databases.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'cli test password 123';
const SAMPLE_PASSWORD = 'sample password 456';

type Result = CliResult;

/** `ariadne ...args` as a user would run it, with only the given database settings. */
const ariadne = runAriadne;

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
const show = showResult;

function assertOneErrorLine(result: Result, pattern: RegExp) {
  const errors = lines(result.stderr);
  assert.equal(errors.length, 1, `one line on stderr:\n${show(result)}`);
  assert.match(errors[0], /^ariadne: /);
  assert.match(errors[0], pattern);
}

describe('ariadne CLI on PGlite (DATA_DIR)', () => {
  let dataDir: string;
  let env: Record<string, string>;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ariadne-cli-'));
    env = { DATA_DIR: dataDir };
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrate applies the migrations, then finds nothing to do', async () => {
    const first = await ariadne(['migrate'], env);
    assert.equal(first.code, 0, show(first));
    assert.match(first.stdout, /^applied 0001_foundation/);
    const second = await ariadne(['migrate'], env);
    assert.equal(second.code, 0, show(second));
    assert.equal(second.stdout.trim(), 'database is up to date');
  });

  it('users add creates an account without printing the given password; users list shows it', async () => {
    const added = await ariadne(['users', 'add', 'a@example.org', '--name', 'A', '--role', 'admin', '--password', PASSWORD], env);
    assert.equal(added.code, 0, show(added));
    assert.match(added.stdout.trim(), /^created user \d+ a@example\.org$/);
    assert.ok(!added.stdout.includes(PASSWORD));
    assert.equal(added.stderr, '');

    const listed = await ariadne(['users', 'list'], env);
    assert.equal(listed.code, 0, show(listed));
    const row = lines(listed.stdout).find((line) => line.includes('a@example.org'));
    assert.ok(row, listed.stdout);
    assert.match(row, /a@example\.org\s+active\s+admin$/);
  });

  it('users set-role replaces the roles; a focal point gets its country', async () => {
    const result = await ariadne(['users', 'set-role', 'a@example.org', '--role', 'focal_point', '--country', 'MWI'], env);
    assert.equal(result.code, 0, show(result));
    assert.equal(result.stdout.trim(), 'a@example.org: focal_point(MWI)');
    const missing = await ariadne(['users', 'set-role', 'a@example.org', '--role', 'focal_point'], env);
    assert.equal(missing.code, 1, show(missing));
    assertOneErrorLine(missing, /country/i);
  });

  it('users disable disables the account', async () => {
    const result = await ariadne(['users', 'disable', 'a@example.org'], env);
    assert.equal(result.code, 0, show(result));
    assert.equal(result.stdout.trim(), 'disabled a@example.org');
    const nobody = await ariadne(['users', 'disable', 'nobody@example.org'], env);
    assert.notEqual(nobody.code, 0);
    assertOneErrorLine(nobody, /nobody@example\.org/);
  });

  it('users add with a bad e-mail prints one line starting with "ariadne:" and exits non-zero', async () => {
    const result = await ariadne(['users', 'add', 'not-an-email', '--name', 'Bad', '--password', PASSWORD], env);
    assert.notEqual(result.code, 0, show(result));
    assert.equal(result.code, 1);
    assertOneErrorLine(result, /email/i);
    assert.equal(result.stdout, '');
    const duplicate = await ariadne(['users', 'add', 'A@EXAMPLE.ORG', '--name', 'Again', '--password', PASSWORD], env);
    assert.equal(duplicate.code, 1, show(duplicate));
    assertOneErrorLine(duplicate, /already exists/);
  });

  it('users add without --password prints a generated password once, and it works', async () => {
    const result = await ariadne(['users', 'add', 'c@example.org', '--name', 'C', '--role', 'editor'], env);
    assert.equal(result.code, 0, show(result));
    const generated = /^created user \d+ c@example\.org with password: (\S+)$/.exec(result.stdout.trim())?.[1];
    assert.ok(generated && generated.length >= 10, result.stdout);
    const database = await openPGlite(dataDir);
    try {
      const session = await signIn(database.db, { email: 'c@example.org', password: generated }, {});
      assert.ok(session.cookieValue);
    } finally {
      await database.close();
    }
  });

  it('an unknown command exits 2 with one line, without opening the database', async () => {
    const result = await ariadne(['frobnicate'], { DATA_DIR: join(dataDir, 'must-not-be-created') });
    assert.equal(result.code, 2, show(result));
    assertOneErrorLine(result, /unknown command "frobnicate"/);
    assert.ok(!readdirSync(dataDir).includes('must-not-be-created'));
    const usage = await ariadne([], env);
    assert.equal(usage.code, 2);
    assert.match(usage.stdout, /^Usage: ariadne <command>/);
    const badUsers = await ariadne(['users', 'frobnicate'], env);
    assert.equal(badUsers.code, 2, show(badUsers));
    assert.match(badUsers.stderr, /^ariadne: unknown users command "frobnicate"/);
  });

  it('seed creates the sample accounts once', async () => {
    const first = await ariadne(['seed'], { ...env, SAMPLE_PASSWORD });
    assert.equal(first.code, 0, show(first));
    const [accountsLine, ...recordLines] = first.stdout.trim().split('\n');
    assert.equal(accountsLine, `created 10 sample accounts with password: ${SAMPLE_PASSWORD}`);
    assert.ok(recordLines.includes('loaded 173 sample knowledge records'), first.stdout);
    const second = await ariadne(['seed'], { ...env, SAMPLE_PASSWORD });
    assert.equal(second.code, 0, show(second));
    const secondLines = second.stdout.trim().split('\n');
    assert.equal(secondLines[0], 'sample accounts already present');
    assert.ok(secondLines.slice(1).every((line) => /^sample .+ already present$/.test(line)), second.stdout);
    assert.ok(secondLines.includes('sample knowledge records already present'), second.stdout);

    const listed = await ariadne(['users', 'list', '--json'], env);
    assert.equal(listed.code, 0, show(listed));
    const users = JSON.parse(listed.stdout) as { id: number; email: string; disabled: boolean; roles: { role: string; countries: string[] | null }[] }[];
    const byEmail = new Map(users.map((u) => [u.email, u]));
    for (const email of ['admin@example.org', 'editor@example.org', 'reviewer@example.org', 'focal.malawi@example.org', 'focal.niger@example.org', 'programme@example.org', 'analyst@example.org', 'researcher@example.org', 'authority.italy@example.org', 'authority.nigeria@example.org']) {
      assert.ok(byEmail.has(email), `${email} was created`);
    }
    assert.deepEqual(byEmail.get('focal.niger@example.org')!.roles, [{ role: 'focal_point', countries: ['NER'] }]);
    assert.deepEqual(byEmail.get('a@example.org'), { id: byEmail.get('a@example.org')!.id, email: 'a@example.org', displayName: 'A', locale: null, disabled: true, roles: [{ role: 'focal_point', countries: ['MWI'] }] });
    assert.ok(!listed.stdout.includes('argon2') && !/password/i.test(listed.stdout));
  });

  it('audit verify passes on the untouched log, and names the entry after a row was altered in the database', async () => {
    const intact = await ariadne(['audit', 'verify'], env);
    assert.equal(intact.code, 0, show(intact));
    const count = Number(/^audit log intact: (\d+) entries verified$/.exec(intact.stdout.trim())?.[1]);
    assert.ok(count >= 13, intact.stdout); // add a, set-role, disable, add c, sign-in of c, 8 sample accounts

    const database = await openPGlite(dataDir);
    try {
      const entry = await database.db.selectFrom('audit_log').select(['action', 'actor_label']).where('seq', '=', 2).executeTakeFirstOrThrow();
      assert.equal(entry.action, 'user.set_roles');
      assert.match(entry.actor_label, /^cli:/);
      await sql`update audit_log set after = jsonb_set(after, '{roles}', '[{"role":"admin","countries":null}]') where seq = 2`.execute(database.db);
    } finally {
      await database.close();
    }

    const tampered = await ariadne(['audit', 'verify'], env);
    assert.notEqual(tampered.code, 0, show(tampered));
    assertOneErrorLine(tampered, /TAMPERED/);
    assert.match(tampered.stderr, /audit entry 2 was altered/);
    assert.equal(tampered.stdout, '');

    const usage = await ariadne(['audit'], env);
    assert.equal(usage.code, 2, show(usage));
    assertOneErrorLine(usage, /usage: ariadne audit verify/);
  });
});

describe('ariadne CLI on PostgreSQL (DATABASE_URL)', { skip: !TEST_DRIVERS.includes('postgres') && 'PostgreSQL tests are off' }, () => {
  const name = `ariadne_cli_${process.pid}_${randomBytes(4).toString('hex')}`;
  let env: Record<string, string>;
  let unusedDataDir: string;

  async function admin(text: string) {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    try { await client.query(text); } finally { await client.end(); }
  }

  before(async () => {
    await admin(`create database ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    unusedDataDir = mkdtempSync(join(tmpdir(), 'ariadne-cli-unused-'));
    env = { DATABASE_URL: url.toString(), DATA_DIR: unusedDataDir };
  });
  after(async () => {
    await admin(`drop database if exists ${name} with (force)`);
    rmSync(unusedDataDir, { recursive: true, force: true });
  });

  it('migrate, users add and users list work on a new database', async () => {
    const migrated = await ariadne(['migrate'], env);
    assert.equal(migrated.code, 0, show(migrated));
    assert.match(migrated.stdout, /^applied 0001_foundation/);
    const again = await ariadne(['migrate'], env);
    assert.equal(again.stdout.trim(), 'database is up to date', show(again));

    const added = await ariadne(['users', 'add', 'b@example.org', '--name', 'B', '--role', 'admin', '--role', 'analyst', '--password', PASSWORD], env);
    assert.equal(added.code, 0, show(added));
    assert.match(added.stdout.trim(), /^created user \d+ b@example\.org$/);

    const listed = await ariadne(['users', 'list'], env);
    assert.equal(listed.code, 0, show(listed));
    assert.match(listed.stdout, /b@example\.org\s+active\s+admin analyst/);
    const verified = await ariadne(['audit', 'verify'], env);
    assert.equal(verified.code, 0, show(verified));
    assert.equal(verified.stdout.trim(), 'audit log intact: 1 entries verified');

    assert.deepEqual(readdirSync(unusedDataDir), [], 'DATA_DIR is not used when DATABASE_URL is set');
  });

  it('a wrong DATABASE_URL gives one line, without the password', async () => {
    const scheme = await ariadne(['users', 'list'], { DATABASE_URL: 'mysql://localhost/x' });
    assert.equal(scheme.code, 1, show(scheme));
    assertOneErrorLine(scheme, /DATABASE_URL must start with postgres:\/\//);

    const unreachable = await ariadne(['users', 'list'], { DATABASE_URL: 'postgres://someone:s3cretpw@127.0.0.1:1/nothing' });
    assert.equal(unreachable.code, 1, show(unreachable));
    assertOneErrorLine(unreachable, /cannot connect to PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nothing/);
    assert.ok(!unreachable.stderr.includes('s3cretpw'));
  });
});
