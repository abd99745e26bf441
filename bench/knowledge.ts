/**
 * Knowledge portal benchmark: faceted full-text search and import, on PGlite and on PostgreSQL,
 * with a synthetic corpus of case law, legislation and publications (60/20/20, realistic text
 * and skewed vocabularies: bench/generate-knowledge-data.ts).
 *
 * Run: node --expose-gc --import tsx bench/knowledge.ts [pglite|postgres]
 *
 * For each driver and size: a fresh database, the corpus loaded published, VACUUM ANALYZE (what
 * autovacuum would have done on a live portal: statistics, visibility map, GIN pending lists
 * merged), then a mix of searches as the search page sends them (searchPublished, 20 results a
 * page), timed one after another, and finally importRecords of a JSON file with publish: true.
 *
 * Environment:
 *   BENCH_KNOWLEDGE_SIZES=100000,1000000  corpus sizes (default 100000); PGlite only up to
 *                                          BENCH_KNOWLEDGE_PGLITE_MAX (default 100000)
 *   BENCH_KNOWLEDGE_QUERIES=240            measured searches (at least 200), after 20 warm-up ones
 *   BENCH_KNOWLEDGE_IMPORT=10000           records in each import file (cases)
 *   BENCH_KNOWLEDGE_IMPORT_RUNS=3          import files of new records, one after another (median rate reported)
 *   BENCH_KNOWLEDGE_SEED=1                 corpus seed
 *   BENCH_KNOWLEDGE_DATABASE=name          PostgreSQL only: a database kept between runs (loaded by the
 *                                          first run, reused by the next ones; each run imports new records)
 *   BENCH_KNOWLEDGE_EXPLAIN=/tmp/plans.txt EXPLAIN (ANALYZE, BUFFERS) of each statement of the
 *                                          slowest search of each query type, written to this file
 *
 * Targets: search p95 <= 50 ms on PostgreSQL at 100,000 records and <= 100 ms at 1,000,000;
 * PGlite no worse than 1.5 x PostgreSQL at 100,000; import >= 2,000 records/s.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg, totalmem } from 'node:os';
import { CompiledQuery, sql, type Kysely, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryId, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import pg from 'pg';
import { openTestDatabase, type TestDatabase } from '../test/support/databases.ts';
import { openPostgres } from '../src/core/db/connect.ts';
import { migrate } from '../src/core/db/migrate.ts';
import type { Database } from '../src/core/db/schema.ts';
import type { DriverName } from '../src/core/db/connect.ts';
import type { SystemActor } from '../src/core/access/actor.ts';
import { importRecords } from '../src/knowledge/import.ts';
import { searchPublished, type SearchRequest, type SortOrder } from '../src/knowledge/search/search.ts';
import { facetIndexFor } from '../src/knowledge/search/facet-index.ts';
import { generateImportFile, loadKnowledgeCorpus } from './generate-knowledge-data.ts';
import { Random } from './random.ts';

const SIZES = (process.env.BENCH_KNOWLEDGE_SIZES ?? '100000').split(',').map((value) => Number(value.trim())).filter((value) => value > 0);
const PGLITE_MAX = Number(process.env.BENCH_KNOWLEDGE_PGLITE_MAX ?? 100_000);
const QUERIES = Math.max(200, Number(process.env.BENCH_KNOWLEDGE_QUERIES ?? 240));
const WARM_UP = 20;
const IMPORT = Number(process.env.BENCH_KNOWLEDGE_IMPORT ?? 10_000);
const IMPORT_RUNS = Number(process.env.BENCH_KNOWLEDGE_IMPORT_RUNS ?? 3);
const SEED = Number(process.env.BENCH_KNOWLEDGE_SEED ?? 1);
const EXPLAIN = process.env.BENCH_KNOWLEDGE_EXPLAIN;
const PAGE_SIZE = 20; // as the search page (src/knowledge/search/request.ts)
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const drivers = (process.argv[2] ? [process.argv[2]] : ['pglite', 'postgres']) as DriverName[];

const SEARCH_TARGET = (size: number) => (size >= 1_000_000 ? 100 : 50);
const PGLITE_FACTOR = 1.5;
const IMPORT_TARGET = 2000;

// --- the query mix ---------------------------------------------------------------------------

const TEXTS: Record<string, string[]> = {
  empty: [''],
  common: ['forced labour', 'trafficking', 'sexual exploitation', 'recruitment agency', 'victims'],
  rare: ['zanzibar', 'kidney', 'quetzaltenango', 'transplant'],
  phrase: ['"debt bondage"', '"fishing vessel"', '"domestic servitude"', '"organized criminal group"'],
  prefix: ['traffick*', 'exploit*', 'recruit*', 'confisc*'],
  exclusion: ['forced labour -fishing', 'trafficking -sexual', 'exploitation -children', '"debt bondage" -construction'],
  other_language: ['traite des êtres humains', 'trata de personas', 'торговля людьми', 'الاتجار بالبشر'],
};

interface FilterSet { label: string; count: number; make: (rep: number) => Pick<SearchRequest, 'filters' | 'yearFrom' | 'yearTo'> }
const TOP_COUNTRIES = ['USA', 'NGA', 'THA', 'PHL', 'GBR', 'BRA', 'MDA', 'KHM'];
const KINDS = ['case', 'legislation', 'publication'];
const PURPOSES = ['forced_labour', 'sexual_exploitation', 'forced_criminality', 'organ_removal'];
const FILTER_SETS: FilterSet[] = [
  { label: 'no filter', count: 0, make: () => ({ filters: {} }) },
  { label: 'country', count: 1, make: (rep) => ({ filters: { country: [TOP_COUNTRIES[rep % TOP_COUNTRIES.length]] } }) },
  { label: 'kind', count: 1, make: (rep) => ({ filters: { kind: [KINDS[rep % KINDS.length]] } }) },
  { label: 'purpose + act', count: 2, make: (rep) => ({ filters: { purpose: [PURPOSES[rep % PURPOSES.length]], act: [rep % 2 ? 'harbouring' : 'recruitment'] } }) },
  { label: 'region + year range', count: 2, make: (rep) => ({ filters: { region: [['142', '150', '002', '019'][rep % 4]] }, yearFrom: 2015, yearTo: 2020 }) },
  { label: 'kind + purpose + country', count: 3, make: (rep) => ({ filters: { kind: ['case'], purpose: [PURPOSES[rep % 2]], country: [TOP_COUNTRIES[(rep * 3) % TOP_COUNTRIES.length]] } }) },
];

interface Planned { textType: string; filterLabel: string; filterCount: number; request: SearchRequest }

/** Every query type with every filter set, several times, plus extra visits of the search page's home; shuffled. */
function queryMix(count: number, seed: number): Planned[] {
  const random = new Random(seed);
  const list: Planned[] = [];
  const plan = (textType: string, filterSet: FilterSet, rep: number): Planned => {
    const q = textType === 'empty' ? '' : TEXTS[textType][(rep + list.length) % TEXTS[textType].length];
    const sort: SortOrder = q ? (random.chance(0.7) ? 'relevance' : 'date') : random.chance(0.8) ? 'date' : 'added';
    return {
      textType: textType === 'empty' ? (filterSet.count ? 'empty (browse)' : 'empty (home)') : textType, filterLabel: filterSet.label, filterCount: filterSet.count,
      request: { q, sort, page: random.chance(0.75) ? 1 : 3, pageSize: PAGE_SIZE, ...filterSet.make(rep + random.int(0, 7)) },
    };
  };
  const combinations = Object.keys(TEXTS).length * FILTER_SETS.length;
  const reps = Math.floor((count * 0.875) / combinations);
  for (let rep = 0; rep < reps; rep++) for (const textType of Object.keys(TEXTS)) for (const filterSet of FILTER_SETS) list.push(plan(textType, filterSet, rep));
  while (list.length < count) list.push(plan('empty', FILTER_SETS[0], list.length));
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

// --- timing every statement of a search -------------------------------------------------------

/**
 * Times each statement that a search sends (count, page of hits, highlight, facet counts), from
 * compilation to result, and keeps the statements to EXPLAIN them later.
 */
class StatementTimer implements KyselyPlugin {
  private starts = new WeakMap<QueryId, number>();
  current: TimedStatement[] | null = null;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.starts.set(args.queryId, performance.now());
    this.current?.push({ node: args.node, queryId: args.queryId, ms: Number.NaN, name: '' });
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const started = this.starts.get(args.queryId);
    const entry = this.current?.find((item) => item.queryId === args.queryId);
    if (entry && started !== undefined) entry.ms = performance.now() - started;
    return args.result;
  }
}

interface TimedStatement { node: RootOperationNode; queryId: QueryId; ms: number; name: string }
interface Sample extends Planned { ms: number; total: number; statements: TimedStatement[] }

/** What a statement of searchPublished does, read from its SQL. */
function statementName(sql: string): string {
  if (/to_tsquery|plainto_tsquery/.test(sql)) return 'normalise query';
  if (/from kn_published p join kn_search_text/.test(sql)) return 'index catch-up';
  if (/^\s*set /i.test(sql)) return 'set local';
  if (/string_agg\(record_id/.test(sql)) return 'text match (GIN)';
  if (/ts_rank/.test(sql)) return 'exact ranking';
  if (/ts_headline/.test(sql)) return 'highlight';
  if (/from "kn_published"/.test(sql)) return 'page rows';
  return 'other';
}

function statementNames(sample: Sample): string[] {
  return sample.statements.map((statement) => statement.name);
}

// --- statistics and printing -----------------------------------------------------------------

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
const n = (value: number) => Math.round(value).toLocaleString('en-US');
const triple = (values: number[]) => {
  const p = percentiles(values);
  return `p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, max ${ms(p.max)}`;
};
const median = (values: number[]) => percentiles(values).p50;

function groupLines(samples: Sample[], key: (sample: Sample) => string, withMatches = false): string[] {
  const groups = new Map<string, Sample[]>();
  for (const sample of samples) groups.set(key(sample), [...(groups.get(key(sample)) ?? []), sample]);
  return [...groups].map(([label, group]) => `  - ${label} (${group.length}${withMatches ? `, median ${n(median(group.map((s) => s.total)))} matches` : ''}): ${triple(group.map((s) => s.ms))}`);
}

const summary: { driver: DriverName; size: number; p50: number; p95: number; max: number; coldP95: number; target: number; importRate: number; loadRate: number }[] = [];

async function relationSizes(db: Kysely<Database>): Promise<string> {
  const result = await sql<{ name: string; bytes: number }>`
    select c.relname as name, pg_total_relation_size(c.oid)::float8 as bytes from pg_class c
    where c.relname in ('kn_published', 'kn_versions', 'kn_records', 'kn_search_text', 'kn_search_text_document', 'kn_search_text_title', 'kn_published_facets') order by c.relname`.execute(db);
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const by = new Map(result.rows.map((row) => [row.name, row.bytes]));
  return `kn_published ${mb(by.get('kn_published') ?? 0)} (GIN facets ${mb(by.get('kn_published_facets') ?? 0)}), kn_search_text ${mb(by.get('kn_search_text') ?? 0)} (GIN document ${mb(by.get('kn_search_text_document') ?? 0)}, GIN title ${mb(by.get('kn_search_text_title') ?? 0)}), kn_versions ${mb(by.get('kn_versions') ?? 0)}, kn_records ${mb(by.get('kn_records') ?? 0)}`;
}

const IMPORTER: SystemActor = { kind: 'system', label: 'bench-import' };

/** A PostgreSQL database kept between runs (BENCH_KNOWLEDGE_DATABASE), created and migrated when missing, used as it is otherwise. */
async function keptDatabase(name: string): Promise<TestDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('BENCH_KNOWLEDGE_DATABASE: a lower-case database name');
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  let created = false;
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    created = !exists.rowCount;
    if (created) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  // Migrated every time: a kept database gets the migrations added since it was loaded (the code
  // measured needs them), and a new one its whole schema.
  await migrate(database.db);
  if (!created) console.log(`  ${name}: kept database, migrated`);
  return { ...database, dispose: () => database.close() };
}

async function benchSize(driver: DriverName, size: number): Promise<string[]> {
  const kept = driver === 'postgres' ? process.env.BENCH_KNOWLEDGE_DATABASE : undefined;
  const database: TestDatabase = kept ? await keptDatabase(kept) : await openTestDatabase(driver);
  const lines: string[] = [];
  try {
    let started = performance.now();
    let loadRate = Number.NaN;
    const present = Number((await sql<{ count: number }>`select count(*)::int as count from kn_published`.execute(database.db)).rows[0].count);
    if (present === 0) {
      let lastReport = performance.now();
      const load = await loadKnowledgeCorpus(database.db, size, {
        seed: SEED,
        onProgress: (done) => {
          if (performance.now() - lastReport > 30_000) { lastReport = performance.now(); process.stderr.write(`  ${driver}: loaded ${n(done)} of ${n(size)}\n`); }
        },
      });
      loadRate = load.perSecond;
      lines.push(`load ${n(size)} records (generate + validate, insertRecords + publishVersions, 2,000 a transaction, not audited): ${ms(load.ms)}, ${n(load.perSecond)} records/s (generation and validation: ${ms(load.generateMs)})`);
      started = performance.now();
      await sql`vacuum analyze`.execute(database.db);
      lines.push(`VACUUM ANALYZE: ${ms(performance.now() - started)}; ${await relationSizes(database.db)}`);
    } else {
      lines.push(`kept database ${kept}: ${n(present)} published records already loaded (corpus of ${n(size)} asked; earlier runs' imports included); ${await relationSizes(database.db)}`);
    }

    // The in-memory search index (facets, and the lexemes and positions of every document) is
    // built by the first search; main.ts builds it at start. Its build time and size:
    global.gc?.();
    // The searches go through a Kysely instance with the statement timer; the index belongs to
    // that instance (one per Kysely object), so it is built, measured and reset through it.
    const timer = new StatementTimer();
    const db = database.db.withPlugin(timer);
    const memoryBefore = process.memoryUsage();
    started = performance.now();
    const index = await facetIndexFor(db);
    const buildMs = performance.now() - started;
    global.gc?.();
    const memoryAfter = process.memoryUsage();
    const parts = index.memoryBytes();
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    lines.push(`search index built in ${ms(buildMs)}; its typed arrays and bitsets: facets ${mib(parts.facets)}, text ${mib(parts.text)}, titles ${mib(parts.titles)}; process heap +${mib(memoryAfter.heapUsed - memoryBefore.heapUsed)}, array buffers +${mib(memoryAfter.arrayBuffers - memoryBefore.arrayBuffers)}, resident ${mib(memoryAfter.rss)}${global.gc ? '' : ' (run node with --expose-gc for exact heap figures)'}`);

    const executor = database.db.getExecutor();
    const run = async (planned: Planned): Promise<Sample> => {
      timer.current = [];
      const t0 = performance.now();
      const result = await searchPublished(db, planned.request, 'en');
      const elapsed = performance.now() - t0;
      const statements = timer.current;
      timer.current = null;
      for (const statement of statements) statement.name = statementName(executor.compileQuery(statement.node, statement.queryId).sql);
      return { ...planned, ms: elapsed, total: result.total, statements };
    };
    for (const planned of queryMix(WARM_UP, SEED + 101)) await run(planned);
    const samples: Sample[] = [];
    started = performance.now();
    for (const planned of queryMix(QUERIES, SEED + 202)) samples.push(await run(planned));
    const searchLoad = loadavg()[1].toFixed(1);
    const overall = percentiles(samples.map((s) => s.ms));
    const target = driver === 'postgres' ? SEARCH_TARGET(size) : SEARCH_TARGET(size) * PGLITE_FACTOR;
    lines.push(`search, ${samples.length} queries after ${WARM_UP} warm-up (${ms(performance.now() - started)} in all, machine load average over 5 min at the end: ${searchLoad}): p50 ${ms(overall.p50)}, p95 ${ms(overall.p95)}, max ${ms(overall.max)} — target p95 <= ${target} ms${driver === 'pglite' ? ' (1.5 x the PostgreSQL target)' : ''}: ${overall.p95 <= target ? 'met' : 'MISSED'}`);
    // The same searches again, each with the index's kept counts and text matches dropped first:
    // every search as if nobody had searched its words since the last publication.
    const cold: Sample[] = [];
    for (const planned of queryMix(QUERIES, SEED + 202)) {
      index.dropCaches();
      cold.push(await run(planned));
    }
    const coldOverall = percentiles(cold.map((s) => s.ms));
    lines.push(`the same ${cold.length} searches, each without the kept counts and text matches: p50 ${ms(coldOverall.p50)}, p95 ${ms(coldOverall.p95)}, max ${ms(coldOverall.max)} — target p95 <= ${target} ms: ${coldOverall.p95 <= target ? 'met' : 'MISSED'}`);
    lines.push('  by query text, without them:', ...groupLines(cold, (s) => s.textType, true).map((line) => `  ${line}`));
    lines.push('by query text:', ...groupLines(samples, (s) => s.textType, true));
    lines.push('by filters:', ...groupLines(samples, (s) => `${s.filterLabel} [${s.filterCount}]`, true));
    lines.push('by sort and page:', ...groupLines(samples, (s) => `${s.request.q ? s.request.sort : `${s.request.sort} (empty query)`}, page ${s.request.page}`));
    const byStatement = new Map<string, number[]>();
    for (const sample of samples) {
      sample.statements.forEach((statement) => byStatement.set(statement.name, [...(byStatement.get(statement.name) ?? []), statement.ms]));
      byStatement.set('in memory (all but the statements)', [...(byStatement.get('in memory (all but the statements)') ?? []), sample.ms - sample.statements.reduce((sum, statement) => sum + statement.ms, 0)]);
    }
    lines.push('by statement (over the searches that sent it):', ...[...byStatement].map(([name, values]) => `  - ${name} (${values.length}): ${triple(values)}`));
    const byType = new Map<string, Sample[]>();
    for (const sample of samples) byType.set(sample.textType, [...(byType.get(sample.textType) ?? []), sample]);
    const names = [...byStatement.keys()];
    lines.push(`statement p50 / p95 by query text (${names.join(' | ')}):`, ...[...byType].map(([type, group]) => {
      const of = (name: string) => group.flatMap((sample) => [
        ...sample.statements.filter((statement) => statement.name === name).map((statement) => statement.ms),
        ...(name.startsWith('in memory') ? [sample.ms - sample.statements.reduce((sum, statement) => sum + statement.ms, 0)] : []),
      ]);
      return `  - ${type}: ${names.map((name) => {
        const values = of(name);
        if (!values.length) return '-';
        const p = percentiles(values);
        return `${ms(p.p50)} / ${ms(p.p95)}`;
      }).join(' | ')}`;
    }));
    const combos = new Map<string, Sample[]>();
    for (const sample of samples) combos.set(`${sample.textType} / ${sample.filterLabel}`, [...(combos.get(`${sample.textType} / ${sample.filterLabel}`) ?? []), sample]);
    const slowest = [...combos].map(([label, group]) => ({ label, p: percentiles(group.map((s) => s.ms)), count: group.length })).sort((a, b) => b.p.p50 - a.p.p50).slice(0, 5);
    lines.push(`slowest combinations (by p50): ${slowest.map((item) => `${item.label} ${ms(item.p.p50)}`).join('; ')}`);

    if (EXPLAIN) await explainSlowest(database, samples, driver, size);

    // Import: JSON files of cases (the largest records), a fifth of them citing legislation of the
    // corpus; IMPORT_RUNS files of new records one after another, the median rate against the target.
    // In a kept database, each run imports records of its own (a new external id prefix).
    const rates: number[] = [];
    let bytes: Uint8Array = new Uint8Array(0);
    for (let run = 0; run < IMPORT_RUNS; run++) {
      bytes = generateImportFile('case', IMPORT, { seed: SEED + run, corpusSize: size, prefix: `${kept ? `imp${Date.now().toString(36)}` : 'imp'}${run}-` });
      started = performance.now();
      const report = await importRecords(database.db, IMPORTER, 'case', { bytes, filename: 'bench-cases.json' }, { publish: true });
      rates.push(report.published / ((performance.now() - started) / 1000));
    }
    const importRate = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)];
    lines.push(`import ${n(IMPORT)} cases (${(bytes.byteLength / 2 ** 20).toFixed(1)} MB JSON; parse, validate, references, insert, publish, links, audit; one transaction), ${IMPORT_RUNS} files of new records: ${rates.map((rate) => `${n(rate)}/s`).join(', ')}; median ${n(importRate)} records/s — target >= ${n(IMPORT_TARGET)}/s: ${importRate >= IMPORT_TARGET ? 'met' : 'MISSED'}`);
    started = performance.now();
    const again = await importRecords(database.db, IMPORTER, 'case', { bytes, filename: 'bench-cases.json' }, { publish: true });
    const againMs = performance.now() - started;
    lines.push(`import the same file again (${n(again.updated)} updates: new versions, published): ${ms(againMs)}, ${n(again.published / (againMs / 1000))} records/s`);
    summary.push({ driver, size, ...overall, coldP95: coldOverall.p95, target, importRate, loadRate });
  } finally {
    await database.dispose();
  }
  return lines;
}

/** EXPLAIN (ANALYZE, BUFFERS) of every statement of the slowest search of each query type. */
async function explainSlowest(database: TestDatabase, samples: Sample[], driver: DriverName, size: number) {
  const slowest = new Map<string, Sample>();
  for (const sample of samples) if ((slowest.get(sample.textType)?.ms ?? -1) < sample.ms) slowest.set(sample.textType, sample);
  const executor = database.db.getExecutor();
  appendFileSync(EXPLAIN!, `\n\n######## ${driver}, ${n(size)} records\n`);
  for (const [type, sample] of slowest) {
    appendFileSync(EXPLAIN!, `\n==== ${type}: ${JSON.stringify(sample.request)} took ${ms(sample.ms)} (statements ${sample.statements.map((s) => ms(s.ms)).join(', ')})\n`);
    let setting: string | undefined;
    for (const [index, statement] of sample.statements.entries()) {
      const compiled = executor.compileQuery(statement.node, statement.queryId);
      // A "set local" applies to the next statement (the search runs them in one transaction): explain it the same way.
      if (/^\s*set\s/i.test(compiled.sql)) { setting = compiled.sql; continue; }
      if (!/^\s*(select|with)\s/i.test(compiled.sql)) continue;
      const plan = await database.db.transaction().execute(async (trx) => {
        if (setting) await trx.executeQuery(CompiledQuery.raw(setting));
        return trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain (analyze, buffers) ${compiled.sql}`, [...compiled.parameters]));
      });
      setting = undefined;
      appendFileSync(EXPLAIN!, `\n-- ${statementNames(sample)[index]}\n${compiled.sql}\n-- parameters: ${JSON.stringify(compiled.parameters).slice(0, 500)}\n${plan.rows.map((row) => row['QUERY PLAN']).join('\n')}\n`);
    }
  }
}

console.log(`# knowledge benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} x ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`corpus: cases/legislation/publications 60/20/20, seed ${SEED}; ${QUERIES} searches of ${PAGE_SIZE} results; import of ${n(IMPORT)} cases`);
if (EXPLAIN) writeFileSync(EXPLAIN, `knowledge benchmark plans, ${new Date().toISOString()}\n`);
for (const size of SIZES) {
  for (const driver of drivers) {
    if (driver === 'pglite' && size > PGLITE_MAX) {
      console.log(`\n## ${driver}, ${n(size)} records\n- skipped (above BENCH_KNOWLEDGE_PGLITE_MAX=${n(PGLITE_MAX)}: PGlite holds the whole database in memory)`);
      continue;
    }
    console.log(`\n## ${driver}, ${n(size)} records`);
    for (const line of await benchSize(driver, size)) console.log(line.startsWith('  ') ? line : `- ${line}`);
  }
}
if (summary.length) {
  console.log('\n## summary\n\n| driver | records | search p50 / p95 / max | p95 without kept matches | p95 target | import | load |\n| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of summary) {
    const postgres = summary.find((other) => other.driver === 'postgres' && other.size === row.size);
    const ratio = row.driver === 'pglite' && postgres ? ` (${(row.p95 / postgres.p95).toFixed(1)} x PostgreSQL)` : '';
    console.log(`| ${row.driver} | ${n(row.size)} | ${ms(row.p50)} / ${ms(row.p95)} / ${ms(row.max)}${ratio} | ${ms(row.coldP95)} | ${row.target} ms ${row.p95 <= row.target && row.coldP95 <= row.target ? 'met' : 'MISSED'} | ${n(row.importRate)}/s ${row.importRate >= IMPORT_TARGET ? 'met' : 'MISSED'} | ${Number.isNaN(row.loadRate) ? 'kept database' : `${n(row.loadRate)}/s`} |`);
  }
}
