import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { cliActor, UsageError, type CapabilityCli, type CliHandler, readInputFile, reportImportProblems } from '../core/cli-support.ts';
import { exportTreatyStatus, importTreatyStatus } from './transfer.ts';
import { ImportRejected } from '../core/files/import-problems.ts';

export const TREATIES_USAGE = `ariadne import treaty-status FILE
  CSV or XLSX with columns country (ISO3 or English name), treaty, action, date (YYYY-MM-DD, or YYYY
  when only the year is known), optional effective_date (withdrawals), source, illustrative; all rows or none.
ariadne export treaty-status [--format csv|xlsx] [--treaty CODE] [--out FILE]
  The recorded actions in the import format (to standard output unless --out).`;

const importCommand: CliHandler = async (db, args, print) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { problems: { type: 'string' } } });
  const file = positionals[1];
  if (!file) throw new UsageError(`usage:\n${TREATIES_USAGE}`);
  const bytes = readInputFile(file);
  try {
    const report = await importTreatyStatus(db, cliActor(), { bytes, filename: basename(file) });
    print(`imported ${report.rows} treaty actions from ${file}: ${report.added} added, ${report.alreadyRecorded} already recorded`);
  } catch (error) {
    if (error instanceof ImportRejected) reportImportProblems(error, print, values.problems);
    throw error;
  }
};

const exportCommand: CliHandler = async (db, args, print) => {
  const { values } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' }, treaty: { type: 'string' } } });
  const format = values.format ?? (values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError(`usage:\n${TREATIES_USAGE}`);
  if (format === 'xlsx' && !values.out) throw new UsageError('an XLSX export needs --out FILE');
  const bytes = await exportTreatyStatus(db, format, values.treaty?.toUpperCase());
  if (values.out) {
    writeFileSync(values.out, bytes);
    print(`exported treaty status to ${values.out}`);
  } else {
    print(bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r?\n$/, ''));
  }
};

/** This capability's part of the `ariadne` command line. */
export const treatiesCli: CapabilityCli = { usage: TREATIES_USAGE, imports: { 'treaty-status': importCommand }, exports: { 'treaty-status': exportCommand }, commands: {} };
