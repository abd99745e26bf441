import { stringify } from 'csv-stringify/sync';
import { HTCDS_COLUMNS } from '../../src/case-data/htcds/columns.ts';

/** A CSV of HTCDS rows (every column of the file, cells not given left empty). */
export function htcdsCsv(rows: Record<string, string>[], columns: readonly string[] = HTCDS_COLUMNS): Buffer {
  return Buffer.from(stringify([columns as string[], ...rows.map((row) => columns.map((column) => row[column] ?? ''))]), 'utf8');
}

const victim = (caseId: string, person: string, fields: Record<string, string>) => ({
  ari_RecordingCountry: 'MWI', ari_CaseId: caseId, org_Name: 'Police Anti-Trafficking Unit', org_Type: 'LawEnforcement', ari_Source: 'Police case file', cas_Status: 'Active',
  ari_PersonId: person, ari_PersonRole: 'Victim', vic_TraffickingStatus: 'ActualVictimOfTrafficking', ...fields,
});
const perpetrator = (caseId: string, person: string, fields: Record<string, string>) => ({
  ari_RecordingCountry: 'MWI', ari_CaseId: caseId, ari_PersonId: person, ari_PersonRole: 'Perpetrator', ...fields,
});

/**
 * The roll-up fixture: three Malawian cases and one Nigerien one, whose counts for MWI 2022 are
 * worked out by hand in roll-up.test.ts.
 */
export const ROLL_UP_ROWS: Record<string, string>[] = [
  victim('C1', 'V1', { prs_Gender: 'Feminine', vic_AgeWhenTrafficked: '15', prs_Citizenship: 'MWI', vic_TypeOfExploitation: 'SexualExploitation', ari_IdentificationDate: '2022-03-01', hte_Recruitment_Country: 'MW', hte_Exploitation_Country: 'Malawi' }),
  victim('C1', 'V2', { prs_Gender: 'Masculine', vic_AgeWhenTrafficked: '30', prs_Citizenship: 'MOZ', vic_TypeOfExploitation: 'ForcedLabour', ari_IdentificationDate: '2022-03-01' }),
  victim('C1', 'V3', { prs_Gender: 'Feminine', prs_Citizenship: 'MWI', vic_TypeOfExploitation: 'SexualExploitation;ForcedLabour', vic_TraffickingStatus: 'PossibleVictimOfTrafficking', ari_IdentificationDate: '2022-03-01' }),
  perpetrator('C1', 'P1', { prs_Gender: 'Masculine', ari_PerpetratorAge: '40', prs_Citizenship: 'MWI', ari_IdentificationDate: '2022-03-01', ari_ProsecutionDate: '2022-06-01', ari_ConvictionDate: '2023-01-10' }),
  perpetrator('C1', 'P2', { prs_Gender: 'Feminine', ari_PerpetratorAge: '17', prs_Citizenship: 'ZMB', ari_IdentificationDate: '2022-03-01', ari_ProsecutionDate: '2022-07-01' }),
  victim('C2', 'V1', { prs_Gender: 'Feminine', vic_AgeWhenTrafficked: '20', prs_Citizenship: 'MWI', vic_TypeOfExploitation: 'ForcedBegging', vic_TraffickingStatus: 'NotAVictimOfTrafficking', ari_IdentificationDate: '2022-05-10' }),
  victim('C2', 'V2', { prs_Gender: 'NonConforming', vic_AgeWhenTrafficked: '12', prs_Citizenship: 'ZMB', vic_TypeOfExploitation: 'ForcedBegging', ari_IdentificationDate: '2022-05-10', ari_RepatriationCountry: 'ZMB', ari_RepatriationDate: '2022-08-01' }),
  perpetrator('C2', 'P1', { prs_Gender: 'Masculine', ari_PerpetratorAge: '35', prs_Citizenship: 'MWI', ari_IdentificationDate: '2022-05-10', ari_ProsecutionDate: '2022-09-01', ari_ConvictionDate: '2022-12-01' }),
  victim('C3', 'V1', { prs_Gender: 'Feminine', vic_AgeWhenTrafficked: '25', prs_Citizenship: 'MWI', vic_TypeOfExploitation: 'OrganRemoval', ari_IdentificationDate: '2021-11-01' }),
  victim('C3', 'V2', { prs_Gender: 'Feminine', vic_AgeWhenTrafficked: '19', prs_Citizenship: 'MWI', vic_TypeOfExploitation: 'ForcedMarriage', ari_IdentificationDate: '2022-01-15' }),
  perpetrator('C3', 'P1', { prs_Gender: 'Masculine', ari_PerpetratorAge: '50', prs_Citizenship: 'MWI', ari_IdentificationDate: '2021-11-01', ari_ProsecutionDate: '2022-02-01', ari_ConvictionDate: '2022-10-01' }),
  { ...victim('N1', 'V1', { prs_Gender: 'Feminine', vic_AgeWhenTrafficked: '20', prs_Citizenship: 'NER', vic_TypeOfExploitation: 'SexualExploitation', ari_IdentificationDate: '2022-04-01' }), ari_RecordingCountry: 'NER' },
];
