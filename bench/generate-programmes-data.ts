/**
 * Synthetic programme monitoring data for bench/programmes.ts: programmes and initiatives,
 * activities over ten years (2013-2022) with realistic shares of types, national and regional
 * scopes (2-8 countries), participants by sex (some without a breakdown) and by institution,
 * and outcomes with stories. Deterministic for a seed. Rows go in with multi-row inserts.
 */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../src/core/db/schema.ts';
import { listCountries } from '../src/core/geo/countries.ts';
import { institutionColumns, syncActivityCountries, syncOutcomeProgrammes } from '../src/programmes/store.ts';
import { ACTIVITY_TYPES, INSTITUTION_TYPES, OUTCOME_TYPES } from '../src/programmes/vocabulary.ts';
import { Random } from './random.ts';


const TYPE_WEIGHTS: Record<string, number> = {
  training: 30, training_of_trainers: 6, mentoring: 8, mock_trial: 3, legislative_assistance: 6, policy_support: 5, workshop: 10,
  event_organized: 18, event_speaker: 15, awareness_campaign: 3, publication: 3, equipment: 2, investigation_support: 3,
};
const PROGRAMMES = [
  { code: 'GLOT59', kind: 'programme', crime_focus: 'tip' }, { code: 'GLOT92', kind: 'programme', crime_focus: 'som' },
  { code: 'GLO.ACT', kind: 'programme', crime_focus: 'both' }, { code: 'TRACK4TIP', kind: 'initiative', crime_focus: 'tip', parent: 'GLOT59' },
  { code: 'STARSOM', kind: 'initiative', crime_focus: 'som', parent: 'GLOT92' },
];

export interface GeneratedCounts { activities: number; outcomes: number; programmes: number }

export async function loadProgrammesData(db: Kysely<Database>, options: { activities: number; seed?: number; firstYear?: number; years?: number }): Promise<GeneratedCounts> {
  const random = new Random(options.seed ?? 1);
  const firstYear = options.firstYear ?? 2013;
  const years = options.years ?? 10;
  const ids = new Map<string, number>();
  for (const programme of PROGRAMMES) {
    const row = await db.insertInto('pm_programmes').values({
      code: programme.code, name: `Benchmark ${programme.code}`, kind: programme.kind, crime_focus: programme.crime_focus,
      parent_id: programme.parent ? ids.get(programme.parent)! : null,
    }).returning('id').executeTakeFirstOrThrow();
    ids.set(programme.code, Number(row.id));
  }
  const programmeIds = [...ids.values()];
  // A skewed set of countries: about 120 supported, some far more often than others.
  const countries = listCountries().map((country) => country.iso3).filter((_, index) => index % 2 === 0).slice(0, 120);
  const country = () => countries[Math.floor(countries.length * random.next() ** 2)];
  const typeTable = ACTIVITY_TYPES.flatMap((type) => Array<string>(TYPE_WEIGHTS[type]).fill(type));
  const batch: Insertable<Database['pm_activities']>[] = [];
  const flush = async () => {
    if (batch.length) await db.insertInto('pm_activities').values(batch.splice(0)).execute();
  };
  for (let index = 0; index < options.activities; index++) {
    const type = random.pick(typeTable);
    const regional = random.next() < (type === 'event_organized' || type === 'event_speaker' ? 0.55 : 0.2);
    const covered = new Set<string>([country()]);
    if (regional) while (covered.size < random.int(2, 8)) covered.add(country());
    const start = new Date(Date.UTC(firstYear, 0, 1) + Math.floor(random.next() * years * 365.25) * 86_400_000);
    const date = start.toISOString().slice(0, 10);
    const people = ['training', 'training_of_trainers', 'mentoring', 'mock_trial', 'workshop'].includes(type) ? random.int(10, 60) : type === 'event_organized' ? random.int(20, 300) : 0;
    const breakdown = random.next() < 0.85;
    const female = breakdown ? Math.round(people * (0.3 + random.next() * 0.3)) : 0;
    const male = breakdown ? people - female : 0;
    const byInstitution = INSTITUTION_TYPES.map(() => 0);
    if (people && random.next() < 0.7) {
      let left = people;
      while (left > 0) { const take = Math.min(left, random.int(1, people)); byInstitution[random.int(0, 8)] += take; left -= take; }
    }
    const programme = random.pick(programmeIds);
    batch.push({
      external_id: `BENCH-${index + 1}`, type, title: `Benchmark ${type} ${index + 1}`, start_date: date, end_date: date, place: null,
      scope: regional ? 'regional' : 'national', countries: [...covered], programme_ids: random.next() < 0.1 ? [programme, random.pick(programmeIds)].filter((v, i, a) => a.indexOf(v) === i) : [programme],
      female, male, unknown_sex: people - female - male, ...institutionColumns(byInstitution), status: random.next() < 0.02 ? 'draft' : 'published',
    });
    if (batch.length >= 2000) await flush();
  }
  await flush();
  await syncActivityCountries(db, 'all');
  const outcomes = Math.round(options.activities / 5);
  const outcomeRows = [];
  for (let index = 0; index < outcomes; index++) {
    const start = new Date(Date.UTC(firstYear, 0, 1) + Math.floor(random.next() * years * 365.25) * 86_400_000);
    const where = country();
    outcomeRows.push({
      external_id: `BENCH-OUT-${index + 1}`, type: random.pick(OUTCOME_TYPES), activity_id: null, programme_id: random.pick(programmeIds), country: where,
      outcome_date: start.toISOString().slice(0, 10), quantity: random.int(1, 20), story: random.next() < 0.5 ? `Benchmark story ${index + 1} in ${where}` : null, status: 'published',
    });
    if (outcomeRows.length >= 2000) await db.insertInto('pm_outcomes').values(outcomeRows.splice(0)).execute();
  }
  if (outcomeRows.length) await db.insertInto('pm_outcomes').values(outcomeRows).execute();
  await syncOutcomeProgrammes(db, 'all');
  return { activities: options.activities, outcomes, programmes: PROGRAMMES.length };
}
