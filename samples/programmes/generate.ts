// Generates samples/programmes/programmes.json: the programme monitoring sample data (fictional,
// every record marked as a sample). Deterministic: the same file every run.
//   node --import tsx samples/programmes/generate.ts
import { writeFileSync } from 'node:fs';
import { countryName } from '../../src/core/geo/countries.ts';

let seed = 20_180_101;
/** mulberry32: a small deterministic generator, so that the file is the same on every run. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const pickSome = <T>(list: readonly T[], count: number): T[] => {
  const copy = [...list];
  const chosen: T[] = [];
  while (chosen.length < count && copy.length) chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return chosen;
};
const weighted = <T extends string>(weights: Record<T, number>): T => {
  const total = Object.values<number>(weights).reduce((a, b) => a + b, 0);
  let roll = random() * total;
  for (const [key, weight] of Object.entries<number>(weights)) { roll -= weight; if (roll <= 0) return key as T; }
  return Object.keys(weights)[0] as T;
};
const pad = (value: number) => String(value).padStart(2, '0');

const programmes = [
  { code: 'GLOT59', name: 'Global Programme against Trafficking in Persons', kind: 'programme', crimeFocus: 'tip', donors: ['Sample donor A', 'Sample donor B'], startDate: '2008-01-01', endDate: null,
    countries: ['MWI', 'NGA', 'GHA', 'KEN', 'UGA', 'ZAF', 'EGY', 'MAR', 'SLE', 'ETH', 'NPL', 'BGD', 'PAK', 'UZB', 'KGZ', 'JOR', 'BIH', 'HND', 'MEX', 'CAN', 'CPV', 'SRB'] },
  { code: 'GLOT92', name: 'Global Programme against the Smuggling of Migrants', kind: 'programme', crimeFocus: 'som', donors: ['Sample donor C'], startDate: '2010-01-01', endDate: null,
    countries: ['MDV', 'LKA', 'THA', 'IDN', 'NER', 'MLI', 'SDN', 'LBY', 'TUN', 'MNE', 'BIH', 'MKD', 'SRB', 'GTM', 'SLV', 'HND'] },
  { code: 'GLO.ACT', name: 'Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants', kind: 'programme', crimeFocus: 'both', donors: ['Sample donor D'], startDate: '2015-06-01', endDate: null,
    countries: ['PAK', 'AFG', 'BGD', 'KGZ', 'IRQ', 'NPL', 'LAO', 'MMR', 'BRA', 'COL', 'EGY', 'MAR', 'NER', 'MLI', 'BLR', 'UKR', 'ZAF', 'KAZ'] },
  { code: 'TRACK4TIP', name: 'Transforming Alerts into Criminal Justice Responses to Combat Trafficking in Persons within Migration Flows', kind: 'initiative', parent: 'GLOT59', crimeFocus: 'tip', donors: ['Sample donor E'], startDate: '2019-01-01', endDate: null,
    countries: ['BRA', 'COL', 'DOM', 'ECU', 'PER', 'TTO', 'ABW', 'CUW'] },
  { code: 'STARSOM', name: 'Strengthening Transregional Action and Responses against Smuggling of Migrants', kind: 'initiative', parent: 'GLOT92', crimeFocus: 'som', donors: ['Sample donor F'], startDate: '2020-01-01', endDate: null,
    countries: ['PAK', 'AFG', 'BGD', 'IRQ', 'JOR', 'QAT', 'ARE', 'NER', 'LBY', 'ETH', 'MEX', 'GTM', 'PAN'] },
];
const projects = [
  { code: 'GLOT59-P1', programme: 'GLOT59', name: 'Criminal justice capacity against trafficking in Africa (sample project)', startDate: '2018-01-01', endDate: '2022-12-31' },
  { code: 'GLOT92-P1', programme: 'GLOT92', name: 'Border and coast guard cooperation (sample project)', startDate: '2018-01-01', endDate: '2022-12-31' },
  { code: 'GLOACT-P2', programme: 'GLO.ACT', name: 'GLO.ACT second phase, Asia and the Middle East (sample project)', startDate: '2019-01-01', endDate: '2023-06-30' },
];

const TYPE_WEIGHTS = {
  training: 30, training_of_trainers: 6, mentoring: 8, mock_trial: 3, legislative_assistance: 6, policy_support: 5, workshop: 10,
  event_organized: 18, event_speaker: 15, awareness_campaign: 3, publication: 3, equipment: 2, investigation_support: 3,
} as const;
type Type = keyof typeof TYPE_WEIGHTS;
const TOPICS = ['identification of victims', 'investigation of trafficking for forced labour', 'financial investigations', 'cross-border cooperation', 'victim-centred prosecution',
  'online exploitation', 'smuggling by sea', 'gender and trafficking', 'trafficking among refugees', 'data collection', 'referral mechanisms'];
const TITLES: Record<Type, (topic: string, where: string) => string> = {
  training: (topic, where) => `Training on ${topic} for criminal justice practitioners, ${where}`,
  training_of_trainers: (topic, where) => `Training of trainers on ${topic}, ${where}`,
  mentoring: (topic, where) => `Mentoring of investigators and prosecutors on ${topic}, ${where}`,
  mock_trial: (_topic, where) => `Mock trial on a trafficking case, ${where}`,
  legislative_assistance: (_topic, where) => `Review of the draft law on trafficking in persons and smuggling of migrants, ${where}`,
  policy_support: (_topic, where) => `Support to the national action plan against trafficking, ${where}`,
  workshop: (topic, where) => `Workshop on ${topic}, ${where}`,
  event_organized: (topic, where) => `Expert group meeting on ${topic}, ${where}`,
  event_speaker: (topic, where) => `Expert presentation on ${topic}, ${where}`,
  awareness_campaign: (_topic, where) => `Awareness campaign against trafficking in persons, ${where}`,
  publication: (topic) => `Issue paper: ${topic}`,
  equipment: (_topic, where) => `Protective equipment for shelters and anti-trafficking units, ${where}`,
  investigation_support: (_topic, where) => `Operational support to a joint investigation, ${where}`,
};
const PARTNERS = ['IOM', 'UNHCR', 'OHCHR', 'ILO', 'UNICEF', 'UN Women', 'ICAT', 'Sample NGO network', 'National judicial academy'];
const TRAINING = new Set<Type>(['training', 'training_of_trainers', 'mentoring', 'mock_trial', 'workshop']);
const INSTITUTIONS = ['police', 'prosecution', 'judiciary', 'border_immigration', 'labour_inspection', 'social_services', 'civil_society', 'academia', 'other'];

const activities: Record<string, unknown>[] = [];
for (let year = 2018; year <= 2022; year++) {
  const perYear = int(58, 72);
  for (let index = 1; index <= perYear; index++) {
    const programme = pick(programmes);
    const type = weighted(TYPE_WEIGHTS);
    const regional = random() < (type === 'event_organized' || type === 'event_speaker' ? 0.55 : 0.2);
    const countries = regional ? pickSome(programme.countries, int(2, Math.min(6, programme.countries.length))) : [pick(programme.countries)];
    const month = int(1, 12);
    const day = int(1, 28);
    const length = type === 'mentoring' ? int(10, 60) : type === 'publication' ? 0 : int(0, 4);
    const start = new Date(Date.UTC(year, month - 1, day));
    const end = new Date(start.getTime() + length * 86_400_000);
    const online = (year === 2020 || year === 2021) && random() < 0.5;
    const where = type === 'publication' ? '' : online ? 'online' : regional ? `${countryName(countries[0], 'en')} (regional)` : countryName(countries[0], 'en');
    const topic = pick(TOPICS);
    const people = TRAINING.has(type) ? int(12, 60) : type === 'event_organized' ? int(25, 260) : type === 'awareness_campaign' ? int(0, 40) : 0;
    const breakdown = random() < 0.82;
    const female = breakdown ? Math.round(people * (0.3 + random() * 0.3)) : 0;
    const male = breakdown ? people - female : 0;
    const participation = people && random() < 0.7 ? splitByInstitution(people) : [];
    activities.push({
      externalId: `SAMPLE-ACT-${year}-${String(index).padStart(3, '0')}`,
      type, title: TITLES[type](topic, where), startDate: isoDate(start), endDate: isoDate(end), place: where || undefined,
      scope: regional ? 'regional' : 'national', countries,
      programmes: [programme.code],
      project: random() < 0.3 ? projects.find((item) => item.programme === programme.code)?.code : undefined,
      partners: pickSome(PARTNERS, int(0, 2)), topic, description: `Sample record: a fictional ${type.replace(/_/g, ' ')} generated for demonstration.`,
      female, male, unknown: people - female - male, participation,
      status: random() < 0.02 ? 'draft' : 'published', sample: true,
    });
  }
}

function splitByInstitution(total: number) {
  const chosen = pickSome(INSTITUTIONS, int(1, 4));
  let left = total;
  return chosen.map((institutionType, position) => {
    const participants = position === chosen.length - 1 ? left : int(0, left);
    left -= participants;
    return { institutionType, participants };
  }).filter((item) => item.participants > 0);
}

function isoDate(date: Date) {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

// Participant lists (fictional names) for a few trainings: their counts are derived from the list.
const FIRST = ['Amina', 'Bakary', 'Carla', 'Dilnoza', 'Emeka', 'Fatima', 'Gustavo', 'Hana', 'Ivan', 'Jamila', 'Kofi', 'Leila', 'Mateo', 'Nadia', 'Omar', 'Priya'];
const LAST = ['Example', 'Sample', 'Fictional', 'Testperson', 'Placeholder'];
const listed = activities.filter((activity) => activity.type === 'training' && activity.status === 'published').slice(0, 3);
const participants = listed.flatMap((activity, listIndex) => Array.from({ length: int(8, 14) }, (_, person) => ({
  activity: activity.externalId, name: `${pick(FIRST)} ${pick(LAST)} ${listIndex + 1}-${person + 1}`,
  sex: weighted({ female: 45, male: 50, unknown: 5 }), institutionType: pick(INSTITUTIONS.slice(0, 6)),
  institution: 'Sample institution', country: (activity.countries as string[])[0],
})));

const LAWS: Record<string, string> = { NGA: 'SAMPLE-LAW-NGA-2015', GHA: 'SAMPLE-LAW-GHA-2005', KEN: 'SAMPLE-LAW-KEN-2010', EGY: 'SAMPLE-LAW-EGY-2016', MAR: 'SAMPLE-LAW-MAR-2016', NER: 'SAMPLE-LAW-NER-2015', MEX: 'SAMPLE-LAW-MEX-2012', COL: 'SAMPLE-LAW-COL-2005', BRA: 'SAMPLE-LAW-BRA-2016', NPL: 'SAMPLE-LAW-NPL-2007', KGZ: 'SAMPLE-LAW-KGZ-2021', UZB: 'SAMPLE-LAW-UZB-2008', JOR: 'SAMPLE-LAW-JOR-2009' };
const STORIES: Record<string, (country: string, quantity: number) => string> = {
  investigation_supported: (country, quantity) => `(Sample) Investigators in ${country} trained by the programme opened ${quantity} new investigations into trafficking for forced labour.`,
  victims_identified: (country, quantity) => `(Sample) Labour inspectors in ${country} identified ${quantity} potential victims after applying new referral procedures.`,
  arrests: (country, quantity) => `(Sample) A joint operation in ${country} led to ${quantity} arrests of suspected smugglers.`,
  convictions: (country, quantity) => `(Sample) A court in ${country} convicted ${quantity} defendants; the prosecutor and judge had taken part in a mock trial.`,
  law_drafted: (country) => `(Sample) A draft law on trafficking in persons prepared with programme experts was submitted to the parliament of ${country}.`,
  law_adopted: (country) => `(Sample) ${country} adopted a new law on trafficking in persons and smuggling of migrants.`,
  action_plan_adopted: (country) => `(Sample) ${country} endorsed its national action plan against trafficking in persons.`,
  ratification: (country) => `(Sample) ${country} became a party to the Protocol against the Smuggling of Migrants.`,
};
const outcomes: Record<string, unknown>[] = [];
const published = activities.filter((activity) => activity.status === 'published' && activity.type !== 'publication' && activity.type !== 'event_speaker');
for (let index = 1; index <= 95; index++) {
  const activity = pick(published);
  const type = weighted({ investigation_supported: 30, victims_identified: 18, arrests: 12, convictions: 10, law_drafted: 8, law_adopted: 6, action_plan_adopted: 8, ratification: 3 });
  const country = pick(activity.countries as string[]);
  const quantity = type === 'victims_identified' ? int(3, 90) : type === 'arrests' ? int(1, 47) : type === 'investigation_supported' ? int(1, 6) : type === 'convictions' ? int(1, 5) : 1;
  const start = new Date(`${activity.startDate as string}T00:00:00Z`);
  const date = isoDate(new Date(Math.min(start.getTime() + int(20, 200) * 86_400_000, Date.UTC(2022, 11, 31))));
  const programmeCodes = activity.programmes as string[];
  outcomes.push({
    externalId: `SAMPLE-OUT-${String(index).padStart(3, '0')}`, type, activity: activity.externalId, programme: programmeCodes[0], country, date, quantity,
    knowledgeExternalId: (type === 'law_drafted' || type === 'law_adopted') ? LAWS[country] : undefined,
    source: 'Sample mission report', story: random() < 0.8 ? STORIES[type](countryName(country, 'en'), quantity) : undefined, status: 'published', sample: true,
  });
}

// Brazil's third national action plan: 58 targets across six thematic areas (as in the 2018 report), with fictional progress.
const AREAS = [['Policy management', 10], ['Information management', 10], ['Capacity building', 10], ['Accountability', 9], ['Victim assistance', 10], ['Public awareness and prevention', 9]] as const;
const INDICATORS = ['Number of professionals trained', 'Number of municipalities with a referral network', 'Share of cases recorded in the national database (%)',
  'Number of shelters meeting the national standard', 'Number of awareness sessions held', 'Number of inter-institutional agreements signed'];
const plan = {
  code: 'SAMPLE-BRA-NAP3', title: "Brazil's Third National Action Plan against Trafficking in Persons (sample)", kind: 'national', countries: ['BRA'],
  startDate: '2018-08-01', endDate: '2022-07-31', programme: 'GLO.ACT', status: 'published',
  areas: AREAS.map(([name, count], areaIndex) => ({
    name,
    targets: Array.from({ length: count }, (_, targetIndex) => {
      const indicator = pick(INDICATORS);
      const baseline = int(0, 20);
      const target = baseline + int(10, 120);
      const due = `${int(2019, 2022)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
      const reach = random();
      const measurements = ['2019-06-30', '2020-06-30', '2021-06-30', '2022-06-30']
        .filter((date) => date > '2018-12-31' && random() < 0.85)
        .map((date, step, all) => ({ date, value: Math.round(baseline + (target - baseline) * Math.min(1.1, reach * ((step + 1) / all.length) * 1.2)) }));
      return { code: `${areaIndex + 1}.${targetIndex + 1}`, description: `${indicator.replace(/^Number of |^Share of /, '').replace(/ \(%\)$/, '')}: target ${areaIndex + 1}.${targetIndex + 1} (sample)`, indicator, unit: indicator.includes('%') ? '%' : null, baseline, targetValue: target, dueDate: due, measurements };
    }),
  })),
};

const data = {
  note: 'Sample data: fictional records for demonstration, generated by samples/programmes/generate.ts. Not real UNODC figures.',
  programmes, projects, activities, participants, outcomes, actionPlans: [plan],
};
writeFileSync(new URL('programmes.json', import.meta.url), `${JSON.stringify(data, null, 1)}\n`);
console.log(`wrote ${activities.length} activities, ${participants.length} participants, ${outcomes.length} outcomes, ${plan.areas.reduce((sum, area) => sum + area.targets.length, 0)} targets`);
