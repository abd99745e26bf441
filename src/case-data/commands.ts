import { createWriteStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { cliActor, UsageError, type CapabilityCli, readInputFile, reportImportProblems } from '../core/cli-support.ts';
import { getCountry } from '../core/geo/countries.ts';
import { exportHtcds, type HtcdsFormat } from './export.ts';
import { importHtcds } from './import.ts';
import { ImportRejected } from '../core/files/import-problems.ts';
import { auditExport } from './service.ts';

export const CASE_DATA_USAGE = `ariadne import htcds FILE [--country ISO3]
  HTCDS 2.0 case-level records (CSV or XLSX, one row per person); every row valid or nothing imported.
  Cases already present with the same ari_CaseId are replaced. --country: the country the file is for.
ariadne export htcds --country ISO3 [--format csv|xlsx] [--out FILE]
  The country's case-level records with the standard's column names (CSV on standard output by default).`;

async function importCommand(db: Kysely<Database>, args: string[], print: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args: args.slice(1), allowPositionals: true, options: { country: { type: 'string' }, problems: { type: 'string' } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError(`usage:\n${CASE_DATA_USAGE}`);
  if (values.country && !getCountry(values.country)) throw new UsageError(`unknown country "${values.country}" (an ISO 3166 code such as MWI)`);
  const bytes = readInputFile(file);
  const started = Date.now();
  try {
    const report = await importHtcds(db, cliActor(), { bytes, filename: basename(file) }, { country: values.country });
    const seconds = (Date.now() - started) / 1000;
    print(`imported ${report.persons} persons in ${report.cases} cases from ${file} (${report.replacedCases} cases replaced, ${report.flaggedPersons} persons with flagged free text) in ${seconds.toFixed(1)} s`);
  } catch (error) {
    if (error instanceof ImportRejected) {
      reportImportProblems(error, print, values.problems);
    }
    throw error;
  }
}

async function exportCommand(db: Kysely<Database>, args: string[], print: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args: args.slice(1), allowPositionals: true, options: { country: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } } });
  const country = values.country ? getCountry(values.country)?.iso3 : undefined;
  const format = (values.format ?? (values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv')) as HtcdsFormat;
  if (!values.country || positionals.length || !['csv', 'xlsx'].includes(format)) throw new UsageError(`usage:\n${CASE_DATA_USAGE}`);
  if (!country) throw new UsageError(`unknown country "${values.country}" (an ISO 3166 code such as MWI)`);
  if (format === 'xlsx' && !values.out) throw new UsageError('XLSX needs --out FILE');
  const actor = cliActor();
  const chunks = Readable.from(exportHtcds(db, actor, country, format));
  if (values.out) await pipeline(chunks, createWriteStream(values.out));
  else await pipeline(chunks, process.stdout, { end: false });
  await auditExport(db, actor, country, format);
  if (values.out) print(`exported the case-level records of ${country} to ${values.out}`);
}

export const caseDataCli: CapabilityCli = { usage: CASE_DATA_USAGE, imports: { htcds: importCommand }, exports: { htcds: exportCommand }, commands: {} };
