import { createWriteStream } from 'node:fs';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { cliActor, UsageError, type CapabilityCli, readInputFile, reportImportProblems } from '../core/cli-support.ts';
import { exportStream, type ExportFormat } from './export.ts';
import { importRecords } from './import.ts';
import { ImportRejected, importProblemSummary } from '../core/files/import-problems.ts';
import type { Kind } from './schemas.ts';

export const KNOWLEDGE_USAGE = `ariadne import cases|legislation|bibliography FILE [--publish] [--problems FILE.csv]
  FILE is CSV, XLSX or JSON; every row valid or nothing imported; --publish publishes at once.
ariadne export cases|legislation|bibliography FILE.csv|FILE.xlsx|FILE.json [--q "search"] [--base-url URL]
  Published records only, complete (with the initials of persons, for the editorial team).`;

const DATABASES: Record<string, Kind> = { cases: 'case', case: 'case', legislation: 'legislation', laws: 'legislation', bibliography: 'publication', publications: 'publication' };

export async function importCommand(db: Kysely<Database>, args: string[], print: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { publish: { type: 'boolean' }, problems: { type: 'string' } } });
  const [database, file] = positionals;
  const kind = DATABASES[database ?? ''];
  if (!kind || !file) throw new UsageError(`usage:\n${KNOWLEDGE_USAGE}`);
  const bytes = readInputFile(file);
  try {
    const report = await importRecords(db, cliActor(), kind, { bytes, filename: basename(file) }, { publish: values.publish ?? false });
    print(`imported ${report.created + report.updated} ${database} records from ${file}: ${report.created} new, ${report.updated} updated, ${report.published} published`);
    if (report.warnings.length) {
      print('kept as published, for an editor to check:');
      for (const line of importProblemSummary(report.warnings).slice(1)) print(line);
    }
  } catch (error) {
    if (error instanceof ImportRejected) reportImportProblems(error, print, values.problems);
    throw error;
  }
}

export async function exportCommand(db: Kysely<Database>, args: string[], print: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { q: { type: 'string' }, 'base-url': { type: 'string' } } });
  const [database, file] = positionals;
  const kind = DATABASES[database ?? ''];
  const format = file?.toLowerCase().split('.').pop() as ExportFormat | undefined;
  if (!kind || !file || !format || !['csv', 'xlsx', 'json'].includes(format)) throw new UsageError(`usage:\n${KNOWLEDGE_USAGE}`);
  const request = { q: values.q ?? '', filters: { kind: [kind] }, sort: 'date' as const, page: 1, pageSize: 1 };
  await pipeline(exportStream(db, request, format, values['base-url'] ?? process.env.PUBLIC_URL ?? 'http://localhost:3000', { personDetails: true }), createWriteStream(file));
  print(`exported ${database} to ${file}`);
}

const databaseHandlers = (handler: CapabilityCli['imports'][string]) => Object.fromEntries(Object.keys(DATABASES).map((name) => [name, handler]));

export const knowledgeCli: CapabilityCli = { usage: KNOWLEDGE_USAGE, imports: databaseHandlers(importCommand), exports: databaseHandlers(exportCommand), commands: {} };
