import { sql, type Transaction } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { copyRows } from './copy-in.ts';
import { PERSON_FIELD_NAMES, type CaseFields, type PersonFields } from './record.ts';

/**
 * Bulk writes of cases and persons: one INSERT ... SELECT FROM unnest(arrays) per batch, so each
 * column travels as one array parameter and the server plans one statement for thousands of
 * rows; the same SQL runs on PostgreSQL and PGlite. On a PostgreSQL server (`copy`), COPY FROM
 * STDIN instead, several times faster: case ids are reserved from the identity's sequence first,
 * so persons can point to their case without reading anything back. Callers run these inside
 * their transaction.
 */

export interface CaseToInsert extends CaseFields { country: string; sample: boolean }
export interface PersonToInsert extends PersonFields { case_id: number; country: string; sample: boolean }

const CASE_COLUMNS = ['id', 'country', 'case_ref', 'org_name', 'org_type', 'source', 'status', 'sample'] as const;
const PERSON_COLUMNS = ['case_id', 'country', ...PERSON_FIELD_NAMES, 'sample'] as const;

/** Inserts cases; returns their ids in the order given. */
export async function insertCases(trx: Transaction<Database>, cases: CaseToInsert[], copy = false): Promise<number[]> {
  if (!cases.length) return [];
  if (copy) {
    const reserved = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('cd_cases', 'id')) as id from generate_series(1, ${cases.length}::int)`.execute(trx);
    const ids = reserved.rows.map((row) => Number(row.id));
    await copyRows(trx, 'cd_cases', CASE_COLUMNS, cases.map((item, index) => ({ ...item, id: ids[index] })));
    return ids;
  }
  const column = <K extends keyof CaseToInsert>(key: K) => cases.map((item) => item[key]);
  const result = await sql<{ id: number; ord: number }>`
    with input as (
      select * from unnest(${column('country')}::text[], ${column('case_ref')}::text[], ${column('org_name')}::text[],
        ${column('org_type')}::text[], ${column('source')}::text[], ${column('status')}::text[], ${column('sample')}::boolean[])
        with ordinality as t(country, case_ref, org_name, org_type, source, status, sample, ord)
    ), inserted as (
      insert into cd_cases (country, case_ref, org_name, org_type, source, status, sample)
      select country, case_ref, org_name, org_type, source, status, sample from input order by ord
      returning id, country, case_ref
    )
    select inserted.id, input.ord from inserted join input using (country, case_ref)`.execute(trx);
  const ids = new Array<number>(cases.length);
  for (const row of result.rows) ids[Number(row.ord) - 1] = Number(row.id);
  return ids;
}

const list = (values: string[]) => values.join(';');

/** Inserts persons (list fields travel as ';'-joined text: picklist names and ISO codes contain no ';'). */
export async function insertPersons(trx: Transaction<Database>, persons: PersonToInsert[], copy = false): Promise<void> {
  if (!persons.length) return;
  if (copy) {
    await copyRows(trx, 'cd_persons', PERSON_COLUMNS, persons);
    return;
  }
  const c = <K extends keyof PersonToInsert>(key: K) => persons.map((item) => item[key]);
  const l = (key: 'citizenship' | 'exploitation' | 'sex_exploitation' | 'control' | 'recruitment' | 'recruitment_apps' | 'role_in_process' | 'flags') => persons.map((item) => list(item[key]));
  await sql`
    insert into cd_persons (case_id, country, person_ref, role, gender, citizenship, age, identified_on, trafficking_status,
      decision_org, relationship, exploitation, sex_exploitation, industry, control, recruitment, recruitment_apps, role_in_process,
      prosecuted_on, convicted_on, repatriated_to, repatriated_on, recruitment_country, recruitment_place, recruitment_on,
      transit_country, transit_place, transit_on, exploitation_country, exploitation_place, exploitation_on, flags, sample)
    select case_id, country, person_ref, role, gender, string_to_array(citizenship, ';'), age, identified_on, trafficking_status,
      decision_org, relationship, string_to_array(exploitation, ';'), string_to_array(sex_exploitation, ';'), industry,
      string_to_array(control, ';'), string_to_array(recruitment, ';'), string_to_array(recruitment_apps, ';'),
      string_to_array(role_in_process, ';'), prosecuted_on, convicted_on, repatriated_to, repatriated_on,
      recruitment_country, recruitment_place, recruitment_on, transit_country, transit_place, transit_on,
      exploitation_country, exploitation_place, exploitation_on, string_to_array(flags, ';'), sample
    from unnest(${c('case_id')}::bigint[], ${c('country')}::text[], ${c('person_ref')}::text[], ${c('role')}::text[],
      ${c('gender')}::text[], ${l('citizenship')}::text[], ${c('age')}::smallint[], ${c('identified_on')}::date[],
      ${c('trafficking_status')}::text[], ${c('decision_org')}::text[], ${c('relationship')}::text[], ${l('exploitation')}::text[],
      ${l('sex_exploitation')}::text[], ${c('industry')}::text[], ${l('control')}::text[], ${l('recruitment')}::text[],
      ${l('recruitment_apps')}::text[], ${l('role_in_process')}::text[], ${c('prosecuted_on')}::date[], ${c('convicted_on')}::date[],
      ${c('repatriated_to')}::text[], ${c('repatriated_on')}::date[], ${c('recruitment_country')}::text[], ${c('recruitment_place')}::text[],
      ${c('recruitment_on')}::date[], ${c('transit_country')}::text[], ${c('transit_place')}::text[], ${c('transit_on')}::date[],
      ${c('exploitation_country')}::text[], ${c('exploitation_place')}::text[], ${c('exploitation_on')}::date[], ${l('flags')}::text[],
      ${c('sample')}::boolean[])
      as t(case_id, country, person_ref, role, gender, citizenship, age, identified_on, trafficking_status, decision_org,
        relationship, exploitation, sex_exploitation, industry, control, recruitment, recruitment_apps, role_in_process,
        prosecuted_on, convicted_on, repatriated_to, repatriated_on, recruitment_country, recruitment_place, recruitment_on,
        transit_country, transit_place, transit_on, exploitation_country, exploitation_place, exploitation_on, flags, sample)`.execute(trx);
}

/** Deletes the cases of a country with these references (their persons go with them). */
export async function deleteCasesByRef(trx: Transaction<Database>, country: string, refs: string[]): Promise<number> {
  if (!refs.length) return 0;
  const result = await sql`delete from cd_cases where country = ${country} and case_ref = any(${refs}::text[])`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
