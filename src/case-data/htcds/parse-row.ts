import { findCountryByName, getCountry } from '../../core/geo/countries.ts';
import type { CaseFields, CellProblem, PersonFields } from '../record.ts';
import { eventCountryColumn, eventDateColumn, LIST_SEPARATOR, PERPETRATOR_ONLY_COLUMNS, VICTIM_ONLY_COLUMNS, type EventType, type PersonRole } from './columns.ts';
import { picklistValue, type PicklistField } from './picklists.ts';

export interface ParsedRow {
  country: string;
  caseFields: CaseFields;
  person: PersonFields;
}

export interface RowContext {
  /** The country the file is imported for (`--country`, or the page's country); rows may leave it out. */
  country?: string;
  /** Today as YYYY-MM-DD: no date may be later. */
  today: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_CODE = /^[A-Za-z]{2,3}$/;
const MAX_TEXT = 500;

/** Reads the cells of one row (or form), adding a problem for each cell that does not fit the standard. */
class CellReader {
  constructor(private readonly values: Record<string, string>, private readonly rowNumber: number, private readonly context: RowContext, private readonly problems: CellProblem[]) {}

  problem(column: string, message: string, params?: Record<string, string | number>): void {
    this.problems.push({ row: this.rowNumber, column, message, params });
  }

  cell(column: string): string {
    return this.values[column] ?? '';
  }

  text(column: string, required = false): string | null {
    const value = this.cell(column);
    if (!value) { if (required) this.problem(column, 'case_data.error.required'); return null; }
    if (value.length > MAX_TEXT) { this.problem(column, 'case_data.error.too_long', { max: MAX_TEXT }); return null; }
    return value;
  }

  pick(column: PicklistField): string | null {
    const value = this.cell(column);
    if (!value) return null;
    const name = picklistValue(column, value);
    if (!name) this.problem(column, 'case_data.error.unknown_value', { value: value.slice(0, 80), field: column });
    return name ?? null;
  }

  pickList(column: PicklistField): string[] {
    const value = this.cell(column);
    if (!value) return [];
    const names: string[] = [];
    for (const item of value.split(LIST_SEPARATOR)) {
      const trimmed = item.trim();
      if (!trimmed) continue;
      const name = picklistValue(column, trimmed);
      if (!name) this.problem(column, 'case_data.error.unknown_value', { value: trimmed.slice(0, 80), field: column });
      else if (!names.includes(name)) names.push(name);
    }
    return names;
  }

  date(column: string, required = false): string | null {
    const value = this.cell(column);
    if (!value) { if (required) this.problem(column, 'case_data.error.required'); return null; }
    if (!isRealDate(value)) { this.problem(column, 'case_data.error.date', { value: value.slice(0, 40) }); return null; }
    if (value > this.context.today) { this.problem(column, 'case_data.error.future_date', { value }); return null; }
    return value;
  }

  country(column: string): string | null {
    const value = this.cell(column);
    if (!value) return null;
    const found = countryOfCode(value);
    if (!found) this.problem(column, 'case_data.error.unknown_country', { value: value.slice(0, 40) });
    return found ?? null;
  }

  countries(column: string): string[] {
    const value = this.cell(column);
    if (!value) return [];
    const codes: string[] = [];
    for (const item of value.split(LIST_SEPARATOR)) {
      const trimmed = item.trim();
      if (!trimmed) continue;
      const found = countryOfCode(trimmed);
      if (!found) this.problem(column, 'case_data.error.unknown_country', { value: trimmed.slice(0, 40) });
      else if (!codes.includes(found)) codes.push(found);
    }
    return codes;
  }

  age(column: string): number | null {
    const value = this.cell(column);
    if (!value) return null;
    if (!/^\d{1,3}$/.test(value) || Number(value) > 120) { this.problem(column, 'case_data.error.age', { value: value.slice(0, 20) }); return null; }
    return Number(value);
  }

  /** An event's place (hte_Country is Text in the standard): a country code or name, else the text, flagged. */
  place(type: EventType, flags: string[]): { country: string | null; place: string | null } {
    const column = eventCountryColumn(type);
    const value = this.text(column);
    if (!value) return { country: null, place: null };
    const found = countryOfCode(value) ?? findCountryByName(value)?.iso3;
    if (found) return { country: found, place: null };
    flags.push(column);
    return { country: null, place: value };
  }
}

const codeCache = new Map<string, string | null>();
/** The ISO alpha-3 code of an alpha-2 or alpha-3 code (any case), or undefined. */
function countryOfCode(value: string): string | undefined {
  let found = codeCache.get(value);
  if (found === undefined) {
    found = (ISO_CODE.test(value) ? getCountry(value)?.iso3 : undefined) ?? null;
    if (codeCache.size < 10_000) codeCache.set(value, found);
  }
  return found ?? undefined;
}

/** The case's own cells (recording agency, source, status) and the recording country. */
export function parseCaseCells(values: Record<string, string>, rowNumber: number, context: RowContext, problems: CellProblem[]): { country: string | undefined; caseFields: CaseFields } {
  const reader = new CellReader(values, rowNumber, context, problems);
  const rowCountry = reader.country('ari_RecordingCountry');
  if (context.country && rowCountry && rowCountry !== context.country) {
    reader.problem('ari_RecordingCountry', 'case_data.error.country_mismatch', { value: rowCountry, country: context.country });
  }
  const recordingCountry = context.country ?? rowCountry ?? undefined;
  if (!recordingCountry && !reader.cell('ari_RecordingCountry')) reader.problem('ari_RecordingCountry', 'case_data.error.required');
  const caseFields: CaseFields = {
    case_ref: reader.text('ari_CaseId', true) ?? '',
    org_name: reader.text('org_Name'),
    org_type: reader.pick('org_Type'),
    source: reader.text('ari_Source'),
    status: reader.pick('cas_Status'),
  };
  return { country: recordingCountry, caseFields };
}

/**
 * Reads one row of an HTCDS file (or the fields of a form, named like the columns) into a case
 * and a person, checking every cell against the standard: picklist values, dates, countries,
 * which columns a victim or a perpetrator may fill. Problems are added to `problems`; the result
 * is undefined when there was any. Free text the standard allows (hte_Country is Text) is kept
 * even when no country can be read from it, and flagged.
 */
export function parseHtcdsRow(values: Record<string, string>, rowNumber: number, context: RowContext, problems: CellProblem[]): ParsedRow | undefined {
  const before = problems.length;
  const { country, caseFields } = parseCaseCells(values, rowNumber, context, problems);
  const person = parsePersonCells(values, rowNumber, context, problems);
  if (problems.length > before || !country || !person) return undefined;
  return { country, caseFields, person };
}

/** The cells of one person: the person, the victim or perpetrator context, the trafficking events. */
export function parsePersonCells(values: Record<string, string>, rowNumber: number, context: RowContext, problems: CellProblem[]): PersonFields | undefined {
  const before = problems.length;
  const reader = new CellReader(values, rowNumber, context, problems);
  const roleText = reader.cell('ari_PersonRole');
  const role: PersonRole | undefined = /^victim$/i.test(roleText) ? 'Victim' : /^perpetrator$/i.test(roleText) ? 'Perpetrator' : undefined;
  if (!roleText) reader.problem('ari_PersonRole', 'case_data.error.required');
  else if (!role) reader.problem('ari_PersonRole', 'case_data.error.unknown_value', { value: roleText.slice(0, 80), field: 'ari_PersonRole' });
  const forbidden = role === 'Victim' ? PERPETRATOR_ONLY_COLUMNS : role === 'Perpetrator' ? VICTIM_ONLY_COLUMNS : [];
  for (const column of forbidden) {
    if (reader.cell(column)) reader.problem(column, role === 'Victim' ? 'case_data.error.perpetrator_only' : 'case_data.error.victim_only');
  }

  const flags: string[] = [];
  const recruitmentPlace = reader.place('Recruitment', flags);
  const transitPlace = reader.place('Transit', flags);
  const exploitationPlace = reader.place('Exploitation', flags);

  const person: PersonFields = {
    person_ref: reader.text('ari_PersonId', true) ?? '',
    role: role ?? 'Victim',
    gender: reader.pick('prs_Gender'),
    citizenship: reader.countries('prs_Citizenship'),
    age: role === 'Perpetrator' ? reader.age('ari_PerpetratorAge') : reader.age('vic_AgeWhenTrafficked'),
    identified_on: reader.date('ari_IdentificationDate', true) ?? '',
    trafficking_status: reader.pick('vic_TraffickingStatus'),
    decision_org: reader.pick('vic_TraffickingStatusDecisionMakingOrg'),
    relationship: reader.pick('vic_RelationshipToTrafficker'),
    exploitation: reader.pickList('vic_TypeOfExploitation'),
    sex_exploitation: reader.pickList('vic_TypeOfSexExploitation'),
    industry: reader.pick('vic_ForcedLabourIndustry'),
    control: reader.pickList('vic_MethodsOfControl'),
    recruitment: reader.pickList('vic_MethodOfRecruitment'),
    recruitment_apps: reader.pickList('vic_RecruitmentWebsitesAndApps'),
    role_in_process: reader.pickList('per_RoleInProcess'),
    prosecuted_on: reader.date('ari_ProsecutionDate'),
    convicted_on: reader.date('ari_ConvictionDate'),
    repatriated_to: reader.country('ari_RepatriationCountry'),
    repatriated_on: reader.date('ari_RepatriationDate'),
    recruitment_country: recruitmentPlace.country,
    recruitment_place: recruitmentPlace.place,
    recruitment_on: reader.date(eventDateColumn('Recruitment')),
    transit_country: transitPlace.country,
    transit_place: transitPlace.place,
    transit_on: reader.date(eventDateColumn('Transit')),
    exploitation_country: exploitationPlace.country,
    exploitation_place: exploitationPlace.place,
    exploitation_on: reader.date(eventDateColumn('Exploitation')),
    flags,
  };
  if (role === 'Victim' && !person.trafficking_status && !problems.slice(before).some((item) => item.column === 'vic_TraffickingStatus')) {
    reader.problem('vic_TraffickingStatus', 'case_data.error.required');
  }
  if (person.repatriated_on && !person.repatriated_to) reader.problem('ari_RepatriationCountry', 'case_data.error.required');
  return problems.length > before ? undefined : person;
}

export function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}
