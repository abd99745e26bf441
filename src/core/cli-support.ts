import { readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.ts';
import type { SystemActor } from './access/actor.ts';
import { AppError } from './errors.ts';
import { translate } from './i18n/i18n.ts';
import { ImportRejected, importProblemSummary, problemsCsv } from './files/import-problems.ts';

/** Thrown for a wrong command line; printed as one line with the usage hint. */
export class UsageError extends Error {}

export function cliActor(): SystemActor {
  let name = 'unknown';
  try { name = userInfo().username; } catch { /* no passwd entry in some containers */ }
  return { kind: 'system', label: `cli:${name}` };
}

/** The bytes of a file named on the command line, or a usage error that names it. */
export function readInputFile(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
}

/** One clear line for any error, in English (a refused import's problems are reported apart: reportImportProblems). */
export function describeError(error: unknown): string {
  if (error instanceof ImportRejected) return translate('en', error.message, error.params);
  if (error instanceof AppError) {
    const fields = error.fields.map((field) => `${field.field}: ${translate('en', field.message, field.params)}`);
    return [translate('en', error.message, error.params), fields.join('; ')].filter(Boolean).join(' ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** A command-line handler: gets the open database and the arguments after the command word. */
export type CliHandler = (db: Kysely<Database>, args: string[], print: (line: string) => void) => Promise<void>;

/**
 * A capability's part of the command line: `ariadne import <kind> ...` and `ariadne export <kind> ...`
 * are routed by kind (args keep the kind first); `commands` adds top-level commands (`ariadne report ...`).
 */
export interface CapabilityCli {
  usage: string;
  imports: Record<string, CliHandler>;
  exports: Record<string, CliHandler>;
  commands: Record<string, CliHandler>;
}

/**
 * A refused import on the command line: the problems grouped by column and message, once; with
 * `--problems FILE`, every problem also written to FILE as CSV.
 */
export function reportImportProblems(error: ImportRejected, print: (line: string) => void, problemsFile?: string): void {
  for (const line of importProblemSummary(error.problems)) print(line);
  if (error.truncated) print('  (the file has more problems than were collected: fix these and import again)');
  if (!problemsFile) {
    if (error.problems.length > 1) print('  (--problems FILE writes every problem as CSV)');
    return;
  }
  try {
    writeFileSync(problemsFile, problemsCsv(error.problems));
  } catch {
    throw new UsageError(`cannot write ${problemsFile}`);
  }
  print(`every problem written to ${problemsFile}`);
}
