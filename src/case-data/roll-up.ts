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

const formMap = sql.join(Object.entries(FORM_OF_EXPLOITATION).map(([value, form]) => sql`(${value}, ${form})`));
const sexCase = sql.join(Object.entries(SEX_OF_GENDER).map(([value, sex]) => sql`when ${value} then ${sex}`), sql` `);
const sexOf = (column: RawBuilder<unknown>) => sql`coalesce(case ${column} ${sexCase} end, 'unknown')`;
const ageOf = (column: RawBuilder<unknown>) => sql`case when ${column} is null then 'unknown' when ${column} < 18 then 'minor' else 'adult' end`;
/** The form of a set of HTCDS exploitation types: the one form they map to, 'mixed' for several, null for none. */
const formOf = (types: RawBuilder<unknown>) => sql`(select case count(distinct m.form) when 0 then null when 1 then min(m.form) else 'mixed' end
  from unnest(${types}) as e(value) join (values ${formMap}) as m(value, form) on m.value = e.value)`;

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
  const [victims, repatriated, contacts, prosecuted, convicted, offences] = await Promise.all([
    victimGroups(db, country, from, to),
    repatriationGroups(db, country, from, to),
    perpetratorGroups(db, country, 'identified_on', from, to),
    perpetratorGroups(db, country, 'prosecuted_on', from, to),
    perpetratorGroups(db, country, 'convicted_on', from, to),
    offenceGroups(db, country, from, to),
  ]);
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
      select ${formOf(sql`p.exploitation`)} as form, p.citizenship[1] as citizenship, ${sexOf(sql`p.gender`)} as sex, ${ageOf(sql`p.age`)} as age
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

/** Perpetrators whose date (identification: formal contact; prosecution; conviction) falls in the year; the form is their case's. */
async function perpetratorGroups(db: Kysely<Database>, country: string, dateColumn: 'identified_on' | 'prosecuted_on' | 'convicted_on', from: string, to: string): Promise<Group[]> {
  const result = await sql<Group>`
    with perpetrators as (
      select p.case_id, p.citizenship[1] as citizenship, ${sexOf(sql`p.gender`)} as sex, ${ageOf(sql`p.age`)} as age
      from cd_persons p
      where p.country = ${country} and p.${sql.ref(dateColumn)} between ${from}::date and ${to}::date and p.role = 'Perpetrator'
    ), case_forms as (
      select v.case_id, ${formOf(sql`array_agg(distinct t.value)`)} as form
      from cd_persons v cross join unnest(v.exploitation) as t(value)
      where v.case_id in (select case_id from perpetrators) and v.role = 'Victim'
      group by v.case_id
    )
    select f.form, p.citizenship, p.sex, p.age, count(*)::int as count
    from perpetrators p left join case_forms f using (case_id)
    group by 1, 2, 3, 4`.execute(db);
  return result.rows;
}

/** Cases first recorded in the year (the earliest identification date of their persons), by the form of their victims' exploitation. */
async function offenceGroups(db: Kysely<Database>, country: string, from: string, to: string): Promise<Group[]> {
  const result = await sql<Group>`
    with cases as (
      select distinct p.case_id from cd_persons p
      where p.country = ${country} and p.identified_on between ${from}::date and ${to}::date
        and not exists (select 1 from cd_persons q where q.case_id = p.case_id and q.identified_on < ${from}::date)
    ), case_forms as (
      select v.case_id, ${formOf(sql`array_agg(distinct t.value)`)} as form
      from cd_persons v cross join unnest(v.exploitation) as t(value)
      where v.case_id in (select case_id from cases) and v.role = 'Victim'
      group by v.case_id
    )
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
