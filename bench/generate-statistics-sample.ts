/**
 * Writes samples/statistics/published-sample.csv: the generated, ILLUSTRATIVE published dataset that
 * a new installation shows (every Source says so). Run: npx tsx bench/generate-statistics-sample.ts
 */
import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { LONG_COLUMNS } from '../src/statistics/long-format.ts';
import { generateLongRows } from './generate-statistics-long.ts';

const rows = generateLongRows({ targetRows: 12_000, firstYear: 2012, lastYear: 2021, seed: 4242, include: ['MWI', 'NER', 'NGA', 'ITA'], sourceSuffix: ' (SAMPLE DATA, illustrative, not UNODC figures)' });
writeFileSync(new URL('../samples/statistics/published-sample.csv', import.meta.url), stringify([[...LONG_COLUMNS], ...rows.map((row) => LONG_COLUMNS.map((column) => row[column]))]));
console.log(`wrote ${rows.length} rows`);
