/**
 * Generates realistic, fictional HTCDS case-level records (one row per person, the columns of
 * src/case-data/htcds/columns.ts): cases of 1-4 victims and 0-3 perpetrators, forms of
 * exploitation, sexes and ages in proportions like those the Global Report describes, most
 * victims citizens of the recording country, trafficking events with countries and dates,
 * prosecutions and convictions of some perpetrators.
 *
 *   npx tsx bench/generate-htcds-data.ts --rows 1000000 --countries MWI,NER [--seed 1] [--from 2015 --to 2024] [--out FILE]
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { HTCDS_COLUMNS } from '../src/case-data/htcds/columns.ts';
import { seededRandom } from './random.ts';

export interface GeneratorOptions { rows: number; countries: string[]; seed?: number; fromYear?: number; toYear?: number; sample?: boolean }

const random = seededRandom;

const NEIGHBOURS: Record<string, string[]> = {
  MWI: ['MOZ', 'ZMB', 'TZA', 'ZAF', 'ZWE'],
  NER: ['NGA', 'MLI', 'BFA', 'TCD', 'DZA', 'LBY'],
};
const FAR = ['KWT', 'SAU', 'ARE', 'OMN', 'ITA', 'FRA', 'IND', 'CHN'];
const AGENCIES: [string, string][] = [
  ['Police Anti-Trafficking Unit', 'LawEnforcement'], ['Department of Social Welfare', 'CentralGovernmentOrganisation'],
  ['Immigration Department', 'ImmigrationService'], ['District Council', 'LocalGovernmentOrganisation'], ['Shelter Network', 'NGO'],
];
const SOURCES = ['Police case file', 'Prosecution register', 'Shelter intake form', 'Court record'];
const CONTROL = ['PhysicalThreats', 'DebtBondage', 'FalsePromises', 'PhysicalAbuse', 'TakesEarnings', 'RestrictsFinancialAccess', 'WithholdsDocuments', 'PsychologicalAbuse', 'ExcessiveWorkingHours', 'WithholdsNecessities'];
const RECRUITMENT = ['ThroughFamilyOrFamilyEvents', 'ThroughFriendsOrSocialEvents', 'AtWork', 'ThroughOnlineSocialNetworks', 'ThroughAnOnlineAdvertisement', 'Other'];
const INDUSTRIES = ['A_AgricultureForestryAndFishing', 'T_ActivitiesOfHouseholdsAsEmployers', 'F_Construction', 'B_MiningAndQuarrying', 'I_AccommodationAndFoodServiceActivities', 'C_Manufacturing'];
const ROLES = ['RecruiterOrIntermediary', 'Transporter', 'Exploiter', 'ControlledIndividual', 'BrokerTravelAgent'];
const CASE_STATUS = ['Active', 'FollowUp', 'Closed', 'ClosedReferred'];

/** The rows, one person each, grouped by case; stops after `rows` rows. */
export function* generateHtcdsRows(options: GeneratorOptions): Generator<Record<string, string>> {
  const next = random(options.seed ?? 1);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const weighted = <T,>(items: readonly [T, number][]) => { let r = next(); for (const [item, weight] of items) { if ((r -= weight) < 0) return item; } return items[items.length - 1][0]; };
  const some = (items: readonly string[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(items)))];
  const fromYear = options.fromYear ?? 2015;
  const span = (options.toYear ?? 2024) - fromYear + 1;
  const dateIn = (year: number) => `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const today = new Date().toISOString().slice(0, 10);
  const addDays = (date: string, days: number) => {
    const value = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    return value > today ? today : value;
  };
  let emitted = 0;
  for (let caseNumber = 1; emitted < options.rows; caseNumber++) {
    const country = options.countries[caseNumber % options.countries.length];
    const [agency, agencyType] = pick(AGENCIES);
    const year = fromYear + Math.floor(next() * span);
    const identified = dateIn(year);
    const caseFields = {
      ari_RecordingCountry: country, ari_CaseId: `${options.sample ? 'SAMPLE-' : ''}${country}-${year}-${String(caseNumber).padStart(7, '0')}`,
      org_Name: options.sample ? `SAMPLE ${agency}` : agency, org_Type: agencyType, ari_Source: pick(SOURCES), cas_Status: pick(CASE_STATUS),
    };
    const form = weighted<string[]>([[['SexualExploitation'], 0.38], [['ForcedLabour'], 0.38], [['ForcedBegging'], 0.06], [['ForcedMarriage'], 0.06], [['ChildLabour'], 0.04], [['Servitude'], 0.03], [['SexualExploitation', 'ForcedLabour'], 0.03], [['OrganRemoval'], 0.005], [['Other'], 0.015]]);
    const transnational = next() < 0.35;
    const destination = transnational ? pick([...(NEIGHBOURS[country] ?? FAR), ...FAR]) : country;
    const victims = 1 + Math.floor(next() * next() * 4);
    const perpetrators = Math.floor(next() * 3.2);
    for (let v = 1; v <= victims && emitted < options.rows; v++, emitted++) {
      const minor = next() < 0.35;
      const female = next() < (form.includes('SexualExploitation') ? 0.9 : 0.45);
      const foreign = next() < 0.25;
      const recruitedOn = addDays(identified, -Math.floor(30 + next() * 400));
      yield {
        ...caseFields,
        ari_PersonId: `V${v}`, ari_PersonRole: 'Victim',
        prs_Gender: next() < 0.02 ? 'NonSpecifiedUnknown' : next() < 0.01 ? 'NonConforming' : female ? 'Feminine' : 'Masculine',
        prs_Citizenship: foreign ? pick(NEIGHBOURS[country] ?? FAR) : country,
        vic_AgeWhenTrafficked: next() < 0.05 ? '' : String(minor ? 6 + Math.floor(next() * 12) : 18 + Math.floor(next() * 40)),
        ari_IdentificationDate: identified,
        vic_TraffickingStatus: next() < 0.8 ? 'ActualVictimOfTrafficking' : next() < 0.9 ? 'PossibleVictimOfTrafficking' : 'NotAVictimOfTrafficking',
        vic_TraffickingStatusDecisionMakingOrg: pick(['Police', 'NGO', 'CourtOrProsecution', 'NonPoliceGovernmentalOrganization']),
        vic_RelationshipToTrafficker: pick(['Familial', 'Acquainted', 'Unaquainted']),
        vic_TypeOfExploitation: form.join(';'),
        vic_TypeOfSexExploitation: form.includes('SexualExploitation') ? pick(['Prostitution', 'Pornography', 'PrivateSexualServices']) : '',
        vic_ForcedLabourIndustry: form.includes('ForcedLabour') ? pick(INDUSTRIES) : '',
        vic_MethodsOfControl: some(CONTROL, 3).join(';'),
        vic_MethodOfRecruitment: some(RECRUITMENT, 2).join(';'),
        vic_RecruitmentWebsitesAndApps: next() < 0.2 ? pick(['Facebook', 'WhatsApp', 'TikTok']) : '',
        ari_RepatriationCountry: foreign && next() < 0.4 ? pick(NEIGHBOURS[country] ?? FAR) : '',
        ari_RepatriationDate: '',
        hte_Recruitment_Country: foreign ? pick(NEIGHBOURS[country] ?? FAR) : country, hte_Recruitment_Date: recruitedOn,
        hte_Transit_Country: transnational && next() < 0.5 ? (next() < 0.05 ? 'Border crossing, place unknown' : pick(NEIGHBOURS[country] ?? FAR)) : '', hte_Transit_Date: '',
        hte_Exploitation_Country: destination, hte_Exploitation_Date: addDays(recruitedOn, Math.floor(next() * 60)),
      };
    }
    for (let p = 1; p <= perpetrators && emitted < options.rows; p++, emitted++) {
      const prosecuted = next() < 0.55;
      const convicted = prosecuted && next() < 0.6;
      const prosecutedOn = prosecuted ? addDays(identified, Math.floor(30 + next() * 300)) : '';
      yield {
        ...caseFields,
        ari_PersonId: `P${p}`, ari_PersonRole: 'Perpetrator',
        prs_Gender: next() < 0.65 ? 'Masculine' : 'Feminine',
        prs_Citizenship: next() < 0.8 ? country : pick(NEIGHBOURS[country] ?? FAR),
        ari_PerpetratorAge: next() < 0.1 ? '' : String(next() < 0.03 ? 16 + Math.floor(next() * 2) : 20 + Math.floor(next() * 40)),
        ari_IdentificationDate: identified,
        per_RoleInProcess: some(ROLES, 2).join(';'),
        ari_ProsecutionDate: prosecutedOn,
        ari_ConvictionDate: convicted ? addDays(prosecutedOn, Math.floor(60 + next() * 400)) : '',
      };
    }
  }
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvLine = (cells: string[]) => `${cells.map(csvCell).join(',')}\n`;

/** The generated rows as CSV text chunks (header first); written by hand, csv-stringify is too slow for a million rows. */
export function* htcdsCsvChunks(options: GeneratorOptions, rowsPerChunk = 5000): Generator<string> {
  yield csvLine([...HTCDS_COLUMNS]);
  let chunk = '';
  let count = 0;
  for (const row of generateHtcdsRows(options)) {
    chunk += csvLine(HTCDS_COLUMNS.map((column) => row[column] ?? ''));
    if (++count % rowsPerChunk === 0) { yield chunk; chunk = ''; }
  }
  if (chunk) yield chunk;
}

export function generateHtcdsCsv(options: GeneratorOptions): Buffer {
  return Buffer.from([...htcdsCsvChunks(options)].join(''), 'utf8');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rows: { type: 'string' }, countries: { type: 'string' }, seed: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, sample: { type: 'boolean' } } });
  const options: GeneratorOptions = {
    rows: Number(values.rows ?? 10_000), countries: (values.countries ?? 'MWI,NER').split(','), seed: Number(values.seed ?? 1),
    fromYear: values.from ? Number(values.from) : undefined, toYear: values.to ? Number(values.to) : undefined, sample: values.sample ?? false,
  };
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  for (const chunk of htcdsCsvChunks(options)) if (!out.write(chunk)) await new Promise<void>((resolve) => { out.once('drain', () => resolve()); });
  if (values.out) out.end();
}
