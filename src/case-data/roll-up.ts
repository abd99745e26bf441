import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import type { Database } from '../core/db/schema.ts';
import { AppError } from '../core/errors.ts';
import { getCountry } from '../core/geo/countries.ts';
import {
  AGE_CODES, FORM_CODES, parentForm, SEX_CODES, TOTAL_CATEGORY,
  type AgeCode, type DimensionCode, type FormCode, type IndicatorCode, type RolledUpValue, type SexCode,
} from '../statistics/vocabulary.ts';
import { caseDataPolicy } from './policy.ts';
import { DETECTED_STATUSES, FORM_OF_EXPLOITATION, SEX_OF_GENDER } from './roll-up-mapping.ts';

/** One SQL group: the count of persons (or cases) with these codes. */
interface Group { form: FormCode | null; citizenship: string | null; sex: SexCode; age: AgeCode; count: number }
interface PerpetratorGroup extends Group { contact: boolean; prosecuted: boolean; convicted: boolean }

const sexCase = sql.join(Object.entries(SEX_OF_GENDER).map(([value, sex]) => sql`when ${value} then ${sex}`), sql` `);
const sexOf = (column: RawBuilder<unknown>) => sql`coalesce(case ${column} ${sexCase} end, 'unknown')`;
const ageOf = (column: RawBuilder<unknown>) => sql`case when ${column} is null then 'unknown' when ${column} < 18 then 'minor' else 'adult' end`;

/** Each questionnaire form with the HTCDS types of exploitation that make it. */
const FORM_TYPES = [...new Set(Object.values(FORM_OF_EXPLOITATION))].map((form) => ({
  form, types: Object.entries(FORM_OF_EXPLOITATION).filter(([, mapped]) => mapped === form).map(([type]) => type),
}));
/** One boolean per form: whether the types (a text[] expression) include one of that form's. */
const formFlags = (types: RawBuilder<unknown>) => FORM_TYPES.map(({ types: values }) => sql`(${types} && ${values}::text[])`);
/**
 * The form of a person or case from its per-form flags: the one form flagged, 'mixed' for
 * several, null for none. Plain expressions (no subquery per row), so 100,000 rows cost little.
 */
function formFromFlags(flags: RawBuilder<unknown>[]): RawBuilder<string | null> {
  const count = sql.join(flags.map((flag) => sql`coalesce(${flag}, false)::int`), sql` + `);
  const single = sql.join(FORM_TYPES.map(({ form }, index) => sql`when coalesce(${flags[index]}, false) then ${form}`), sql` `);
  return sql<string | null>`(case when (${count}) = 0 then null when (${count}) > 1 then 'mixed' else (case ${single} end) end)`;
}
/** The form of each case among `caseIds` (a subquery), from the types of exploitation of its victims */
const caseForms = (caseIds: RawBuilder<unknown>) => sql`
  select v.case_id, ${formFromFlags(formFlags(sql`v.exploitation`).map((flag) => sql`bool_or(${flag})`))} as form
  from cd_persons v where v.case_id in (${caseIds}) and v.role = 'Victim'
  group by v.case_id`;

/**
 * The questionnaire values of one country and reference year computed from its case-level
 * records: counts by form, citizenship, sex and age are made in SQL (one GROUP BY per
 * indicator); the totals of each breakdown are sums of those counts. Which HTCDS fields and
 * dates make each indicator is described in ARCHITECTURE.md. Authorized for the country's
 * focal points and global reviewers.
 */
export async function rollUpCountryYear(db: Kysely<Database>, actor: Actor, iso3: string, year: number): Promise<RolledUpValue[]> {
  const country = getCountry(iso3)?.iso3;
  if (!country) throw new AppError('unknown_country', 422, 'error.unknown_country', { value: iso3 });
  authorize(caseDataPolicy, actor, 'caseData.rollUp', country);
  if (!Number.isInteger(year) || year < 1900 || year > 2999) throw new AppError('invalid_year', 422, 'case_data.error.year');
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const { victims, repatriated, perpetrators, offences } = await db.transaction().execute(async (trx) => {
    // Short queries over at most a country's records: compiling them (PostgreSQL's JIT) costs
    // more than running them.
    await sql`set local jit = off`.execute(trx);
    return {
      victims: await victimGroups(trx, country, from, to),
      repatriated: await repatriationGroups(trx, country, from, to),
      perpetrators: await perpetratorGroups(trx, country, from, to),
      offences: await offenceGroups(trx, country, from, to),
    };
  });
  const contacts = perpetrators.filter((group) => group.contact);
  const prosecuted = perpetrators.filter((group) => group.prosecuted);
  const convicted = perpetrators.filter((group) => group.convicted);
  return [
    ...personValues('detected_victims', victims, ['total', 'form', 'citizenship']),
    ...personValues('repatriated_victims', repatriated, ['total', 'repatriation']),
    ...personValues('formal_contact', contacts, ['total', 'form']),
    ...personValues('prosecuted', prosecuted, ['total', 'form']),
    ...personValues('convicted', convicted, ['total', 'form', 'citizenship']),
    ...personValues('offences', offences, ['total', 'form']).filter((value) => value.sex === 'total' && value.age === 'total'),
  ];
}

async function victimGroups(db: Kysely<Database>, country: string, from: string, to: string): Promise<Group[]> {
  const result = await sql<Group>`
    select form, citizenship, sex, age, count(*)::int as count from (
      select ${formFromFlags(formFlags(sql`p.exploitation`))} as form, p.citizenship[1] as citizenship, ${sexOf(sql`p.gender`)} as sex, ${ageOf(sql`p.age`)} as age
      from cd_persons p
      where p.country = ${country} and p.identified_on between ${from}::date and ${to}::date
        and p.role = 'Victim' and p.trafficking_status in (${sql.join([...DETECTED_STATUSES])})
    ) v group by form, citizenship, sex, age`.execute(db);
  return result.rows;
}

/** Victims repatriated in the year; `citizenship` carries the country of repatriation. */
async function repatriationGroups(db: Kysely<Database>, country: string, from: string, to: string): Promise<Group[]> {
  const result = await sql<Group>`
    select null as form, p.repatriated_to as citizenship, ${sexOf(sql`p.gender`)} as sex, ${ageOf(sql`p.age`)} as age, count(*)::int as count
    from cd_persons p
    where p.country = ${country} and p.repatriated_on between ${from}::date and ${to}::date and p.role = 'Victim'
    group by 2, 3, 4`.execute(db);
  return result.rows;
}

/**
 * Perpetrators with any of their dates in the year, each flagged by which: identification (formal
 * contact), prosecution, conviction; the form is their case's. One query for the three indicators.
 */
async function perpetratorGroups(db: Kysely<Database>, country: string, from: string, to: string): Promise<PerpetratorGroup[]> {
  const inYear = (column: string) => sql`coalesce(p.${sql.ref(column)} between ${from}::date and ${to}::date, false)`;
  const result = await sql<PerpetratorGroup>`
    with perpetrators as (
      select p.case_id, p.citizenship[1] as citizenship, ${sexOf(sql`p.gender`)} as sex, ${ageOf(sql`p.age`)} as age,
        ${inYear('identified_on')} as contact, ${inYear('prosecuted_on')} as prosecuted, ${inYear('convicted_on')} as convicted
      from cd_persons p
      where p.country = ${country} and p.role = 'Perpetrator'
        and (p.identified_on between ${from}::date and ${to}::date or p.prosecuted_on between ${from}::date and ${to}::date
          or p.convicted_on between ${from}::date and ${to}::date)
    ), case_forms as (${caseForms(sql`select case_id from perpetrators`)})
    select f.form, p.citizenship, p.sex, p.age, p.contact, p.prosecuted, p.convicted, count(*)::int as count
    from perpetrators p left join case_forms f using (case_id)
    group by 1, 2, 3, 4, 5, 6, 7`.execute(db);
  return result.rows;
}

/** Cases first recorded in the year (the earliest identification date of their persons), by the form of their victims' exploitation. */
async function offenceGroups(db: Kysely<Database>, country: string, from: string, to: string): Promise<Group[]> {
  const result = await sql<Group>`
    with cases as (
      select distinct p.case_id from cd_persons p
      where p.country = ${country} and p.identified_on between ${from}::date and ${to}::date
        and not exists (select 1 from cd_persons q where q.case_id = p.case_id and q.identified_on < ${from}::date)
    ), case_forms as (${caseForms(sql`select case_id from cases`)})
    select f.form, null as citizenship, 'total' as sex, 'total' as age, count(*)::int as count
    from cases c left join case_forms f using (case_id)
    group by 1`.execute(db);
  return result.rows;
}

/** The values of an indicator: every sex x age cell of each breakdown category (totals included), from the SQL groups. */
function personValues(indicator: IndicatorCode, groups: Group[], dimensions: DimensionCode[]): RolledUpValue[] {
  const cells = new Map<string, number>();
  const add = (dimension: DimensionCode, category: string, sex: SexCode, age: AgeCode, count: number) => {
    for (const s of sex === 'total' ? ['total'] : [sex, 'total']) {
      for (const a of age === 'total' ? ['total'] : [age, 'total']) {
        const key = `${dimension}|${category}|${s}|${a}`;
        cells.set(key, (cells.get(key) ?? 0) + count);
      }
    }
  };
  for (const group of groups) {
    const count = Number(group.count);
    add('total', TOTAL_CATEGORY, group.sex, group.age, count);
    if (group.form && dimensions.includes('form')) {
      add('form', group.form, group.sex, group.age, count);
      const parent = parentForm(group.form);
      if (parent) add('form', parent, group.sex, group.age, count);
    }
    if (group.citizenship && dimensions.includes('citizenship')) add('citizenship', group.citizenship, group.sex, group.age, count);
    if (group.citizenship && dimensions.includes('repatriation')) add('repatriation', group.citizenship, group.sex, group.age, count);
  }
  const categories: [DimensionCode, string][] = [['total', TOTAL_CATEGORY]];
  if (dimensions.includes('form')) for (const form of FORM_CODES) categories.push(['form', form]);
  for (const dimension of ['citizenship', 'repatriation'] as const) {
    if (!dimensions.includes(dimension)) continue;
    const present = new Set<string>();
    for (const key of cells.keys()) if (key.startsWith(`${dimension}|`)) present.add(key.split('|')[1]);
    for (const category of [...present].sort()) categories.push([dimension, category]);
  }
  const values: RolledUpValue[] = [];
  for (const [dimension, category] of categories) {
    for (const sex of SEX_CODES) {
      for (const age of AGE_CODES) {
        values.push({ indicator, dimension, category, sex, age, value: cells.get(`${dimension}|${category}|${sex}|${age}`) ?? 0 });
      }
    }
  }
  return values;
}
