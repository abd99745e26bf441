import type { CdCasesTable, CdPersonsTable } from '../tables.ts';
import type { Selectable } from 'kysely';
import { LIST_SEPARATOR } from './columns.ts';

type StoredCase = Pick<Selectable<CdCasesTable>, 'country' | 'case_ref' | 'org_name' | 'org_type' | 'source' | 'status'>;
type StoredPerson = Omit<Selectable<CdPersonsTable>, 'id' | 'case_id' | 'country' | 'sample'>;

const list = (values: string[]) => values.join(LIST_SEPARATOR);

/** A stored person of a case as a row of the HTCDS file (the inverse of parse-row.ts: importing it gives the same record). */
export function htcdsRowOf(stored: StoredCase, person: StoredPerson): Record<string, string> {
  const victim = person.role === 'Victim';
  return {
    ari_RecordingCountry: stored.country,
    ari_CaseId: stored.case_ref,
    org_Name: stored.org_name ?? '',
    org_Type: stored.org_type ?? '',
    ari_Source: stored.source ?? '',
    cas_Status: stored.status ?? '',
    ari_PersonId: person.person_ref,
    ari_PersonRole: person.role,
    prs_Gender: person.gender ?? '',
    prs_Citizenship: list(person.citizenship),
    vic_AgeWhenTrafficked: victim && person.age !== null ? String(person.age) : '',
    ari_PerpetratorAge: !victim && person.age !== null ? String(person.age) : '',
    ari_IdentificationDate: person.identified_on,
    vic_TraffickingStatus: person.trafficking_status ?? '',
    vic_TraffickingStatusDecisionMakingOrg: person.decision_org ?? '',
    vic_RelationshipToTrafficker: person.relationship ?? '',
    vic_TypeOfExploitation: list(person.exploitation),
    vic_TypeOfSexExploitation: list(person.sex_exploitation),
    vic_ForcedLabourIndustry: person.industry ?? '',
    vic_MethodsOfControl: list(person.control),
    vic_MethodOfRecruitment: list(person.recruitment),
    vic_RecruitmentWebsitesAndApps: list(person.recruitment_apps),
    per_RoleInProcess: list(person.role_in_process),
    ari_ProsecutionDate: person.prosecuted_on ?? '',
    ari_ConvictionDate: person.convicted_on ?? '',
    ari_RepatriationCountry: person.repatriated_to ?? '',
    ari_RepatriationDate: person.repatriated_on ?? '',
    hte_Recruitment_Country: person.recruitment_country ?? person.recruitment_place ?? '',
    hte_Recruitment_Date: person.recruitment_on ?? '',
    hte_Transit_Country: person.transit_country ?? person.transit_place ?? '',
    hte_Transit_Date: person.transit_on ?? '',
    hte_Exploitation_Country: person.exploitation_country ?? person.exploitation_place ?? '',
    hte_Exploitation_Date: person.exploitation_on ?? '',
  };
}
