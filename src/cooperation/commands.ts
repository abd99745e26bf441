import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { cliActor, UsageError, type CapabilityCli } from '../core/cli-support.ts';
import { tableBytes } from '../core/files/write-table.ts';
import { translator } from '../core/i18n/i18n.ts';
import { exportVisible, parseFilters } from './reading.ts';
import { requestsTable } from './export.ts';
import { todayUtc } from './dates.ts';

export const COOPERATION_USAGE = `ariadne export cooperation-requests FILE.csv|FILE.xlsx [--status S] [--country ISO3] [--from ISO3] [--to ISO3]
  Every cooperation request (the operator sees all), as on the export of the list page; audited.`;

async function exportCommand(db: Kysely<Database>, args: string[], print: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
    status: { type: 'string' }, country: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
  } });
  const [, file] = positionals;
  const format = file?.toLowerCase().split('.').pop();
  if (!file || (format !== 'csv' && format !== 'xlsx')) throw new UsageError(`usage:\n${COOPERATION_USAGE}`);
  const rows = await exportVisible(db, cliActor(), parseFilters(values), format);
  writeFileSync(file, await tableBytes(requestsTable(rows, translator('en'), todayUtc()), format));
  print(`exported ${rows.length} cooperation requests to ${file}`);
}

/** This capability's part of the `ariadne` command line. */
export const cooperationCli: CapabilityCli = { usage: COOPERATION_USAGE, imports: {}, exports: { 'cooperation-requests': exportCommand }, commands: {} };
