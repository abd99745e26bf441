/**
 * Synthetic cooperation requests for the benchmark: BENCH_REQUESTS rows between 40 countries,
 * a few corridors heavy (as in the seeds' Italy-Nigeria and Europe-West Africa cooperation),
 * statuses from drafts to answered, sent over five years, answered after 5 to 400 days, with
 * deadlines around today. Deterministic (seeded); inserted in batches, not through the use case.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../src/core/db/schema.ts';
import { addDays } from '../src/cooperation/dates.ts';
import { CRIME_TYPES, LEGAL_BASES, REQUEST_KINDS } from '../src/cooperation/vocabulary.ts';
import { seededRandom } from './random.ts';

const COUNTRIES = ['ITA', 'NGA', 'ESP', 'FRA', 'DEU', 'NER', 'MLI', 'MAR', 'TUN', 'LBY', 'EGY', 'GHA', 'SEN', 'CIV', 'BFA', 'GBR', 'NLD', 'BEL', 'GRC', 'TUR',
  'ROU', 'BGR', 'ALB', 'THA', 'MMR', 'KHM', 'VNM', 'PHL', 'IDN', 'MYS', 'MEX', 'GTM', 'HND', 'SLV', 'USA', 'COL', 'BRA', 'ARG', 'ZAF', 'KEN'];
/** Heavier countries first: the weight of a country falls with its place in the list. */
const WEIGHTS = COUNTRIES.map((_, index) => 1 / (index + 2));

const random = seededRandom;

export async function generateCooperationRequests(db: Kysely<Database>, count: number, today: string, seed = 1): Promise<void> {
  const next = random(seed);
  const total = WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  const country = () => {
    let pick = next() * total;
    for (let index = 0; index < COUNTRIES.length; index++) if ((pick -= WEIGHTS[index]) <= 0) return COUNTRIES[index];
    return COUNTRIES[0];
  };
  const of = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const rows = [];
  for (let index = 0; index < count; index++) {
    const from = country();
    let to = country();
    while (to === from) to = country();
    const roll = next();
    const status = roll < 0.04 ? 'drafted' : roll < 0.14 ? 'sent' : roll < 0.24 ? 'received' : roll < 0.4 ? 'in_execution' : roll < 0.85 ? 'executed' : roll < 0.93 ? 'refused' : 'withdrawn';
    const sentAgo = 10 + Math.floor(next() * 1800);
    const sent = status === 'drafted' ? null : addDays(today, -sentAgo);
    const received = sent && status !== 'sent' && status !== 'withdrawn' ? addDays(sent, 1 + Math.floor(next() * 20)) : null;
    const answered = sent && (status === 'executed' || status === 'refused') ? addDays(sent, Math.min(sentAgo, 5 + Math.floor(next() * 400))) : null;
    const open = status === 'sent' || status === 'received' || status === 'in_execution';
    rows.push({
      kind: of(REQUEST_KINDS), requesting_country: from, requesting_authority: `Central authority of ${from}`, requested_country: to,
      requested_authority: `Central authority of ${to}`, legal_basis: of(LEGAL_BASES.slice(0, 5)), crime_type: of(CRIME_TYPES),
      subject: `Synthetic request ${index + 1} for records and hearings`, status, sent_on: sent, received_on: received,
      answered_on: answered && received && answered < received ? received : answered,
      due_on: open || status === 'drafted' ? addDays(today, Math.floor(next() * 180) - 90) : null, sample: false,
    });
    if (rows.length === 1000) await db.insertInto('co_requests').values(rows.splice(0)).execute();
  }
  if (rows.length) await db.insertInto('co_requests').values(rows).execute();
}
