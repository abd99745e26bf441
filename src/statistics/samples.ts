import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { SystemActor } from '../core/access/actor.ts';
import { importLongFile } from './long-import.ts';
import { saveValues } from './questionnaire.ts';
import { parseValueText, type StatValue } from './values.ts';
import type { AgeCode, DimensionCode, IndicatorCode, SexCode } from './vocabulary.ts';

const SAMPLES = new URL('../../samples/statistics/', import.meta.url);
const SAMPLE_ACTOR: SystemActor = { kind: 'system', label: 'samples' };

interface SampleDraft { country: string; year: number; source: string; values: [string, string, string, string, string, string, string][] }

/**
 * Loads the generated, illustrative published dataset (samples/statistics/published-sample.csv, every
 * Source marked SAMPLE) and drafts for the sample focal points' countries, unless samples are there.
 */
export async function loadStatisticsSamples(db: Kysely<Database>): Promise<number> {
  const present = await db.selectFrom('st_country_years').select('id').where('sample', '=', true).limit(1).executeTakeFirst();
  if (present) return 0;
  const bytes = new Uint8Array(readFileSync(new URL('published-sample.csv', SAMPLES)));
  const report = await importLongFile(db, SAMPLE_ACTOR, { bytes, filename: 'published-sample.csv' }, { sample: true });
  const { drafts } = JSON.parse(readFileSync(new URL('drafts.json', SAMPLES), 'utf8')) as { drafts: SampleDraft[] };
  for (const draft of drafts) {
    const values: StatValue[] = draft.values.map(([indicator, dimension, category, sex, age, text, notes]) => {
      const parsed = parseValueText(text);
      if (!parsed || 'error' in parsed) throw new Error(`sample draft ${draft.country}: bad value ${text}`);
      return {
        indicator: indicator as IndicatorCode, dimension: dimension as DimensionCode, category, sex: sex as SexCode, age: age as AgeCode,
        state: parsed.state, value: parsed.value, source: draft.source, notes,
      };
    });
    await saveValues(db, SAMPLE_ACTOR, draft.country, draft.year, { values });
    await db.updateTable('st_country_years').set({ sample: true }).where('country', '=', draft.country).where('year', '=', draft.year).execute();
  }
  return report.rows + drafts.reduce((sum, draft) => sum + draft.values.length, 0);
}
