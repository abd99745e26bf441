import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { AppError, notFound, ValidationError, type FieldError } from '../core/errors.ts';
import { countryName, getCountry, regionName } from '../core/geo/countries.ts';
import { statisticsPolicy } from './policy.ts';
import {
  appendRevision, deleteValues, findCountryYear, insertValues, listRevisions, listRevisionValues, listValues, lockCountryYear,
  setCountryYearState, type CountryYear, type CountryYearIdentity,
} from './repository.ts';
import type { QuestionnaireStatus } from './tables.ts';
import { validateQuestionnaire, type ValidationResult } from './validation.ts';
import { keyOf, type StatValue } from './values.ts';
import type { DimensionCode, IndicatorCode } from './vocabulary.ts';

type Db = Kysely<Database>;
const ENTITY = 'statistics.country_year';
const EDITABLE: QuestionnaireStatus[] = ['draft', 'returned', 'accepted', 'published'];

/** A current ISO 3166 country, by alpha-3 code, with its names for storage; not found otherwise. */
export function countryIdentity(code: string, year: number): CountryYearIdentity {
  const country = /^[A-Za-z]{3}$/.test(code) ? getCountry(code) : undefined;
  if (!country || country.historical) throw notFound();
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw notFound();
  return {
    country: country.iso3, year, countryName: countryName(country.iso3, 'en'),
    regionLabel: country.regionCode ? regionName(country.regionCode, 'en') : '',
    subregionLabel: country.subRegionCode ? regionName(country.subRegionCode, 'en') : '',
  };
}

export interface QuestionnaireView {
  country: string;
  year: number;
  countryYear: CountryYear | undefined;
  values: StatValue[];
  previousYear: StatValue[];
  validation: ValidationResult;
  revisions: Awaited<ReturnType<typeof listRevisions>>;
}

/** The published values of a country-year, or none. */
export async function publishedValuesOf(db: Db, country: string, year: number): Promise<StatValue[]> {
  const row = await findCountryYear(db, country, year);
  return row?.published_revision ? listRevisionValues(db, row.id, row.published_revision) : [];
}

export async function readQuestionnaire(db: Db, actor: Actor, country: string, year: number): Promise<QuestionnaireView> {
  const identity = countryIdentity(country, year);
  authorize(statisticsPolicy, actor, 'statistics.viewQuestionnaire', identity.country);
  const countryYear = await findCountryYear(db, identity.country, year);
  const values = countryYear ? await listValues(db, countryYear.id) : [];
  const previousYear = await publishedValuesOf(db, identity.country, year - 1);
  return {
    country: identity.country, year, countryYear, values, previousYear,
    validation: validateQuestionnaire(values, previousYear),
    revisions: countryYear ? await listRevisions(db, countryYear.id) : [],
  };
}

export interface GridChange {
  /** The (indicator, dimension) grids whose values are replaced; all of them when absent. */
  grids?: { indicator: IndicatorCode; dimension: DimensionCode }[];
  values: StatValue[];
}

/**
 * A focal point saves values (one grid, or a whole uploaded template). A submitted questionnaire
 * is locked until a reviewer returns it; editing an accepted or published one starts a new draft
 * (the published revision stays public until the next one is published).
 */
export async function saveValues(db: Db, actor: Actor, country: string, year: number, change: GridChange, action = 'statistics.save'): Promise<void> {
  const identity = countryIdentity(country, year);
  authorize(statisticsPolicy, actor, 'statistics.edit', identity.country);
  const seen = new Set<string>();
  const duplicates: FieldError[] = [];
  for (const value of change.values) {
    const key = keyOf(value);
    if (seen.has(key)) duplicates.push({ field: key, message: 'statistics.error.duplicate_value' });
    seen.add(key);
  }
  if (duplicates.length) throw new ValidationError(duplicates);
  const who = auditActorOf(actor);
  await db.transaction().execute(async (trx) => {
    const { row } = await lockCountryYear(trx, identity, who.label);
    if (!EDITABLE.includes(row.status)) throw wrongStatus(row.status);
    const before = await listValues(trx, row.id);
    const inGrids = (value: StatValue) => !change.grids || change.grids.some((grid) => grid.indicator === value.indicator && grid.dimension === value.dimension);
    await deleteValues(trx, row.id, change.grids);
    await insertValues(trx, row.id, change.values.filter(inGrids));
    await setCountryYearState(trx, row.id, { status: 'draft', label: who.label });
    await recordAudit(trx, who, {
      action, entityType: ENTITY, entityId: `${identity.country}-${year}`,
      before: { status: row.status, values: before.filter(inGrids) }, after: { status: 'draft', values: change.values.filter(inGrids) },
    });
  });
}

/** The focal point submits: blocked by errors and by big changes that no note explains. */
export async function submitQuestionnaire(db: Db, actor: Actor, country: string, year: number): Promise<void> {
  const identity = countryIdentity(country, year);
  authorize(statisticsPolicy, actor, 'statistics.submit', identity.country);
  const previousYear = await publishedValuesOf(db, identity.country, year - 1);
  await transition(db, actor, identity, ['draft', 'returned'], 'submitted', 'statistics.submit', async (values) => {
    if (!values.length) throw new AppError('nothing_to_submit', 409, 'statistics.error.nothing_to_submit');
    const result = validateQuestionnaire(values, previousYear);
    const blocking = [...result.errors, ...result.unexplained];
    if (blocking.length) throw new ValidationError(blocking.map((issue) => ({ field: keyOf(issue.cell), message: issue.message, params: issue.params })));
  });
}

export async function acceptQuestionnaire(db: Db, actor: Actor, country: string, year: number): Promise<void> {
  const identity = countryIdentity(country, year);
  authorize(statisticsPolicy, actor, 'statistics.review', identity.country);
  await transition(db, actor, identity, ['submitted'], 'accepted', 'statistics.accept');
}

export async function returnQuestionnaire(db: Db, actor: Actor, country: string, year: number, comment: string): Promise<void> {
  const identity = countryIdentity(country, year);
  authorize(statisticsPolicy, actor, 'statistics.review', identity.country);
  const text = comment.trim();
  if (!text) throw new ValidationError([{ field: 'comment', message: 'error.required' }]);
  await transition(db, actor, identity, ['submitted', 'accepted'], 'returned', 'statistics.return', undefined, text.slice(0, 5000));
}

/** A reviewer publishes an accepted questionnaire: a new revision, kept with all earlier ones. */
export async function publishQuestionnaire(db: Db, actor: Actor, country: string, year: number, note?: string): Promise<number> {
  const identity = countryIdentity(country, year);
  authorize(statisticsPolicy, actor, 'statistics.publish', identity.country);
  const who = auditActorOf(actor);
  return db.transaction().execute(async (trx) => {
    const row = await findCountryYear(trx, identity.country, year);
    if (!row) throw notFound();
    const { row: locked } = await lockCountryYear(trx, identity, who.label);
    if (locked.status !== 'accepted') throw wrongStatus(locked.status);
    const revision = await appendRevision(trx, locked.id, 'questionnaire', who.label, note?.trim() || null);
    await setCountryYearState(trx, locked.id, { status: 'published', publishedRevision: revision, reviewComment: null, label: who.label });
    await recordAudit(trx, who, {
      action: 'statistics.publish', entityType: ENTITY, entityId: `${identity.country}-${year}`,
      before: { status: locked.status, publishedRevision: locked.published_revision }, after: { status: 'published', publishedRevision: revision },
    });
    return revision;
  });
}

async function transition(
  db: Db, actor: Actor, identity: CountryYearIdentity, from: QuestionnaireStatus[], to: QuestionnaireStatus, action: string,
  check?: (values: StatValue[]) => Promise<void>, comment?: string,
) {
  const who = auditActorOf(actor);
  await db.transaction().execute(async (trx) => {
    const existing = await findCountryYear(trx, identity.country, identity.year);
    if (!existing) throw notFound();
    const { row } = await lockCountryYear(trx, identity, who.label);
    if (!from.includes(row.status)) throw wrongStatus(row.status);
    if (check) await check(await listValues(trx, row.id));
    await setCountryYearState(trx, row.id, { status: to, reviewComment: comment ?? (to === 'submitted' ? row.review_comment : null), label: who.label });
    await recordAudit(trx, who, {
      action, entityType: ENTITY, entityId: `${identity.country}-${identity.year}`,
      before: { status: row.status }, after: { status: to, ...(comment ? { comment } : {}) },
    });
  });
}

function wrongStatus(status: string) {
  return new AppError('wrong_status', 409, 'statistics.error.wrong_status', { status });
}
