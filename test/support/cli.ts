import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CliResult { code: number | null; stdout: string; stderr: string }

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Settings of Ariadne that the child gets only when a test gives them: never the test runner's own. */
const SETTINGS = ['DATABASE_URL', 'DATA_DIR', 'ARIADNE_PASSWORD', 'SAMPLE_PASSWORD', 'SAMPLE_DATA', 'NODE_TEST_CONTEXT'];

/** Runs Node with these arguments in the repository and collects its exit code and outputs; killed after `timeoutMs`. */
export function runNode(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}

/** Runs the `ariadne` command (bin/ariadne.mjs) as a person would, in the repository, with these settings; killed after two minutes. */
export function runAriadne(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of SETTINGS) if (!(name in env)) delete childEnv[name];
  return runNode(['bin/ariadne.mjs', ...args], childEnv, 120_000);
}

/** A result as an assertion message: exit code and both outputs. */
export const showResult = (result: CliResult) => `exit ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`;
