import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { AppError, notFound, ValidationError } from '../core/errors.ts';
import { emptyAsUndefined, isoDateField, optionalText, parseInput, requiredText } from '../core/validation.ts';
import { getCountry } from '../core/geo/countries.ts';
import { treatiesPolicy } from './policy.ts';
import { checkEvent, type EventInput, type RawEvent } from './event-input.ts';
import { findCountryTexts, findTreaty, treatyCodes } from './repository.ts';
import { presentEvent, presentTreaty } from './presenters.ts';

const treatySchema = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]{1,19}$/, 'treaties.error.code_format'),
  name: requiredText(300),
  shortName: requiredText(120),
  adoptedOn: emptyAsUndefined(isoDateField.optional()),
  withdrawalDelayMonths: z.coerce.number().int().min(0).max(120),
});
export type TreatyInput = z.input<typeof treatySchema>;

/** Adds a treaty (admins); its code is what files and the API use. */
export async function addTreaty(db: Kysely<Database>, actor: Actor, input: TreatyInput): Promise<string> {
  authorize(treatiesPolicy, actor, 'treaties.addTreaty');
  const data = parseInput(treatySchema, input);
  return db.transaction().execute(async (trx) => {
    if (await findTreaty(trx, data.code)) throw new ValidationError([{ field: 'code', message: 'treaties.error.code_taken' }]);
    const position = ((await trx.selectFrom('tr_treaties').select((eb) => eb.fn.max('position').as('max')).executeTakeFirst())?.max ?? 0) + 1;
    await trx.insertInto('tr_treaties').values({
      code: data.code, name: data.name, short_name: data.shortName, adopted_on: data.adoptedOn ?? null,
      withdrawal_delay_months: data.withdrawalDelayMonths, position,
    }).execute();
    const row = (await findTreaty(trx, data.code))!;
    await recordAudit(trx, auditActorOf(actor), { action: 'treaties.treaty_add', entityType: 'treaties.treaty', entityId: data.code, after: presentTreaty(row) });
    return data.code;
  });
}

/** Inserts checked actions in the caller's transaction; those already recorded (same treaty, country, action and date) are skipped. */
export async function insertEvents(trx: Kysely<Database>, actor: Actor, events: EventInput[], options: { sample?: boolean } = {}): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < events.length; start += 500) {
    const rows = await trx.insertInto('tr_events').values(events.slice(start, start + 500).map((event) => ({
      treaty_code: event.treaty, country: event.country, action: event.action, action_date: event.date, date_precision: event.precision,
      effective_date: event.effectiveDate, source: event.source, illustrative: event.illustrative, sample: options.sample ?? false,
      created_by: actor.kind === 'user' ? actor.id : null,
    }))).onConflict((oc) => oc.columns(['treaty_code', 'country', 'action', 'action_date']).doNothing()).returning('id').execute();
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

/** Records one action of a country (admins and editors). */
export async function addEvent(db: Kysely<Database>, actor: Actor, raw: RawEvent): Promise<number> {
  authorize(treatiesPolicy, actor, 'treaties.editStatus');
  const { event, errors } = checkEvent(raw, await treatyCodes(db));
  if (!event) throw new ValidationError(errors);
  return db.transaction().execute(async (trx) => {
    const [id] = await insertEvents(trx, actor, [event]);
    if (id === undefined) throw new ValidationError([{ field: 'action', message: 'treaties.error.already_recorded' }]);
    const row = await trx.selectFrom('tr_events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    await recordAudit(trx, auditActorOf(actor), { action: 'treaties.event_add', entityType: 'treaties.event', entityId: id, after: presentEvent(row) });
    return id;
  });
}

/** Removes a wrongly recorded action (admins and editors); the audit log keeps what it was. */
export async function deleteEvent(db: Kysely<Database>, actor: Actor, id: number): Promise<void> {
  authorize(treatiesPolicy, actor, 'treaties.editStatus');
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('tr_events').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw notFound();
    await trx.deleteFrom('tr_events').where('id', '=', id).execute();
    await recordAudit(trx, auditActorOf(actor), { action: 'treaties.event_delete', entityType: 'treaties.event', entityId: id, before: presentEvent(row) });
  });
}

const textsSchema = z.object({ declarations: optionalText(20_000), reservations: optionalText(20_000), notes: optionalText(20_000) });
export type CountryTextsInput = z.input<typeof textsSchema>;

/** Saves the declarations, reservations and notes of a country under a treaty (admins and editors). */
export async function saveCountryTexts(db: Kysely<Database>, actor: Actor, treatyCode: string, iso3: string, input: CountryTextsInput): Promise<void> {
  authorize(treatiesPolicy, actor, 'treaties.editStatus');
  const country = getCountry(iso3);
  if (!country) throw new AppError('unknown_country', 404, 'error.not_found');
  const data = parseInput(textsSchema, input);
  await db.transaction().execute(async (trx) => {
    const treaty = await findTreaty(trx, treatyCode);
    if (!treaty) throw notFound();
    const before = await findCountryTexts(trx, treaty.code, country.iso3);
    const values = { declarations: data.declarations ?? null, reservations: data.reservations ?? null, notes: data.notes ?? null, updated_at: new Date() };
    await trx.insertInto('tr_country_texts').values({ treaty_code: treaty.code, country: country.iso3, ...values })
      .onConflict((oc) => oc.columns(['treaty_code', 'country']).doUpdateSet(values)).execute();
    const texts = (row?: { declarations: string | null; reservations: string | null; notes: string | null }) => (row ? { declarations: row.declarations, reservations: row.reservations, notes: row.notes } : null);
    await recordAudit(trx, auditActorOf(actor), { action: 'treaties.texts_save', entityType: 'treaties.country', entityId: `${treaty.code}/${country.iso3}`, before: texts(before), after: texts(values) });
  });
}
