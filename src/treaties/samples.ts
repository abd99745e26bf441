import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type SystemActor } from '../core/access/actor.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { importTreatyStatus } from './transfer.ts';

const SAMPLE_ACTOR: SystemActor = { kind: 'system', label: 'sample-data' };
const SAMPLES = new URL('../../samples/treaties/', import.meta.url);

interface SampleTexts { treaty: string; country: string; declarations?: string; reservations?: string; notes?: string }

/**
 * The treaty actions the product brief states (year only, with their source), and illustrative
 * actions for the other states, each flagged `illustrative` and shown with a mark; see
 * samples/treaties/README.md. Loaded unless sample actions are already there.
 */
export async function loadTreatiesSamples(db: Kysely<Database>): Promise<number> {
  const present = await db.selectFrom('tr_events').select('id').where('sample', '=', true).limit(1).executeTakeFirst();
  if (present) return 0;
  const report = await importTreatyStatus(db, SAMPLE_ACTOR, { bytes: readFileSync(new URL('events.csv', SAMPLES)), filename: 'events.csv' }, { sample: true });
  const texts = JSON.parse(readFileSync(new URL('texts.json', SAMPLES), 'utf8')) as SampleTexts[];
  await db.transaction().execute(async (trx) => {
    for (const text of texts) {
      const values = { declarations: text.declarations ?? null, reservations: text.reservations ?? null, notes: text.notes ?? null };
      await trx.insertInto('tr_country_texts').values({ treaty_code: text.treaty, country: text.country, sample: true, ...values }).onConflict((oc) => oc.doNothing()).execute();
      await recordAudit(trx, auditActorOf(SAMPLE_ACTOR), { action: 'treaties.texts_save', entityType: 'treaties.country', entityId: `${text.treaty}/${text.country}`, after: values });
    }
  });
  return report.added + texts.length;
}
