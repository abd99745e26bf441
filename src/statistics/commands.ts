import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { cliActor, UsageError, type CapabilityCli, readInputFile, reportImportProblems } from '../core/cli-support.ts';
import { exportLongFile, type LongFormat } from './long-export.ts';
import { importLongFile } from './long-import.ts';
import { ImportRejected } from '../core/files/import-problems.ts';

export const STATISTICS_USAGE = `ariadne import statistics-long FILE
  FILE is the published long format (CSV, or XLSX with two preamble lines); its rows become the
  published data of the countries and years it holds; every row valid or nothing imported.
ariadne export statistics-long [--format csv|xlsx] [--out FILE]
  Every published value in the long format; CSV on standard output unless --out is given.`;

export async function importLongCommand(db: Kysely<Database>, args: string[], print: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { problems: { type: 'string' } } });
  const file = positionals[1];
  if (!file) throw new UsageError(`usage:\n${STATISTICS_USAGE}`);
  const bytes = readInputFile(file);
  const started = Date.now();
  try {
    const report = await importLongFile(db, cliActor(), { bytes, filename: basename(file) });
    print(`imported ${report.rows} rows from ${file} as published data: ${report.countryYears} country-years of ${report.countries} countries`
      + `${report.unmapped ? `; ${report.unmapped} rows kept with a country or category that maps to no ISO code` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    if (error instanceof ImportRejected) {
      reportImportProblems(error, print, values.problems);
      print('nothing was imported');
    }
    throw error;
  }
}

export async function exportLongCommand(db: Kysely<Database>, args: string[], print: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' } } });
  const format = (values.format ?? (values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv')) as LongFormat;
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError(`usage:\n${STATISTICS_USAGE}`);
  if (format === 'xlsx' && !values.out) throw new UsageError('an XLSX export needs --out FILE');
  const { bytes, rows } = await exportLongFile(db, format);
  if (values.out) {
    writeFileSync(values.out, bytes);
    print(`exported ${rows} published values to ${values.out}`);
  } else {
    // The command exits right after: wait until the bytes are handed to the pipe, or a slow reader gets a truncated file.
    await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
  }
}

export const statisticsCli: CapabilityCli = {
  usage: STATISTICS_USAGE,
  imports: { 'statistics-long': importLongCommand },
  exports: { 'statistics-long': exportLongCommand },
  commands: {},
};
