import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Database } from '../src/core/db/schema.ts';
import { countryName, getCountry, listCountries } from '../src/core/geo/countries.ts';
import { insertRecords, writePublicProjection, type NewRecord } from '../src/knowledge/repository.ts';
import { INPUT_SCHEMAS, type Kind, type RecordData } from '../src/knowledge/schemas.ts';
import { Random, weighted, type Weighted } from './random.ts';

/**
 * Synthetic knowledge portal: case law, legislation and publications in the proportions of a
 * mature portal (60/20/20), with realistic text and skewed vocabularies:
 *
 *  - text: fact summaries of 80-200 words (abstracts, legislative summaries and provisions
 *    likewise) built from trafficking-related sentences whose words follow the record's own
 *    facets (a forced-labour case talks about debt bondage and passports, an organ-removal case
 *    about kidneys), with place names and company or vessel names in a long tail, as in real
 *    decisions; about 70% English, the rest French, Spanish, Russian and Arabic, and some
 *    non-English records with an English translation of their title or summary;
 *  - vocabularies: sexual exploitation and forced labour common, organ removal rare; 150
 *    countries with a Zipf-like skew (a few countries hold most of the case law); more recent
 *    years more frequent.
 *
 * Deterministic: record `index` of a seed is always the same record, whatever the batch size,
 * so a run can be repeated and a 1,000,000-record corpus starts with the 100,000-record one.
 * Every generated record passes the zod input schemas (the loader parses each one).
 */

// --- random numbers ----------------------------------------------------------------------

/** A count drawn from { count: weight }. */
function countOf(random: Random, weights: Record<number, number>): number {
  const table = { items: Object.keys(weights).map(Number), weights: Object.values(weights), total: Object.values(weights).reduce((a, b) => a + b, 0) };
  return random.weighted(table);
}
/** Zipf-like weights by rank: the first item is the most frequent. */
function zipf<T>(items: readonly T[], exponent: number): Weighted<T> {
  const weights = items.map((_, rank) => 1 / (rank + 1) ** exponent);
  return { items: [...items], weights, total: weights.reduce((a, b) => a + b, 0) };
}

/** A seed per record, so that record i never depends on records before it. */
function recordSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// --- vocabularies and their skew ---------------------------------------------------------

const PURPOSES = weighted({
  sexual_exploitation: 50, forced_labour: 38, forced_criminality: 6, servitude: 4, forced_begging: 4,
  forced_marriage: 3, slavery: 3, other: 2, organ_removal: 0.3,
});
type Purpose = (typeof PURPOSES.items)[number];
const MEANS = { deception: 0.5, abuse_of_vulnerability: 0.4, coercion: 0.3, threat: 0.25, use_of_force: 0.2, fraud: 0.2, abuse_of_power: 0.1, abduction: 0.05, payments: 0.05 };
const ACTS = { recruitment: 0.7, transportation: 0.5, harbouring: 0.35, receipt: 0.25, transfer: 0.2 };
const LABOUR_SECTORS = weighted({ isic_a: 30, isic_t: 20, isic_c: 15, isic_f: 15, isic_i: 10, isic_b: 5, isic_g: 4, isic_n: 3, isic_h: 2, isic_s: 2 });
const SEXUAL_SECTORS = weighted({ isic_i: 5, isic_s: 4, isic_r: 2, isic_j: 1 });
const CRIME_TYPES = weighted({ trafficking_in_persons: 85, smuggling_of_migrants: 10, related_offences: 5 });
const COURT_LEVELS = weighted({ first_instance: 60, appeal: 28, supreme: 10, international: 2 });
const COURT_TYPES = weighted({ criminal: 85, labour: 4, juvenile: 3, civil: 3, administrative: 2, constitutional: 1, military: 1, other: 1 });
const VERDICTS = weighted({ convicted: 70, acquitted: 15, pending: 8, dismissed: 5, other: 2 });
const DEFENDANT_ROLES = weighted({ principal: 30, recruiter: 20, exploiter: 18, transporter: 10, organizer: 8, accomplice: 8, financier: 3, other: 3 });
const EVIDENTIAL = weighted({
  victim_testimony: 30, corroboration: 14, inconsistent_statements: 10, financial_evidence: 10, digital_evidence: 10, victim_consent: 8,
  delayed_reporting: 6, special_investigative_techniques: 6, victim_not_fleeing: 5, expert_evidence: 4, witness_protection: 4,
  evidence_from_abroad: 4, victim_absent: 3, other: 2,
});
const LEGISLATION_THEMES = weighted({
  criminalization: 30, definition: 20, aggravating_circumstances: 12, victim_protection: 12, victim_assistance: 8, non_punishment: 5,
  international_cooperation: 5, jurisdiction: 4, confiscation: 4, prevention: 4, residence_status: 3, repatriation: 3,
  liability_of_legal_persons: 3, smuggling_offences: 3,
});
const LEGISLATION_STATUS = weighted({ in_force: 60, amended: 25, repealed: 10, draft: 5 });
const PUBLICATION_TYPES = weighted({ article: 30, report: 20, study: 12, book_chapter: 10, book: 6, issue_paper: 5, policy_brief: 5, thesis: 5, manual: 3, guide: 2, other: 2 });
const METHODS = weighted({ qualitative: 30, legal_analysis: 20, mixed: 15, quantitative: 12, literature_review: 10, case_study: 10, other: 3 });
const LANGUAGES = weighted({ en: 70, fr: 12, es: 10, ru: 4, ar: 4 });
type Language = 'en' | 'fr' | 'es' | 'ru' | 'ar';
const TIP_ARTICLES = ['tip.3', 'tip.5', 'tip.6', 'tip.7', 'tip.8', 'tip.9', 'tip.10'] as const;
const SOM_ARTICLES = ['som.3', 'som.5', 'som.6', 'som.16', 'som.18'] as const;
const UNTOC_ARTICLES = ['untoc.2', 'untoc.5', 'untoc.6', 'untoc.12', 'untoc.13', 'untoc.16', 'untoc.18', 'untoc.24', 'untoc.25', 'untoc.26'] as const;

/** 150 countries: the ones that publish the most case law first, then the rest in a fixed shuffled order. */
const TOP_COUNTRIES = [
  'USA', 'NGA', 'PHL', 'THA', 'GBR', 'IND', 'BRA', 'NLD', 'ROU', 'MEX', 'ARG', 'DEU', 'COL', 'ESP', 'ITA', 'FRA', 'KEN', 'UGA', 'MMR', 'VNM',
  'KHM', 'IDN', 'AUS', 'CAN', 'MYS', 'UKR', 'MDA', 'BGD', 'NPL', 'ZAF', 'GHA', 'BEL', 'PER', 'CHN', 'RUS', 'EGY', 'MAR', 'SEN', 'CIV', 'BFA',
];
const COUNTRIES: string[] = (() => {
  const rest = listCountries().filter((country) => country.regionCode && !TOP_COUNTRIES.includes(country.iso3)).map((country) => country.iso3);
  const random = new Random(20_240_501);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return [...TOP_COUNTRIES, ...rest].slice(0, 150);
})();
const COUNTRY_SKEW = zipf(COUNTRIES, 1.0);
const ORIGIN_SKEW = zipf(['NGA', 'PHL', 'MMR', 'KHM', 'VNM', 'ROU', 'UKR', 'MDA', 'NPL', 'BGD', 'IDN', 'CHN', 'GTM', 'HND', 'VEN', 'ALB', 'BGR', 'GHA', 'ETH', 'ERI', 'SYR', 'AFG', 'LAO', 'KGZ', 'UZB', ...COUNTRIES.slice(40)], 1.1);

/** The language a record is written in, a little more often the language of its country. */
function languageFor(random: Random, country: string | undefined): Language {
  const info = country ? getCountry(country) : undefined;
  const sub = info?.subRegionCode;
  const intermediate = info?.intermediateRegionCode;
  if (sub === '419' && random.chance(0.6)) return 'es';
  if (sub === '151' && random.chance(0.3)) return 'ru';
  if ((sub === '015' || sub === '145') && random.chance(0.35)) return 'ar';
  if ((intermediate === '011' || intermediate === '017') && random.chance(0.4)) return 'fr';
  return random.weighted(LANGUAGES);
}

// --- words -----------------------------------------------------------------------------------

/** World places, a few common, most rare (Zanzibar and Quetzaltenango far in the tail). */
const PLACES = zipf([
  'Bangkok', 'Lagos', 'Manila', 'London', 'Houston', 'Amsterdam', 'Bucharest', 'Mexico City', 'Buenos Aires', 'Mumbai', 'Kampala', 'Nairobi', 'Yangon',
  'Ho Chi Minh City', 'Phnom Penh', 'Jakarta', 'Kuala Lumpur', 'Chisinau', 'Kyiv', 'Dhaka', 'Kathmandu', 'Johannesburg', 'Accra', 'Brussels', 'Lima',
  'Bogotá', 'Madrid', 'Milan', 'Paris', 'Berlin', 'Toronto', 'Sydney', 'Dubai', 'Doha', 'Riyadh', 'Beirut', 'Cairo', 'Casablanca', 'Dakar', 'Abidjan',
  'Ouagadougou', 'Benin City', 'Songkhla', 'Samut Sakhon', 'Ranong', 'Cebu', 'Davao', 'Chiang Mai', 'Mae Sot', 'Tijuana', 'Ciudad Juárez', 'Guadalajara',
  'Medellín', 'Cali', 'Santa Cruz', 'Asunción', 'Montevideo', 'São Paulo', 'Rio de Janeiro', 'Recife', 'Fortaleza', 'Manaus', 'Belém', 'Tapachula',
  'Guatemala City', 'San Pedro Sula', 'Tegucigalpa', 'Managua', 'San José', 'Panama City', 'Santo Domingo', 'Port-au-Prince', 'Kingston', 'Miami',
  'Atlanta', 'Chicago', 'Los Angeles', 'Seattle', 'Vancouver', 'Auckland', 'Suva', 'Port Moresby', 'Dili', 'Colombo', 'Malé', 'Karachi', 'Lahore',
  'Kabul', 'Tashkent', 'Bishkek', 'Almaty', 'Tbilisi', 'Yerevan', 'Baku', 'Istanbul', 'Athens', 'Sofia', 'Skopje', 'Tirana', 'Pristina', 'Belgrade',
  'Sarajevo', 'Zagreb', 'Budapest', 'Bratislava', 'Prague', 'Warsaw', 'Vilnius', 'Riga', 'Tallinn', 'Helsinki', 'Stockholm', 'Oslo', 'Copenhagen',
  'Hamburg', 'Rotterdam', 'Antwerp', 'Lyon', 'Marseille', 'Barcelona', 'Valencia', 'Lisbon', 'Naples', 'Palermo', 'Valletta', 'Tripoli', 'Tunis',
  'Algiers', 'Agadez', 'Niamey', 'Bamako', 'Conakry', 'Freetown', 'Monrovia', 'Lomé', 'Cotonou', 'Douala', 'Libreville', 'Kinshasa', 'Luanda',
  'Lusaka', 'Harare', 'Maputo', 'Lilongwe', 'Dar es Salaam', 'Mombasa', 'Addis Ababa', 'Khartoum', 'Asmara', 'Djibouti', 'Mogadishu', 'Antananarivo',
  'Port Louis', 'Windhoek', 'Gaborone', 'Maseru', 'Mbabane', 'Kigali', 'Bujumbura', 'Juba', 'Bangui', "N'Djamena", 'Zanzibar', 'Quetzaltenango',
], 1.05);
const RU_PLACES = zipf(['Москва', 'Санкт-Петербург', 'Кишинёв', 'Киев', 'Ташкент', 'Бишкек', 'Алматы', 'Минск', 'Одесса', 'Новосибирск', 'Екатеринбург', 'Самара'], 1);
const AR_PLACES = zipf(['القاهرة', 'بيروت', 'عمّان', 'الرياض', 'دبي', 'الدوحة', 'الدار البيضاء', 'تونس', 'طرابلس', 'الخرطوم', 'بغداد', 'الكويت'], 1);

/** Company and vessel names: a long tail of rare words, as the names in real decisions. */
const SYLLABLES = ['ka', 'ro', 'mi', 'ta', 'lo', 'sen', 'dar', 'vi', 'no', 'ha', 'bu', 'ri', 'zel', 'mon', 'tra', 'ki', 'lan', 'do', 'sa', 'pe', 'gor', 'fa', 'ne', 'lu', 'an', 'te', 'po', 'mar'];
function name(random: Random): string {
  let text = '';
  for (let i = random.int(2, 3); i > 0; i--) text += random.pick(SYLLABLES);
  return text[0].toUpperCase() + text.slice(1);
}
const COMPANY_SUFFIX = ['Trading', 'Seafood', 'Garments', 'Recruitment Agency', 'Holdings', 'Farms', 'Construction', 'Logistics', 'Entertainment', 'Travel'];
const SURNAMES = ['Okafor', 'Nguyen', 'Santos', 'Popescu', 'Smith', 'García', 'Müller', 'Rossi', 'Dubois', 'Kowalski', 'Ivanova', 'Haddad', 'Mensah', 'Otieno',
  'Chowdhury', 'Sharma', 'Wang', 'Tan', 'Reyes', 'Silva', 'Martínez', 'Jansen', 'Peeters', 'Andersson', 'Nielsen', 'Murphy', "O'Brien", 'Kaya', 'Yilmaz', 'Petrov'];
const UPPER = 'ABCDEFGHIJKLMNOPRSTVW';
const CYRILLIC_UPPER = 'АБВГДЕЖЗИКЛМНОПРСТ';
const ARABIC_LETTERS = 'أبتثجحخدذرزسشصضطعغفقكلمنهوي';
function initials(random: Random, language: Language): string {
  const letters = language === 'ru' ? CYRILLIC_UPPER : language === 'ar' ? ARABIC_LETTERS : UPPER;
  return `${random.pick([...letters])}.${random.pick([...letters])}.`;
}

const NUMBERS: Record<Language, string[]> = {
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', '15', '23', '31', '46'],
  fr: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'dix', 'douze', '15', '23', '31'],
  es: ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'diez', 'doce', '15', '23', '31'],
  ru: ['двух', 'трёх', 'четырёх', 'пяти', 'шести', 'семи', 'десяти', '15', '23'],
  ar: ['اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'عشرة', '15', '23'],
};

/** What a text is about: the record's own facets, so that its words follow them. */
interface Facts {
  random: Random;
  language: Language;
  purposes: Purpose[];
  means: string[];
  sectors: string[];
  country: string;
  origin: string;
  child: boolean;
  year: number;
  defendants: number;
}

type Sentence = (facts: Facts) => string;

const place = (facts: Facts) => facts.random.weighted(facts.language === 'ru' ? RU_PLACES : facts.language === 'ar' ? AR_PLACES : PLACES);
const company = (facts: Facts) => `${name(facts.random)} ${facts.random.pick(COMPANY_SUFFIX)}`;
const number = (facts: Facts) => facts.random.pick(NUMBERS[facts.language]);
const countryIn = (code: string, language: Language) => countryName(code, language === 'fr' || language === 'es' || language === 'ar' ? language : 'en');
const main = (facts: Facts) => facts.purposes[0];

// English ------------------------------------------------------------------------------------

const EN_VICTIMS: Record<string, string[]> = {
  sexual: ['women', 'young women', 'girls', 'women and girls', 'female migrants'],
  labour: ['men', 'migrant workers', 'farm workers', 'fishermen', 'construction workers', 'domestic workers', 'factory workers'],
  child: ['children', 'boys', 'girls', 'unaccompanied minors', 'teenagers'],
};
const EN_PURPOSE: Record<Purpose, string[]> = {
  sexual_exploitation: ['were forced into prostitution', 'were sexually exploited in a brothel', 'were advertised online for commercial sex', 'were made to provide sexual services in massage parlours', 'were exploited in escort services and strip clubs', 'were forced to perform sexual acts in front of a webcam'],
  forced_labour: ['were subjected to forced labour', 'were forced to work up to 18 hours a day without pay', 'were held in debt bondage', 'had their passports confiscated by the employer', 'worked under threat of denunciation to the immigration authorities', 'were paid a fraction of the promised wage and could not leave'],
  slavery: ['were held in conditions of slavery', 'were bought and sold as property', 'were treated as the property of the accused'],
  servitude: ['were kept in domestic servitude', 'were confined to the house and forbidden to contact their families', 'worked as live-in domestic servants without rest days'],
  organ_removal: ['were deceived into selling a kidney', 'had a kidney removed in a private clinic', 'were recruited as organ donors for transplant tourism'],
  forced_begging: ['were forced to beg on the streets', 'were made to beg at traffic lights and hand over their takings'],
  forced_criminality: ['were compelled to cultivate cannabis', 'were forced to commit thefts and pickpocketing', 'were made to carry drugs across the border', 'were forced to run online fraud schemes from a compound'],
  forced_marriage: ['were sold into forced marriage', 'were married against their will in exchange for a bride price'],
  other: ['were exploited in illegal adoption schemes', 'were exploited for benefit fraud'],
};
const EN_SECTOR: Record<string, string[]> = {
  isic_a: ['on a fishing vessel at sea for months', 'on palm oil plantations', 'harvesting fruit on farms', 'on cattle ranches'],
  isic_t: ['as domestic workers in private households', 'as live-in carers'],
  isic_c: ['in garment factories', 'in a seafood processing plant', 'in brick kilns'],
  isic_f: ['on construction sites', 'building houses for the accused'],
  isic_i: ['in restaurants and hotels', 'in nail bars and car washes'],
  isic_b: ['in artisanal gold mines', 'in quarries'],
};
const EN_MEANS: Record<string, string[]> = {
  deception: ['The victims were deceived about the nature and conditions of the work.', 'They had been promised well paid jobs abroad that did not exist.'],
  abuse_of_vulnerability: ['The accused took advantage of their poverty, irregular migration status and lack of education.', 'The court found an abuse of a position of vulnerability.'],
  coercion: ['The victims were controlled through inflated debts for travel, food and accommodation.', 'Their movements were monitored and their phones were taken away.'],
  threat: ['The accused threatened to harm the families of the victims in their home country.', 'The victims were threatened with arrest and deportation.'],
  use_of_force: ['Victims who refused to work were beaten.', 'The accused used violence to keep the victims in line.'],
  fraud: ['Forged passports and false work contracts were used.', 'The recruitment agency issued fraudulent visas.'],
  abuse_of_power: ['One of the accused was a police officer who used his position to protect the operation.'],
  abduction: ['Some victims were abducted on their way to school.'],
  payments: ['Payments were made to the parents of the children, who consented to their departure.'],
};
const EN_RECRUIT: Sentence[] = [
  (f) => `They were recruited through a social media advertisement offering work in ${place(f)}.`,
  (f) => `An acquaintance from their village approached them and offered to pay their travel to ${place(f)}.`,
  (f) => `The recruitment was carried out by ${company(f)}, which charged recruitment fees of several months' wages.`,
  (f) => `A man posing as a boyfriend persuaded the youngest victim to travel with him to ${place(f)}, a method known as the loverboy method.`,
  (f) => `The victims crossed the border irregularly with the help of smugglers and were handed over to the accused in ${place(f)}.`,
];
const EN_SENTENCES: Sentence[] = [
  (f) => `The investigation began after a labour inspection in ${place(f)} found workers living on the premises.`,
  (f) => `Police raided the premises in ${f.year} and identified ${number(f)} presumed victims of trafficking.`,
  (f) => `A non-governmental organization in ${place(f)} referred the victims to a shelter, where they received assistance and legal counsel.`,
  (f) => `The prosecution relied on the testimony of the victims, financial records and intercepted telephone conversations.`,
  (f) => `Money transfers to ${countryIn(f.origin, 'en')} were traced through several bank accounts held by ${company(f)}.`,
  (f) => `The court held that the consent of the victims was irrelevant once any of the means set out in the law had been established.`,
  (f) => `The defence argued that the victims had been free to leave, since they were not locked in, but the court rejected this argument.`,
  (f) => `The court noted that the victims did not try to escape because they feared for their families and had no identity documents.`,
  (f) => `${f.defendants > 1 ? `The ${number(f)} defendants` : 'The defendant'} ${f.random.pick(['were convicted of trafficking in persons', 'were found guilty of trafficking in persons and money laundering', 'were convicted of trafficking and sentenced to imprisonment', 'appealed against the conviction'])}.`,
  (f) => `The sentence was ${f.random.int(3, 20)} years of imprisonment, and the court ordered the confiscation of the proceeds of the crime.`,
  (f) => `The victims were awarded compensation for unpaid wages and for the harm suffered.`,
  (f) => `The appeal court upheld the conviction but reduced the sentence, taking into account the cooperation of the accused.`,
  (f) => `Victims who had committed immigration offences as a direct consequence of being trafficked were not prosecuted.`,
  (f) => `Evidence was obtained from ${countryIn(f.origin, 'en')} through mutual legal assistance and a joint investigation team.`,
  (f) => `Several victims gave evidence by video link from ${countryIn(f.origin, 'en')}, with the support of an interpreter.`,
  (f) => `The accused operated as part of an organized criminal group active in ${countryIn(f.country, 'en')} and ${countryIn(f.origin, 'en')}.`,
  (f) => `Text messages and social media accounts seized on the phones of the accused showed how the victims were advertised and controlled.`,
  (f) => `The court considered as aggravating circumstances the number of victims, the use of violence and the involvement of children.`,
];
const EN_KEYWORDS = ['debt bondage', 'passport confiscation', 'online recruitment', 'labour inspection', 'child trafficking', 'sexual exploitation', 'forced labour',
  'fishing industry', 'domestic work', 'smuggling of migrants', 'document fraud', 'money laundering', 'victim compensation', 'non-punishment', 'loverboy method',
  'forced begging', 'cannabis cultivation', 'forced marriage', 'construction sector', 'agriculture', 'massage parlour', 'escort services', 'webcam', 'recruitment agency',
  'organized crime', 'corruption', 'mutual legal assistance', 'joint investigation team'];

function englishOpening(f: Facts): string {
  const group = f.child ? 'child' : main(f) === 'sexual_exploitation' ? 'sexual' : 'labour';
  const sector = f.sectors.find((code) => EN_SECTOR[code]);
  const victims = `${f.random.pick(NUMBERS.en)} ${f.random.pick(EN_VICTIMS[group])} from ${countryIn(f.origin, 'en')}`;
  const purpose = f.random.pick(EN_PURPOSE[main(f)]);
  return `The case concerns ${victims} who ${purpose}${sector ? ` ${f.random.pick(EN_SECTOR[sector])}` : ''} in ${place(f)}.`;
}

// French, Spanish, Russian, Arabic: fewer sentences, the same structure ------------------------

interface Pack { opening: Sentence; purpose: Record<string, string[]>; means: Record<string, string[]>; sentences: Sentence[] }

const FR: Pack = {
  opening: (f) => `L'affaire concerne ${number(f)} ${f.child ? 'enfants' : main(f) === 'sexual_exploitation' ? 'femmes' : 'travailleurs migrants'} originaires de ${countryIn(f.origin, 'fr')} qui ${f.random.pick(FR.purpose[main(f)] ?? FR.purpose.other)} à ${place(f)}.`,
  purpose: {
    sexual_exploitation: ['ont été contraintes à la prostitution', 'ont été exploitées sexuellement dans un bar', "ont fait l'objet d'annonces de prostitution en ligne"],
    forced_labour: ['ont été soumis au travail forcé', 'travaillaient sans salaire dans des champs de cacao', 'étaient maintenus en servitude pour dettes', "se sont vu confisquer leur passeport par l'employeur"],
    servitude: ['étaient maintenues en servitude domestique'],
    forced_begging: ['étaient forcés à mendier dans les rues'],
    forced_criminality: ['étaient contraints de commettre des vols'],
    organ_removal: ["ont été trompés en vue du prélèvement d'un rein"],
    other: ["ont été exploités dans des conditions contraires à la dignité humaine"],
  },
  means: {
    deception: ['Les victimes avaient été trompées sur la nature du travail promis.'],
    abuse_of_vulnerability: ["Les prévenus ont abusé de la situation de vulnérabilité des victimes, en situation irrégulière."],
    threat: ["Les victimes étaient menacées de représailles contre leurs familles."],
    coercion: ['Une dette fictive de voyage était utilisée pour les contrôler.'],
  },
  sentences: [
    (f) => `L'enquête a été ouverte à la suite d'un contrôle de l'inspection du travail à ${place(f)}.`,
    () => "Le tribunal a jugé que le consentement des victimes était indifférent dès lors que l'un des moyens était établi.",
    (f) => `Les prévenus ont été condamnés pour traite des êtres humains à ${f.random.int(3, 15)} ans d'emprisonnement.`,
    () => "La cour d'appel a confirmé la condamnation et ordonné la confiscation des avoirs.",
    () => 'Les victimes ont obtenu réparation du préjudice subi et des salaires impayés.',
    (f) => `Les transferts d'argent vers ${countryIn(f.origin, 'fr')} ont été retracés grâce à l'entraide judiciaire.`,
    () => "Une association d'aide aux victimes s'est constituée partie civile.",
    () => 'Les déclarations des victimes étaient corroborées par les écoutes téléphoniques et les relevés bancaires.',
  ],
};
const ES: Pack = {
  opening: (f) => `El caso se refiere a ${number(f)} ${f.child ? 'niñas y niños' : main(f) === 'sexual_exploitation' ? 'mujeres' : 'trabajadores migrantes'} de ${countryIn(f.origin, 'es')} que ${f.random.pick(ES.purpose[main(f)] ?? ES.purpose.other)} en ${place(f)}.`,
  purpose: {
    sexual_exploitation: ['fueron obligadas a ejercer la prostitución', 'fueron explotadas sexualmente en un bar', 'fueron captadas mediante ofertas de empleo falsas y explotadas sexualmente'],
    forced_labour: ['fueron sometidos a trabajos forzados', 'trabajaban sin salario en una finca agrícola', 'estaban sometidos a servidumbre por deudas', 'tuvieron que entregar sus pasaportes al empleador'],
    servitude: ['eran mantenidas en servidumbre doméstica'],
    forced_begging: ['eran obligados a mendigar en la calle'],
    forced_criminality: ['eran obligados a transportar drogas'],
    organ_removal: ['fueron engañados para vender un riñón'],
    other: ['fueron explotados en condiciones contrarias a la dignidad humana'],
  },
  means: {
    deception: ['Las víctimas fueron engañadas sobre las condiciones del trabajo ofrecido.'],
    abuse_of_vulnerability: ['Los acusados se aprovecharon de la situación de vulnerabilidad y pobreza de las víctimas.'],
    threat: ['Las víctimas eran amenazadas con daños a sus familias.'],
    coercion: ['Una deuda impuesta por el viaje servía para controlarlas.'],
  },
  sentences: [
    (f) => `La investigación comenzó tras una inspección laboral en ${place(f)}.`,
    () => 'El tribunal sostuvo que el consentimiento de las víctimas no tiene efecto cuando se ha recurrido a alguno de los medios.',
    (f) => `Los acusados fueron condenados por trata de personas a ${f.random.int(3, 15)} años de prisión.`,
    () => 'La sala de apelación confirmó la condena y ordenó el decomiso de los bienes.',
    () => 'Se ordenó la reparación integral de las víctimas y el pago de los salarios adeudados.',
    (f) => `Las transferencias de dinero a ${countryIn(f.origin, 'es')} fueron rastreadas mediante asistencia judicial recíproca.`,
    () => 'La fiscalía presentó el testimonio de las víctimas, escuchas telefónicas y registros bancarios.',
    () => 'Una organización de la sociedad civil brindó refugio y asistencia a las víctimas.',
  ],
};
const RU: Pack = {
  opening: (f) => `Дело касается ${number(f)} ${f.child ? 'детей' : main(f) === 'sexual_exploitation' ? 'женщин' : 'трудовых мигрантов'}, которые ${f.random.pick(RU.purpose[main(f)] ?? RU.purpose.other)} в городе ${place(f)}.`,
  purpose: {
    sexual_exploitation: ['были принуждены к занятию проституцией', 'подвергались сексуальной эксплуатации'],
    forced_labour: ['были обращены в принудительный труд', 'работали без оплаты в долговой кабале', 'лишились паспортов, изъятых работодателем'],
    servitude: ['содержались в домашнем подневольном состоянии'],
    forced_begging: ['были принуждены к попрошайничеству'],
    organ_removal: ['были обмануты с целью изъятия почки'],
    other: ['подвергались эксплуатации'],
  },
  means: {
    deception: ['Потерпевших обманули относительно характера и условий работы.'],
    abuse_of_vulnerability: ['Обвиняемые использовали уязвимое положение потерпевших.'],
    threat: ['Потерпевшим угрожали расправой над родственниками.'],
  },
  sentences: [
    () => 'Расследование началось после обращения одной из потерпевших в полицию.',
    (f) => `Суд признал обвиняемых виновными в торговле людьми и назначил наказание в виде лишения свободы сроком ${f.random.int(3, 15)} лет.`,
    () => 'Суд указал, что согласие потерпевших не имеет значения.',
    () => 'Апелляционный суд оставил приговор без изменения.',
    () => 'Доказательства включали показания потерпевших, банковские выписки и записи телефонных переговоров.',
    () => 'Потерпевшим была оказана помощь и предоставлено убежище.',
  ],
};
const AR: Pack = {
  opening: (f) => `تتعلق القضية بعدد ${number(f)} من ${f.child ? 'الأطفال' : main(f) === 'sexual_exploitation' ? 'النساء' : 'العمال المهاجرين'} الذين ${f.random.pick(AR.purpose[main(f)] ?? AR.purpose.other)} في ${place(f)}.`,
  purpose: {
    sexual_exploitation: ['تعرضوا للاستغلال الجنسي', 'أُجبروا على ممارسة البغاء'],
    forced_labour: ['أُخضعوا للعمل القسري', 'عملوا دون أجر في ظروف عبودية الدين', 'صودرت جوازات سفرهم من قبل صاحب العمل'],
    servitude: ['احتُجزوا في العمل المنزلي القسري'],
    forced_begging: ['أُجبروا على التسول في الشوارع'],
    organ_removal: ['خُدعوا من أجل نزع كلية'],
    other: ['تعرضوا للاستغلال'],
  },
  means: {
    deception: ['خُدع الضحايا بشأن طبيعة العمل الموعود.'],
    abuse_of_vulnerability: ['استغل المتهمون حالة الاستضعاف التي كان عليها الضحايا.'],
    threat: ['هُدد الضحايا بإيذاء أسرهم.'],
  },
  sentences: [
    () => 'بدأ التحقيق بعد بلاغ من إحدى الضحايا إلى الشرطة.',
    (f) => `أدانت المحكمة المتهمين بجريمة الاتجار بالبشر وقضت بسجنهم ${f.random.int(3, 15)} سنوات.`,
    () => 'رأت المحكمة أن موافقة الضحايا لا يعتد بها.',
    () => 'أيدت محكمة الاستئناف الحكم.',
    () => 'شملت الأدلة شهادات الضحايا وكشوف الحسابات المصرفية والتسجيلات الهاتفية.',
    () => 'قُدمت للضحايا المساعدة والحماية في دار إيواء.',
  ],
};
const PACKS: Record<Exclude<Language, 'en'>, Pack> = { fr: FR, es: ES, ru: RU, ar: AR };

const wordCount = (text: string) => text.split(/\s+/).length;

/** A fact summary of minWords-maxWords words in the language, about the facts. */
function factSummary(f: Facts, minWords: number, maxWords: number, language: Language = f.language): string {
  const facts = { ...f, language };
  const target = f.random.int(minWords, maxWords);
  const sentences: string[] = [];
  let words = 0;
  const add = (text: string) => { sentences.push(text); words += wordCount(text); };
  if (language === 'en') {
    add(englishOpening(facts));
    add(f.random.pick(EN_RECRUIT)(facts));
    for (const code of f.means) if (EN_MEANS[code]) add(f.random.pick(EN_MEANS[code]));
    const pool = [...EN_SENTENCES];
    while (words < target) {
      if (!pool.length) pool.push(...EN_SENTENCES);
      add(pool.splice(Math.floor(f.random.next() * pool.length), 1)[0](facts));
    }
  } else {
    const pack = PACKS[language];
    add(pack.opening(facts));
    for (const code of f.means) if (pack.means[code]) add(f.random.pick(pack.means[code]));
    const pool = [...pack.sentences];
    while (words < target) {
      if (!pool.length) pool.push(...pack.sentences);
      add(pool.splice(Math.floor(f.random.next() * pool.length), 1)[0](facts));
    }
  }
  // Cut at a sentence boundary not far past the target, never below minWords.
  let text = '';
  let count = 0;
  for (const sentence of sentences) {
    if (count >= minWords && count + wordCount(sentence) > maxWords) break;
    text += (text ? ' ' : '') + sentence;
    count += wordCount(sentence);
  }
  return text;
}

// --- records ---------------------------------------------------------------------------------

export type GeneratedInput = Record<string, unknown>;
export interface GeneratedRecord { kind: Kind; input: GeneratedInput }

/** Kinds interleaved 3:1:1 (60% cases, 20% legislation, 20% publications). */
export function kindOf(index: number): Kind {
  const slot = index % 5;
  return slot < 3 ? 'case' : slot === 3 ? 'legislation' : 'publication';
}

/** The external id of record `index` of a corpus generated with `prefix`. */
export function externalIdOf(prefix: string, index: number): string {
  return `${prefix}-${kindOf(index)[0]}-${index}`;
}

function yearBetween(random: Random, from: number, to: number, growth: number): number {
  // Later years more frequent: weight 1 + growth * (year - from).
  const span = to - from + 1;
  const total = span + (growth * span * (span - 1)) / 2;
  let x = random.next() * total;
  for (let year = from; year <= to; year++) {
    x -= 1 + growth * (year - from);
    if (x < 0) return year;
  }
  return to;
}

function date(random: Random, year: number): string {
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function caseTitle(f: Facts, defendant: string): string {
  const others = f.defendants > 1;
  switch (f.language) {
    case 'fr': return `Ministère public c. ${defendant}${others ? ' et autres' : ''}`;
    case 'es': return `Fiscalía c. ${defendant}${others ? ' y otros' : ''} (trata de personas)`;
    case 'ru': return `Прокуратура против ${defendant}${others ? ' и других' : ''}`;
    case 'ar': return `النيابة العامة ضد ${defendant}${others ? ' وآخرين' : ''}`;
    default: {
      const label: Record<string, string> = {
        sexual_exploitation: 'sexual exploitation', forced_labour: f.sectors.includes('isic_a') ? 'fishing vessel forced labour' : 'forced labour', slavery: 'slavery',
        servitude: 'domestic servitude', organ_removal: 'organ removal', forced_begging: 'forced begging', forced_criminality: 'forced criminality',
        forced_marriage: 'forced marriage', other: 'exploitation',
      };
      return `${f.random.pick(['Prosecutor v.', 'State v.', 'R v.', 'People v.', 'Public Prosecutor v.'])} ${defendant}${others ? ' and others' : ''} (${label[main(f)]})`;
    }
  }
}

function generateCase(random: Random, index: number, prefix: string, references: string[]): GeneratedInput {
  const country = random.chance(0.96) ? random.weighted(COUNTRY_SKEW) : undefined;
  const language = languageFor(random, country);
  const year = yearBetween(random, 2000, 2025, 0.25);
  const crimeTypes = random.several(CRIME_TYPES, random.chance(0.1) ? 2 : 1);
  const smuggling = crimeTypes[0] === 'smuggling_of_migrants';
  const purposes = random.several(PURPOSES, random.chance(0.15) ? 2 : 1);
  const acts = random.each(ACTS);
  if (!acts.length) acts.push('recruitment');
  const means = random.each(MEANS).slice(0, 3);
  const sectors = purposes.includes('forced_labour') ? random.several(LABOUR_SECTORS, random.int(1, 2))
    : purposes.includes('sexual_exploitation') && random.chance(0.3) ? [random.weighted(SEXUAL_SECTORS)] : [];
  const child = random.chance(0.25);
  const origin = random.chance(0.5) && country ? country : random.weighted(ORIGIN_SKEW);
  const defendants = Array.from({ length: countOf(random, { 1: 45, 2: 25, 3: 15, 4: 10, 6: 5 }) }, () => {
    const verdict = random.weighted(VERDICTS);
    const adult = random.chance(0.97);
    return {
      initials: random.chance(0.8) ? initials(random, language) : undefined,
      sex: random.chance(0.7) ? 'male' : 'female',
      ageGroup: adult ? 'adult' : 'child',
      ...(random.chance(0.3) ? { age: adult ? random.int(19, 65) : random.int(15, 17) } : {}),
      nationality: random.chance(0.7) ? (random.chance(0.6) && country ? country : random.weighted(ORIGIN_SKEW)) : undefined,
      role: random.weighted(DEFENDANT_ROLES),
      charges: random.chance(0.5) ? ['Trafficking in persons'] : [],
      verdict,
      ...(verdict === 'convicted' ? { sentence: { prisonMonths: random.int(12, 240), ...(random.chance(0.3) ? { fineAmount: random.int(1, 500) * 1000, fineCurrency: 'USD' } : {}) } } : {}),
    };
  });
  const sexualCase = purposes[0] === 'sexual_exploitation';
  const victims = Array.from({ length: countOf(random, { 1: 30, 2: 20, 3: 15, 5: 15, 8: 10, 15: 7, 20: 3 }) }, () => {
    const isChild = child && random.chance(0.7);
    return {
      initials: random.chance(0.5) ? initials(random, language) : undefined,
      sex: random.chance(0.08) ? 'unknown' : (sexualCase ? random.chance(0.9) : random.chance(0.3)) ? 'female' : 'male',
      ageGroup: isChild ? 'child' : random.chance(0.9) ? 'adult' : 'unknown',
      ...(isChild && random.chance(0.5) ? { age: random.int(9, 17) } : {}),
      nationality: origin,
      role: random.weighted(weighted({ victim: 70, victim_witness: 27, victim_defendant: 3 })),
    };
  });
  const facts: Facts = { random, language, purposes, means, sectors, country: country ?? origin, origin, child, year, defendants: defendants.length };
  const defendantName = defendants[0].initials ?? initials(random, language);
  const title: Record<string, string> = { [language]: caseTitle(facts, defendantName) };
  if (language !== 'en' && random.chance(0.3)) title.en = caseTitle({ ...facts, language: 'en' }, defendantName);
  const summary: Record<string, string> = { [language]: factSummary(facts, 80, 200) };
  if (language !== 'en' && random.chance(0.2)) summary.en = factSummary(facts, 80, 200, 'en');
  const courtLevel = random.weighted(COURT_LEVELS);
  const countryLabel = countryIn(country ?? origin, 'en');
  const court = courtLevel === 'supreme' ? `Supreme Court of ${countryLabel}` : courtLevel === 'appeal' ? `Court of Appeal, ${countryLabel}`
    : courtLevel === 'international' ? random.pick(['European Court of Human Rights', 'ECOWAS Community Court of Justice', 'Inter-American Court of Human Rights'])
      : `${random.pick(['District Court', 'High Court', 'Criminal Court', 'Regional Court', 'Provincial Court'])} No. ${random.int(1, 40)}, ${countryLabel}`;
  const legislationApplied = references.length && random.chance(0.3) ? [...new Set([random.pick(references), ...(random.chance(0.3) ? [random.pick(references)] : [])])] : [];
  const articles = random.chance(0.4) ? [...new Set(Array.from({ length: random.int(1, 2) }, () => random.pick(smuggling ? SOM_ARTICLES : TIP_ARTICLES)))] : [];
  const allElements = random.chance(0.95);
  return {
    externalId: `${prefix}-c-${index}`,
    title,
    originalLanguage: language,
    ...(country ? { country } : { jurisdiction: random.pick(['Kosovo under UNSCR 1244', 'Hong Kong SAR', 'Scotland', 'Federal jurisdiction']) }),
    court,
    courtLevel,
    courtType: random.weighted(COURT_TYPES),
    caseNumber: `${random.int(1, 9999)}/${year}`,
    decisionDate: date(random, year),
    crimeTypes,
    acts,
    means,
    purposes,
    scope: random.weighted(weighted({ transnational: 50, domestic: 40, unknown: 10 })),
    sectors,
    victims,
    defendants,
    charges: random.chance(0.4) ? [random.pick(['Trafficking in persons', 'Trafficking in children', 'Money laundering', 'Smuggling of migrants', 'Forgery of documents'])] : [],
    factSummary: summary,
    ...(random.chance(0.3) ? { commentary: { en: factSummary({ ...facts, language: 'en' }, 30, 80, 'en') } } : {}),
    crossCuttingIssues: [...new Set([...(child ? ['child_victims'] : []), ...(random.chance(0.1) ? ['online_exploitation'] : []), ...(random.chance(0.1) ? ['organized_crime'] : []),
      ...(random.chance(0.05) ? [random.pick(['non_punishment', 'gender', 'corruption', 'compensation', 'migration_status'])] : [])])],
    evidentialIssues: random.several(EVIDENTIAL, random.int(0, 3)),
    keywords: [...new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(EN_KEYWORDS)))],
    sources: [{ citation: `${court}, judgment of ${date(random, year)}, case ${random.int(1, 9999)}/${year}` }],
    legislationApplied,
    articles,
    inclusion: allElements ? { allElementsPresent: true } : { allElementsPresent: false, reason: 'The means were not established, but the court discussed the definition.' },
  };
}

const LEGISLATION_TITLES: Record<Language, ((year: number, country: string) => string)[]> = {
  en: [(year) => `Prevention of Trafficking in Persons Act ${year}`, (year) => `Act No. ${year % 100}/${year} on Combating Trafficking in Human Beings`,
    (year) => `Penal Code (Amendment) Act ${year}`, (year) => `Smuggling of Migrants Act ${year}`, (year, country) => `Anti-Trafficking Law of ${country}`],
  fr: [(year) => `Loi n° ${year}-${year % 97} relative à la lutte contre la traite des personnes`, (year) => `Code pénal, modifié en ${year}`],
  es: [(year) => `Ley ${year % 97 + 100}/${year} de prevención y sanción de la trata de personas`, (year) => `Código Penal, reforma de ${year}`],
  ru: [(year) => `Закон о противодействии торговле людьми ${year} года`, () => 'Уголовный кодекс, статья 127.1'],
  ar: [(year) => `قانون مكافحة الاتجار بالبشر لسنة ${year}`, (year) => `قانون العقوبات المعدل لسنة ${year}`],
};
const PROVISION_TEXT: Record<Language, ((f: Facts) => string)[]> = {
  en: [
    (f) => `Any person who recruits, transports, transfers, harbours or receives a person by means of threat, use of force, deception or abuse of a position of vulnerability for the purpose of exploitation commits the offence of trafficking in persons and shall be liable to imprisonment of ${f.random.int(3, 8)} to ${f.random.int(10, 20)} years.`,
    () => 'Exploitation includes, at a minimum, the exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude or the removal of organs.',
    () => 'The consent of a victim of trafficking in persons to the intended exploitation shall be irrelevant where any of the means set forth in this section have been used.',
    () => 'The penalty shall be increased where the offence is committed against a child, by a public official, by an organized criminal group, or endangers the life of the victim.',
    () => 'A victim of trafficking shall not be held liable for offences committed as a direct consequence of having been trafficked.',
    () => 'The competent authorities shall provide victims with shelter, medical and psychological assistance, legal counselling and a recovery and reflection period of at least 30 days.',
    () => 'Any person who procures the illegal entry of a person into the State in order to obtain a financial or other material benefit commits the offence of smuggling of migrants.',
    () => 'The court may order the confiscation of property, equipment and proceeds derived from the offence and their use for the compensation of victims.',
  ],
  fr: [
    (f) => `Est puni de ${f.random.int(5, 10)} ans d'emprisonnement quiconque recrute, transporte, transfère, héberge ou accueille une personne aux fins de l'exploiter.`,
    () => "Le consentement de la victime est indifférent lorsque l'un des moyens visés au présent article a été utilisé.",
    () => "La victime de la traite n'est pas pénalement responsable des infractions qu'elle a été contrainte de commettre.",
  ],
  es: [
    (f) => `Será castigado con pena de prisión de ${f.random.int(5, 8)} a ${f.random.int(10, 15)} años quien capte, transporte, traslade, acoja o reciba a una persona con fines de explotación.`,
    () => 'El consentimiento de la víctima no excluye la responsabilidad penal cuando se haya recurrido a cualquiera de los medios.',
    () => 'Las víctimas de trata tendrán derecho a asistencia, protección y reparación integral.',
  ],
  ru: [
    () => 'Купля-продажа человека, иные сделки в отношении человека, а равно его вербовка, перевозка, передача, укрывательство или получение в целях эксплуатации наказываются лишением свободы.',
    () => 'Лицо, впервые совершившее преступление и добровольно освободившее потерпевшего, освобождается от уголовной ответственности.',
  ],
  ar: [
    () => 'يعد مرتكبا لجريمة الاتجار بالبشر كل من يجند أو ينقل أو يحول أو يأوي أو يستقبل شخصا بغرض الاستغلال.',
    () => 'لا يعتد بموافقة المجني عليه على الاستغلال في أي من صور الاتجار بالبشر.',
  ],
};

function generateLegislation(random: Random, index: number, prefix: string): GeneratedInput {
  const country = random.weighted(COUNTRY_SKEW);
  const language = languageFor(random, country);
  const yearAdopted = yearBetween(random, 1990, 2024, 0.15);
  const status = random.weighted(LEGISLATION_STATUS);
  const crimeTypes = random.chance(0.75) ? ['trafficking_in_persons', ...(random.chance(0.2) ? ['smuggling_of_migrants'] : [])] : ['smuggling_of_migrants'];
  const facts: Facts = { random, language, purposes: ['forced_labour'], means: [], sectors: [], country, origin: country, child: false, year: yearAdopted, defendants: 1 };
  const countryLabel = countryIn(country, language);
  const title: Record<string, string> = { [language]: random.pick(LEGISLATION_TITLES[language])(yearAdopted, countryLabel) };
  if (language !== 'en' && random.chance(0.4)) title.en = random.pick(LEGISLATION_TITLES.en)(yearAdopted, countryIn(country, 'en'));
  const provisionTexts = random.distinct(PROVISION_TEXT[language], random.int(2, 6));
  const firstArticle = random.int(1, 20);
  const provisions = provisionTexts.map((text, position) => ({
    number: String(firstArticle + position),
    text: { [language]: text(facts) },
    articles: random.chance(0.6) ? [...new Set([random.pick(crimeTypes[0] === 'smuggling_of_migrants' ? SOM_ARTICLES : TIP_ARTICLES), ...(random.chance(0.3) ? [random.pick(UNTOC_ARTICLES)] : [])])] : [],
    themes: random.several(LEGISLATION_THEMES, random.int(0, 2)),
  }));
  const amended = status === 'amended' || random.chance(0.2) ? [Math.min(2025, yearAdopted + random.int(1, 10))] : [];
  return {
    externalId: `${prefix}-l-${index}`,
    country,
    title,
    originalLanguage: language,
    officialCitation: `${countryIn(country, 'en')} Official Gazette No. ${random.int(1, 300)} of ${yearAdopted}`,
    yearAdopted,
    yearsAmended: amended,
    yearInForce: yearAdopted + (random.chance(0.3) ? 1 : 0),
    ...(status === 'repealed' ? { yearRepealed: Math.min(2025, yearAdopted + random.int(2, 15)) } : {}),
    status,
    crimeTypes,
    themes: random.several(LEGISLATION_THEMES, random.int(1, 4)),
    summary: { [language]: random.distinct(PROVISION_TEXT[language], random.int(2, 4)).map((text) => text(facts)).join(' ') },
    provisions,
    keywords: [...new Set(Array.from({ length: random.int(0, 3) }, () => random.pick(EN_KEYWORDS)))],
    sources: [{ citation: `${countryIn(country, 'en')} Official Gazette, ${yearAdopted}`, url: `https://legislation.example.org/${country.toLowerCase()}/${yearAdopted}/${index}` }],
  };
}

const PUBLICATION_TITLES: Record<Language, ((f: Facts, topic: string) => string)[]> = {
  en: [(f, topic) => `${topic} in ${countryIn(f.country, 'en')}: a ${f.random.pick(['study', 'review', 'assessment'])} of ${f.random.pick(['court cases', 'victim experiences', 'the criminal justice response', 'recruitment practices'])}`,
    (_, topic) => `Understanding ${topic.toLowerCase()}: evidence from ${['practitioners', 'survivors', 'case law', 'labour inspections'][topic.length % 4]}`,
    (f, topic) => `Global Report on ${topic} ${f.year}`],
  fr: [(f) => `La traite des êtres humains en ${countryIn(f.country, 'fr')} : analyse de la jurisprudence`, () => "L'exploitation par le travail : enjeux et réponses pénales"],
  es: [(f) => `La trata de personas en ${countryIn(f.country, 'es')}: análisis de sentencias`, () => 'Explotación laboral y trata de personas: desafíos para la persecución penal'],
  ru: [() => 'Торговля людьми: проблемы квалификации и доказывания', () => 'Противодействие незаконной миграции и торговле людьми'],
  ar: [() => 'الاتجار بالبشر: دراسة في ضوء الاجتهاد القضائي', () => 'مكافحة تهريب المهاجرين في المنطقة العربية'],
};
const TOPIC: Record<Purpose, string> = {
  sexual_exploitation: 'Trafficking for sexual exploitation', forced_labour: 'Forced labour', slavery: 'Modern slavery', servitude: 'Domestic servitude',
  organ_removal: 'Trafficking for organ removal', forced_begging: 'Forced begging', forced_criminality: 'Forced criminality', forced_marriage: 'Forced marriage',
  other: 'Trafficking in persons',
};

function generatePublication(random: Random, index: number, prefix: string): GeneratedInput {
  const countries = [...new Set(Array.from({ length: countOf(random, { 0: 25, 1: 45, 2: 15, 3: 10, 8: 5 }) }, () => random.weighted(COUNTRY_SKEW)))];
  const language = languageFor(random, countries[0]);
  const year = yearBetween(random, 1995, 2025, 0.2);
  const purposes = [random.weighted(PURPOSES)];
  const facts: Facts = { random, language, purposes, means: random.each(MEANS).slice(0, 2), sectors: purposes[0] === 'forced_labour' ? [random.weighted(LABOUR_SECTORS)] : [], country: countries[0] ?? random.weighted(COUNTRY_SKEW), origin: random.weighted(ORIGIN_SKEW), child: random.chance(0.2), year, defendants: 1 };
  const type = random.weighted(PUBLICATION_TYPES);
  const title: Record<string, string> = { [language]: random.pick(PUBLICATION_TITLES[language])(facts, TOPIC[purposes[0]]) };
  if (language !== 'en' && random.chance(0.4)) title.en = random.pick(PUBLICATION_TITLES.en)(facts, TOPIC[purposes[0]]);
  const regions = [...new Set(countries.flatMap((code) => (random.chance(0.3) ? [getCountry(code)?.regionCode, getCountry(code)?.subRegionCode].filter((value): value is string => Boolean(value)) : [])))];
  const intro = language === 'en' ? `This ${type.replace(/_/g, ' ')} examines ${TOPIC[purposes[0]].toLowerCase()} on the basis of ${random.pick(['interviews with survivors and practitioners', 'an analysis of court decisions', 'a survey of labour inspectors', 'a review of the literature', 'administrative data'])}.` : '';
  return {
    externalId: `${prefix}-p-${index}`,
    authors: random.chance(0.2) ? [random.pick(['UNODC', 'ILO', 'IOM', 'OSCE', 'Council of Europe GRETA'])] : Array.from({ length: random.int(1, 4) }, () => `${random.pick(SURNAMES)}, ${random.pick([...UPPER])}.`),
    title,
    originalLanguage: language,
    year,
    publisher: random.pick(['UNODC', 'Routledge', 'Springer', 'Oxford University Press', 'Anti-Trafficking Review', 'Journal of Human Trafficking', 'Cambridge University Press']),
    type,
    countries,
    regions,
    ...(random.chance(0.8) ? { method: random.weighted(METHODS) } : {}),
    crimeTypes: random.chance(0.9) ? [random.weighted(CRIME_TYPES)] : [],
    keywords: [...new Set(Array.from({ length: random.int(2, 5) }, () => random.pick(EN_KEYWORDS)))],
    abstract: { [language]: `${intro}${intro ? ' ' : ''}${factSummary(facts, 80, 200)}` },
    url: `https://library.example.org/items/${prefix}/${index}`,
  };
}

/** Record `index` of the corpus of `seed`: input as a user would write it in an import file. */
export function generateRecord(index: number, options: { seed?: number; prefix?: string; kind?: Kind; legislationRefs?: string[] } = {}): GeneratedRecord {
  const random = new Random(recordSeed(options.seed ?? 1, index));
  const kind = options.kind ?? kindOf(index);
  const prefix = options.prefix ?? 'gen';
  if (kind === 'case') return { kind, input: generateCase(random, index, prefix, options.legislationRefs ?? []) };
  if (kind === 'legislation') return { kind, input: generateLegislation(random, index, prefix) };
  return { kind, input: generatePublication(random, index, prefix) };
}

/** Validates a generated record with the application's own schema; throws if it is not valid. */
export function toRecordData(record: GeneratedRecord): RecordData {
  const result = INPUT_SCHEMAS[record.kind].safeParse(record.input);
  if (!result.success) throw new Error(`generated ${record.kind} is not valid: ${JSON.stringify(result.error.issues.slice(0, 3))}\n${JSON.stringify(record.input)}`);
  return result.data as RecordData;
}

/**
 * A JSON import file of `count` records of one kind (as `ariadne knowledge import` reads it),
 * with external ids that do not collide with the corpus; cases cite legislation of the corpus.
 */
export function generateImportFile(kind: Kind, count: number, options: { seed?: number; corpusSize?: number; prefix?: string } = {}): Uint8Array {
  const corpusLegislation = Math.floor((options.corpusSize ?? 0) / 5);
  const legislationRefs = Array.from({ length: Math.min(corpusLegislation, 2000) }, (_, k) => externalIdOf('gen', 5 * Math.floor((k * corpusLegislation) / Math.min(corpusLegislation, 2000)) + 3));
  const records = Array.from({ length: count }, (_, index) => generateRecord(index, { seed: (options.seed ?? 1) + 7919, prefix: options.prefix ?? 'imp', kind, legislationRefs }).input);
  return new TextEncoder().encode(JSON.stringify(records));
}

// --- bulk loader -----------------------------------------------------------------------------

export interface LoadReport { records: number; ms: number; generateMs: number; perSecond: number }

/**
 * Inserts records 0..count-1 of the corpus, published, in transactions of `batch` records,
 * through the repository's own batch functions (insertRecords, writePublicProjection), so that
 * kn_published and its search document are exactly what publication writes. Differences from
 * an import, on purpose: no audit entries (a corpus of 100,000 or 1,000,000 records would need
 * as many hash-chained audit rows, which are not what is measured here and would only slow the
 * load) and no links between records (the corpus cites no legislation; search does not read
 * kn_links). Import itself, audit included, is measured separately with importRecords.
 */
export async function loadKnowledgeCorpus(db: Kysely<Database>, count: number, options: { seed?: number; batch?: number; onProgress?: (done: number) => void } = {}): Promise<LoadReport> {
  const batchSize = options.batch ?? 2000;
  const by = { userId: null, label: 'bench-loader' };
  const started = performance.now();
  let generateMs = 0;
  // First publication dates spread over ten years, oldest first, for the "recently added" order.
  const from = Date.UTC(2015, 0, 1);
  const step = (Date.UTC(2025, 0, 1) - from) / Math.max(1, Math.ceil(count / batchSize));
  for (let first = 0, batchIndex = 0; first < count; first += batchSize, batchIndex++) {
    const t0 = performance.now();
    const records: NewRecord[] = [];
    for (let index = first; index < Math.min(count, first + batchSize); index++) {
      const generated = generateRecord(index, { seed: options.seed });
      const data = toRecordData(generated);
      records.push({ kind: generated.kind, externalId: (data as { externalId?: string }).externalId ?? null, data, sample: false, note: 'bench' });
    }
    generateMs += performance.now() - t0;
    const now = new Date(from + batchIndex * step);
    await db.transaction().execute(async (trx) => {
      // As an import that publishes writes new records: inserted in the published state, then their public projection.
      const ids = await insertRecords(trx, records, by, { publishedAt: now });
      await writePublicProjection(trx, records.map((record, position) => ({ id: ids[position], kind: record.kind, version: 1, data: record.data, firstPublishedAt: now })), now);
    });
    options.onProgress?.(Math.min(count, first + batchSize));
  }
  const ms = performance.now() - started;
  return { records: count, ms, generateMs, perSecond: count / (ms / 1000) };
}
