import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { CdCasesTable, CdPersonsTable } from './tables.ts';

export type StoredCase = Selectable<CdCasesTable>;
export type StoredPerson = Selectable<CdPersonsTable>;

export interface CaseFilter {
  q?: string;
  status?: string;
  year?: number;
  exploitation?: string;
}

export interface CaseListRow {
  id: number;
  case_ref: string;
  org_name: string | null;
  status: string | null;
  sample: boolean;
  victims: number;
  perpetrators: number;
  first_identified: string | null;
}

/** One page of a country's cases, newest first, with the number of victims and perpetrators in each. */
export async function listCases(db: Kysely<Database>, country: string, filter: CaseFilter, page: number, pageSize: number): Promise<{ rows: CaseListRow[]; total: number }> {
  let query = db.selectFrom('cd_cases as c').where('c.country', '=', country);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query = query.where((eb) => eb.or([eb('c.case_ref', 'ilike', pattern), eb('c.org_name', 'ilike', pattern)]));
  }
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.year !== undefined) {
    const year = filter.year;
    query = query.where(({ exists, selectFrom }) => exists(selectFrom('cd_persons as y').select('y.id').whereRef('y.case_id', '=', 'c.id')
      .where('y.identified_on', '>=', `${year}-01-01`).where('y.identified_on', '<=', `${year}-12-31`)));
  }
  if (filter.exploitation) {
    const value = filter.exploitation;
    query = query.where(({ exists, selectFrom }) => exists(selectFrom('cd_persons as e').select('e.id').whereRef('e.case_id', '=', 'c.id')
      .where(sql<boolean>`${value} = any(e.exploitation)`)));
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  const rows = await query
    .select(['c.id', 'c.case_ref', 'c.org_name', 'c.status', 'c.sample'])
    .select(sql<number>`(select count(*) from cd_persons p where p.case_id = c.id and p.role = 'Victim')`.as('victims'))
    .select(sql<number>`(select count(*) from cd_persons p where p.case_id = c.id and p.role = 'Perpetrator')`.as('perpetrators'))
    .select(sql<string | null>`(select min(p.identified_on)::text from cd_persons p where p.case_id = c.id)`.as('first_identified'))
    .orderBy('c.id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
  return { rows: rows.map((row) => ({ ...row, victims: Number(row.victims), perpetrators: Number(row.perpetrators) })), total: Number(total.count) };
}

/** A case of the country, or undefined (also when the id belongs to another country's case). */
export async function findCase(db: Kysely<Database>, country: string, id: number): Promise<StoredCase | undefined> {
  return db.selectFrom('cd_cases').selectAll().where('country', '=', country).where('id', '=', id).executeTakeFirst();
}

export async function findCaseByRef(db: Kysely<Database>, country: string, caseRef: string): Promise<StoredCase | undefined> {
  return db.selectFrom('cd_cases').selectAll().where('country', '=', country).where('case_ref', '=', caseRef).executeTakeFirst();
}

export async function personsOfCase(db: Kysely<Database>, caseId: number): Promise<StoredPerson[]> {
  return db.selectFrom('cd_persons').selectAll().where('case_id', '=', caseId).orderBy('role', 'desc').orderBy('person_ref').execute();
}

export async function findPerson(db: Kysely<Database>, caseId: number, personId: number): Promise<StoredPerson | undefined> {
  return db.selectFrom('cd_persons').selectAll().where('case_id', '=', caseId).where('id', '=', personId).executeTakeFirst();
}

/** The years in which the country's persons were identified, newest first (for the filter). */
export async function yearsOfCountry(db: Kysely<Database>, country: string): Promise<number[]> {
  const rows = await sql<{ year: number }>`select distinct extract(year from identified_on)::int as year from cd_persons where country = ${country} order by year desc`.execute(db);
  return rows.rows.map((row) => Number(row.year));
}

/** The countries that have case-level records (a skip scan over the unique index, not a scan of every case). */
export async function countriesWithRecords(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ country: string }>`
    with recursive found as (
      (select country from cd_cases order by country limit 1)
      union all
      select (select c.country from cd_cases c where c.country > found.country order by c.country limit 1) from found where found.country is not null
    ) select country from found where country is not null`.execute(db);
  return rows.rows.map((row) => row.country.trim());
}
