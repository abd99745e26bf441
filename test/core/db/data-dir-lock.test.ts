import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openPGlite } from '../../../src/core/db/connect.ts';
import { DataDirLockedError, lockDataDir } from '../../../src/core/db/data-dir-lock.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CONNECT = fileURLToPath(new URL('../../../src/core/db/connect.ts', import.meta.url));
const LOCK_FILE = 'ariadne.lock';

const dirs: string[] = [];
function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ariadne-lock-'));
  dirs.push(dir);
  return dir;
}
after(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

interface Finished { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

/** Runs a command to its end (killing it after timeoutMs) and reports how long it took. */
function run(args: string[], env: Record<string, string | undefined>, timeoutMs = 30_000): Promise<Finished> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stdout, stderr, ms: Date.now() - started }); });
  });
}

function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.DATABASE_URL;
  delete env.NODE_TEST_CONTEXT; // the child is a program, not a test file
  return env;
}

/** A script for `node --import tsx -e` that tries to open the data dir and prints the outcome as JSON. */
function tryOpenScript(dataDir: string): string {
  return `import(${JSON.stringify(CONNECT)}).then(async ({ openPGlite }) => {
    try {
      const database = await openPGlite(${JSON.stringify(dataDir)});
      await database.close();
      console.log(JSON.stringify({ opened: true }));
    } catch (error) {
      console.log(JSON.stringify({ opened: false, name: error.constructor.name, message: error.message, pid: error.pid }));
    }
  });`;
}

/** A pid that certainly belonged to a process which has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const pid = Number(child.stdout);
  assert.ok(pid > 0);
  return pid;
}

describe('PGlite data directory lock', () => {
  it('openPGlite on a new directory creates it, holds a lock file with our pid, and close removes the lock', async () => {
    const dir = join(tempDataDir(), 'nested', 'data');
    const database = await openPGlite(dir);
    try {
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(process.pid));
      const result = await sql<{ answer: number }>`select 6 * 7 as answer`.execute(database.db);
      assert.deepEqual(result.rows, [{ answer: 42 }]);
    } finally {
      await database.close();
    }
    assert.equal(existsSync(join(dir, LOCK_FILE)), false, 'the lock file is gone after close');
    // and it can be opened again, with the data still there
    const again = await openPGlite(dir);
    await again.close();
  });

  it('the CLI in another process fails at once with one line saying the database is in use', async () => {
    const dir = tempDataDir();
    const database = await openPGlite(dir);
    try {
      await sql`create table marker (note text)`.execute(database.db);
      const result = await run(['bin/ariadne.mjs', 'users', 'list'], { DATA_DIR: dir });
      assert.equal(result.signal, null, `the CLI ended by itself (it took ${result.ms} ms)`);
      assert.notEqual(result.code, 0);
      assert.ok(result.ms < 15_000, `it failed at once, not after waiting (${result.ms} ms)`);
      const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
      assert.equal(lines.length, 1, `one line on stderr, got: ${JSON.stringify(result.stderr)}`);
      assert.match(lines[0], /^ariadne: /);
      assert.match(lines[0], /in use/);
      assert.ok(lines[0].includes(`pid ${process.pid}`), `names the owner: ${lines[0]}`);
      assert.ok(lines[0].includes(dir), `names the directory: ${lines[0]}`);
      assert.equal(result.stdout, '');
      // The refused process left our lock and our database alone.
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(process.pid));
      await sql`insert into marker values ('still ours')`.execute(database.db);
      const rows = await sql<{ note: string }>`select note from marker`.execute(database.db);
      assert.deepEqual(rows.rows, [{ note: 'still ours' }]);
    } finally {
      await database.close();
    }
  });

  it('openPGlite in another process throws DataDirLockedError naming the owner pid', async () => {
    const dir = tempDataDir();
    const database = await openPGlite(dir);
    try {
      const result = await run(['--import', 'tsx', '-e', tryOpenScript(dir)], {});
      assert.equal(result.code, 0, result.stderr);
      const outcome = JSON.parse(result.stdout.trim());
      assert.equal(outcome.opened, false);
      assert.equal(outcome.name, 'DataDirLockedError');
      assert.equal(outcome.pid, process.pid);
      assert.match(outcome.message, /is in use by another Ariadne process/);
    } finally {
      await database.close();
    }
    // Once we closed it, the other process may open it.
    const result = await run(['--import', 'tsx', '-e', tryOpenScript(dir)], {});
    assert.deepEqual(JSON.parse(result.stdout.trim()), { opened: true });
    assert.equal(existsSync(join(dir, LOCK_FILE)), false);
  });

  it('a lock held by a live process refuses us; once that process is killed, the stale lock is taken over', async () => {
    const dir = tempDataDir();
    const holderScript = `import(${JSON.stringify(CONNECT)}).then(async ({ openPGlite }) => {
      const database = await openPGlite(${JSON.stringify(dir)});
      await database.db.schema.createTable('left_behind').addColumn('note', 'text').execute();
      await database.db.insertInto('left_behind').values({ note: 'written before the crash' }).execute();
      console.log('ready');
      setInterval(() => {}, 1000);
    });`;
    const holder = spawn(process.execPath, ['--import', 'tsx', '-e', holderScript], { cwd: ROOT, env: cleanEnv({}), stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<void>((resolve) => holder.on('exit', () => resolve()));
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        let err = '';
        const timer = setTimeout(() => reject(new Error(`holder did not start: ${err}`)), 30_000);
        holder.stderr.on('data', (chunk) => { err += chunk; });
        holder.stdout.on('data', (chunk) => { out += chunk; if (out.includes('ready')) { clearTimeout(timer); resolve(); } });
        holder.on('exit', (code) => { clearTimeout(timer); reject(new Error(`holder exited with ${code}: ${err}`)); });
      });
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(holder.pid));
      const started = Date.now();
      await assert.rejects(openPGlite(dir), (error: unknown) => {
        assert.ok(error instanceof DataDirLockedError);
        assert.equal(error.pid, holder.pid);
        assert.equal(error.dataDir, dir);
        return true;
      });
      assert.ok(Date.now() - started < 2000, 'refused at once');
    } finally {
      holder.kill('SIGKILL');
      await exited;
    }
    // The holder died without releasing the lock: its file is still there, with a dead pid.
    assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(holder.pid));
    const database = await openPGlite(dir);
    try {
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(process.pid));
      const rows = await database.db.selectFrom('left_behind' as never).selectAll().execute();
      assert.deepEqual(rows, [{ note: 'written before the crash' }]);
    } finally {
      await database.close();
    }
  });

  it('after close, a stale lock file with a dead pid is taken over', async () => {
    const dir = tempDataDir();
    const first = await openPGlite(dir);
    await first.close();
    const stale = deadPid();
    writeFileSync(join(dir, LOCK_FILE), String(stale));
    const database = await openPGlite(dir);
    try {
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(process.pid));
    } finally {
      await database.close();
    }
    assert.equal(existsSync(join(dir, LOCK_FILE)), false);
  });

  it('an empty or unreadable lock file (a crash while writing it) is taken over', () => {
    for (const content of ['', 'not a pid', '\n']) {
      const dir = tempDataDir();
      writeFileSync(join(dir, LOCK_FILE), content);
      const release = lockDataDir(dir);
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(process.pid));
      release();
      assert.equal(existsSync(join(dir, LOCK_FILE)), false);
    }
  });

  it('releasing twice is harmless, and a release does not remove a lock that another process took since', () => {
    const dir = tempDataDir();
    const release = lockDataDir(dir);
    release();
    const other = deadPid();
    writeFileSync(join(dir, LOCK_FILE), String(other));
    release();
    assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(other));
  });

  it('releasing the lock removes its process exit hook (opening and closing many times does not leak listeners)', () => {
    const dir = tempDataDir();
    const listeners = process.listenerCount('exit');
    for (let i = 0; i < 3; i++) lockDataDir(dir)();
    assert.equal(process.listenerCount('exit'), listeners);
  });

  it('a second open of the same directory in the same process is refused too (two PGlite instances would corrupt it)', async () => {
    const dir = tempDataDir();
    const first = await openPGlite(dir);
    try {
      let second: Awaited<ReturnType<typeof openPGlite>> | undefined;
      try {
        await assert.rejects(async () => { second = await openPGlite(dir); }, DataDirLockedError);
      } finally {
        await second?.close();
      }
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8'), String(process.pid), 'the first holder still has its lock');
    } finally {
      await first.close();
    }
  });
});
