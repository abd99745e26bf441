import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite files must be opened by one process only. The lock file holds the owner's pid;
 * a second process fails at once instead of waiting or corrupting the data. A lock left by
 * a process that no longer runs is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(`the database in ${dataDir} is in use by another Ariadne process (pid ${pid}); stop it first, or use DATABASE_URL for a shared PostgreSQL server`);
  }
}

const heldByThisProcess = new Set<string>();

export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'ariadne.lock');
  if (heldByThisProcess.has(lockPath)) throw new DataDirLockedError(dataDir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldByThisProcess.add(lockPath);
      const removeLockFile = () => {
        try { if (readFileSync(lockPath, 'utf8') === String(process.pid)) rmSync(lockPath); } catch { /* already gone */ }
      };
      process.once('exit', removeLockFile);
      return () => {
        if (!heldByThisProcess.delete(lockPath)) return;
        process.removeListener('exit', removeLockFile);
        removeLockFile();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Our own pid in a lock we do not hold: left by an earlier process that had our pid.
      const owner = Number(readFileSync(lockPath, 'utf8').trim());
      if (owner && owner !== process.pid && isRunning(owner)) throw new DataDirLockedError(dataDir, owner);
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
