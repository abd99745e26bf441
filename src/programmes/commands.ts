import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { cliActor, UsageError, type CapabilityCli, readInputFile, reportImportProblems } from '../core/cli-support.ts';
import { tableBytes } from '../core/files/write-table.ts';
import { importFile } from './import.ts';
import { ImportRejected } from '../core/files/import-problems.ts';
import { activitiesTable, outcomesTable } from './export.ts';
import { filterFromQuery } from './filters.ts';
import { yearInReviewPdf } from './report-pdf.ts';
import { impactReport } from './report.ts';
import type { ImportKind } from './columns.ts';

export const PROGRAMMES_USAGE = `ariadne import activities|participants|outcomes FILE
  FILE is CSV or XLSX with the columns of the template; every row valid or nothing imported.
ariadne export activities|outcomes FILE.csv|FILE.xlsx [--year YYYY] [--programme CODE] [--country ISO3] [--drafts]
ariadne report impact --year YYYY [--programme CODE] [--pdf FILE.pdf]
  The impact figures of a year; with --pdf, the printable year in review (needs Chromium).`;

const KINDS: Record<string, ImportKind> = { activities: 'activities', participants: 'participants', outcomes: 'outcomes' };

async function importCommand(db: Kysely<Database>, args: string[], print: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { problems: { type: 'string' } } });
  const [word, file] = positionals;
  const kind = KINDS[word ?? ''];
  if (!kind || !file) throw new UsageError(`usage:\n${PROGRAMMES_USAGE}`);
  const bytes = readInputFile(file);
  try {
    const report = await importFile(db, cliActor(), kind, { bytes, filename: basename(file) });
    print(`imported ${report.rows} ${kind} rows from ${file}: ${report.created} new, ${report.updated} updated`);
  } catch (error) {
    if (error instanceof ImportRejected) reportImportProblems(error, print, values.problems);
    throw error;
  }
}

const FILTER_OPTIONS = { year: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, programme: { type: 'string', multiple: true }, country: { type: 'string', multiple: true }, drafts: { type: 'boolean' } } as const;

function filterOf(values: { year?: string; from?: string; to?: string; programme?: string[]; country?: string[] }) {
  const query: Record<string, string[]> = {};
  for (const name of ['year', 'from', 'to'] as const) if (values[name]) query[name] = [values[name]!];
  if (values.programme) query.programme = values.programme;
  if (values.country) query.country = values.country;
  return filterFromQuery(query, { defaultPeriod: 'all' });
}

async function exportCommand(db: Kysely<Database>, args: string[], print: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: FILTER_OPTIONS });
  const [word, file] = positionals;
  const format = file?.toLowerCase().split('.').pop();
  if ((word !== 'activities' && word !== 'outcomes') || !file || (format !== 'csv' && format !== 'xlsx')) throw new UsageError(`usage:\n${PROGRAMMES_USAGE}`);
  const filter = { ...filterOf(values), types: [], includeDrafts: values.drafts ?? false };
  const table = word === 'activities' ? await activitiesTable(db, filter) : await outcomesTable(db, filter);
  writeFileSync(file, await tableBytes(table, format));
  print(`exported ${table.rows.length} ${word} to ${file}`);
}

async function reportCommand(db: Kysely<Database>, args: string[], print: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { year: { type: 'string' }, programme: { type: 'string' }, pdf: { type: 'string' } } });
  if (positionals[0] !== 'impact' || !values.year || !/^\d{4}$/.test(values.year)) throw new UsageError(`usage: ariadne report impact --year YYYY [--programme CODE] [--pdf FILE.pdf]`);
  const year = Number(values.year);
  const filter = { from: `${year}-01-01`, to: `${year}-12-31`, programmes: values.programme ? [values.programme] : [], countries: [] };
  const known = values.programme ? await db.selectFrom('pm_programmes').select('id').where('code', '=', values.programme).executeTakeFirst() : true;
  if (!known) throw new UsageError(`unknown programme ${values.programme}`);
  const { figures } = await impactReport(db, filter);
  print(`impact ${year}${values.programme ? ` ${values.programme}` : ''}: ${figures.countriesSupported} countries supported; ${figures.trained.total} people trained `
    + `(${figures.trained.female} female, ${figures.trained.male} male, ${figures.trained.unknown} unknown); ${figures.countriesLegislative} countries helped with legislation; `
    + `${figures.technicalCooperation} technical cooperation activities; ${figures.speakerEvents} events attended as speakers; ${figures.eventsOrganized} events organized `
    + `with ${figures.eventParticipants} participants; ${figures.publications} tools and publications; ${figures.casesAdded} cases added; `
    + `${figures.outcomes.investigation_supported.quantity} investigations supported`);
  if (values.pdf) {
    const bytes = await yearInReviewPdf(db, { year, programme: values.programme });
    writeFileSync(values.pdf, bytes);
    print(`wrote ${values.pdf} (${bytes.byteLength} bytes)`);
  }
}

/** This capability's part of the `ariadne` command line. */
export const programmesCli: CapabilityCli = {
  usage: PROGRAMMES_USAGE,
  imports: { activities: importCommand, participants: importCommand, outcomes: importCommand },
  exports: { activities: exportCommand, outcomes: exportCommand },
  commands: { report: reportCommand },
};
