/**
 * UN M49 — "Standard country or area codes for statistical use" (UNSD, Series M, No. 49),
 * https://unstats.un.org/unsd/methodology/m49/overview/ — as a static table.
 *
 * Rows copied from public copies of the UNSD download (not written from memory), then
 * formatted by a script that also cross-checked them. Sources:
 *  - Country/area rows (ISO alpha-2, alpha-3, M49 code, region / sub-region / intermediate
 *    region codes, UNSD English name): the UNSD overview CSV in the GitHub repository
 *    tken2556/un_geographic_regions, file "UNSD — Methodology.csv" (commit 44bc695).
 *    That edition names "Türkiye" and "Netherlands (Kingdom of the)" and no longer has the
 *    Channel Islands (830) intermediate region, so Guernsey and Jersey sit directly under
 *    Northern Europe; Nauru is spelled "Naoero" there; we use the UN English name "Nauru".
 *  - Region names in French, Spanish and Arabic: the six-language UNSD M49 data as carried by
 *    matthew25187/DataStandardizer, src/DataStandardizer.UNM49/UnM49AreaByAlpha2CountryCode.cs.
 * Every row's alpha-2/alpha-3/numeric triple was checked against i18n-iso-countries 7.14.
 * UN M49 does not list Taiwan (TW/TWN/158) separately; countries.ts handles it as an
 * ISO 3166-1 code outside M49.
 *
 * The supplementary table at the end is hand-written: ISO 3166-3 codes that were withdrawn
 * but still appear in crime-statistics files, and Kosovo's user-assigned code.
 */

export type M49Locale = 'en' | 'fr' | 'es' | 'ar';
export type LocalizedNames = Readonly<Record<M49Locale, string>>;

export type M49AreaLevel = 'region' | 'subRegion' | 'intermediateRegion';

export interface M49Area {
  code: string;
  level: M49AreaLevel;
  /** The enclosing area: null for regions (whose parent is World, 001). */
  parentCode: string | null;
  names: LocalizedNames;
}

export interface M49CountryRow {
  iso2: string;
  iso3: string;
  /** Three-digit M49 code, zero-padded. */
  m49: string;
  /** Null only for Antarctica, which M49 places directly under World. */
  regionCode: string | null;
  subRegionCode: string | null;
  intermediateRegionCode: string | null;
  /** The country or area name as UNSD publishes it in English. */
  unsdName: string;
}

export const M49_WORLD_CODE = '001';
export const M49_WORLD_NAMES: LocalizedNames = { en: 'World', fr: 'Monde', es: 'Mundo', ar: 'العالم' };

/** The 5 regions, 17 sub-regions and 7 intermediate regions, in the UNSD order. */
export const M49_AREAS: readonly M49Area[] = [
  { code: '002', level: 'region', parentCode: null, names: { en: 'Africa', fr: 'Afrique', es: 'África', ar: 'أفريقيا' } },
  { code: '015', level: 'subRegion', parentCode: '002', names: { en: 'Northern Africa', fr: 'Afrique septentrionale', es: 'África septentrional', ar: 'أفريقيا الشمالية' } },
  { code: '202', level: 'subRegion', parentCode: '002', names: { en: 'Sub-Saharan Africa', fr: 'Afrique subsaharienne', es: 'África Subsahariana', ar: 'أفريقيا جنوب الصحراء الكبرى' } },
  { code: '014', level: 'intermediateRegion', parentCode: '202', names: { en: 'Eastern Africa', fr: 'Afrique orientale', es: 'África oriental', ar: 'شرق أفريقيا' } },
  { code: '017', level: 'intermediateRegion', parentCode: '202', names: { en: 'Middle Africa', fr: 'Afrique centrale', es: 'África central', ar: 'وسط أفريقيا' } },
  { code: '018', level: 'intermediateRegion', parentCode: '202', names: { en: 'Southern Africa', fr: 'Afrique australe', es: 'África meridional', ar: 'الجنوب الأفريقي' } },
  { code: '011', level: 'intermediateRegion', parentCode: '202', names: { en: 'Western Africa', fr: 'Afrique occidentale', es: 'África occidental', ar: 'غرب أفريقيا' } },
  { code: '019', level: 'region', parentCode: null, names: { en: 'Americas', fr: 'Amériques', es: 'Américas', ar: 'الأمريكتان' } },
  { code: '419', level: 'subRegion', parentCode: '019', names: { en: 'Latin America and the Caribbean', fr: 'Amérique latine et Caraïbes', es: 'América Latina y el Caribe', ar: 'أمريكا اللاتينية ومنطقة البحر الكاريبي' } },
  { code: '029', level: 'intermediateRegion', parentCode: '419', names: { en: 'Caribbean', fr: 'Caraïbes', es: 'El Caribe', ar: 'منطقة البحر الكاريبي' } },
  { code: '013', level: 'intermediateRegion', parentCode: '419', names: { en: 'Central America', fr: 'Amérique centrale', es: 'América central', ar: 'أمريكا الوسطى' } },
  { code: '005', level: 'intermediateRegion', parentCode: '419', names: { en: 'South America', fr: 'Amérique du Sud', es: 'América del Sur', ar: 'أمريكا الجنوبية' } },
  { code: '021', level: 'subRegion', parentCode: '019', names: { en: 'Northern America', fr: 'Amérique septentrionale', es: 'América septentrional', ar: 'أمريكا الشمالية' } },
  { code: '142', level: 'region', parentCode: null, names: { en: 'Asia', fr: 'Asie', es: 'Asia', ar: 'آسيا' } },
  { code: '143', level: 'subRegion', parentCode: '142', names: { en: 'Central Asia', fr: 'Asie centrale', es: 'Asia central', ar: 'آسيا الوسطى' } },
  { code: '030', level: 'subRegion', parentCode: '142', names: { en: 'Eastern Asia', fr: 'Asie orientale', es: 'Asia oriental', ar: 'شرقي آسيا' } },
  { code: '035', level: 'subRegion', parentCode: '142', names: { en: 'South-eastern Asia', fr: 'Asie du Sud-Est', es: 'Asia sudoriental', ar: 'جنوب شرقي آسيا' } },
  { code: '034', level: 'subRegion', parentCode: '142', names: { en: 'Southern Asia', fr: 'Asie méridionale', es: 'Asia meridional', ar: 'جنوب آسيا' } },
  { code: '145', level: 'subRegion', parentCode: '142', names: { en: 'Western Asia', fr: 'Asie occidentale', es: 'Asia occidental', ar: 'غربي آسيا' } },
  { code: '150', level: 'region', parentCode: null, names: { en: 'Europe', fr: 'Europe', es: 'Europa', ar: 'أوروبا' } },
  { code: '151', level: 'subRegion', parentCode: '150', names: { en: 'Eastern Europe', fr: 'Europe orientale', es: 'Europa oriental', ar: 'أوروبا الشرقية' } },
  { code: '154', level: 'subRegion', parentCode: '150', names: { en: 'Northern Europe', fr: 'Europe septentrionale', es: 'Europa septentrional', ar: 'أوروبا الشمالية' } },
  { code: '039', level: 'subRegion', parentCode: '150', names: { en: 'Southern Europe', fr: 'Europe méridionale', es: 'Europa meridional', ar: 'أوروبا الجنوبية' } },
  { code: '155', level: 'subRegion', parentCode: '150', names: { en: 'Western Europe', fr: 'Europe occidentale', es: 'Europa occidental', ar: 'أوروبا الغربية' } },
  { code: '009', level: 'region', parentCode: null, names: { en: 'Oceania', fr: 'Océanie', es: 'Oceanía', ar: 'أوقيانوسيا' } },
  { code: '053', level: 'subRegion', parentCode: '009', names: { en: 'Australia and New Zealand', fr: 'Australie et Nouvelle-Zélande', es: 'Australia y Nueva Zelandia', ar: 'أستراليا ونيوزيلندا' } },
  { code: '054', level: 'subRegion', parentCode: '009', names: { en: 'Melanesia', fr: 'Mélanésie', es: 'Melanesia', ar: 'ميلانيزيا' } },
  { code: '057', level: 'subRegion', parentCode: '009', names: { en: 'Micronesia', fr: 'Micronésie', es: 'Micronesia', ar: 'ميكرونيزيا' } },
  { code: '061', level: 'subRegion', parentCode: '009', names: { en: 'Polynesia', fr: 'Polynésie', es: 'Polinesia', ar: 'بولينيزيا' } },
];

/** One row per country or area of the UNSD overview, in the UNSD order. */
export const M49_COUNTRIES: readonly M49CountryRow[] = [
  { iso2: 'DZ', iso3: 'DZA', m49: '012', regionCode: '002', subRegionCode: '015', intermediateRegionCode: null, unsdName: 'Algeria' },
  { iso2: 'EG', iso3: 'EGY', m49: '818', regionCode: '002', subRegionCode: '015', intermediateRegionCode: null, unsdName: 'Egypt' },
  { iso2: 'LY', iso3: 'LBY', m49: '434', regionCode: '002', subRegionCode: '015', intermediateRegionCode: null, unsdName: 'Libya' },
  { iso2: 'MA', iso3: 'MAR', m49: '504', regionCode: '002', subRegionCode: '015', intermediateRegionCode: null, unsdName: 'Morocco' },
  { iso2: 'SD', iso3: 'SDN', m49: '729', regionCode: '002', subRegionCode: '015', intermediateRegionCode: null, unsdName: 'Sudan' },
  { iso2: 'TN', iso3: 'TUN', m49: '788', regionCode: '002', subRegionCode: '015', intermediateRegionCode: null, unsdName: 'Tunisia' },
  { iso2: 'EH', iso3: 'ESH', m49: '732', regionCode: '002', subRegionCode: '015', intermediateRegionCode: null, unsdName: 'Western Sahara' },
  { iso2: 'IO', iso3: 'IOT', m49: '086', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'British Indian Ocean Territory' },
  { iso2: 'BI', iso3: 'BDI', m49: '108', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Burundi' },
  { iso2: 'KM', iso3: 'COM', m49: '174', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Comoros' },
  { iso2: 'DJ', iso3: 'DJI', m49: '262', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Djibouti' },
  { iso2: 'ER', iso3: 'ERI', m49: '232', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Eritrea' },
  { iso2: 'ET', iso3: 'ETH', m49: '231', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Ethiopia' },
  { iso2: 'TF', iso3: 'ATF', m49: '260', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'French Southern Territories' },
  { iso2: 'KE', iso3: 'KEN', m49: '404', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Kenya' },
  { iso2: 'MG', iso3: 'MDG', m49: '450', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Madagascar' },
  { iso2: 'MW', iso3: 'MWI', m49: '454', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Malawi' },
  { iso2: 'MU', iso3: 'MUS', m49: '480', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Mauritius' },
  { iso2: 'YT', iso3: 'MYT', m49: '175', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Mayotte' },
  { iso2: 'MZ', iso3: 'MOZ', m49: '508', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Mozambique' },
  { iso2: 'RE', iso3: 'REU', m49: '638', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Réunion' },
  { iso2: 'RW', iso3: 'RWA', m49: '646', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Rwanda' },
  { iso2: 'SC', iso3: 'SYC', m49: '690', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Seychelles' },
  { iso2: 'SO', iso3: 'SOM', m49: '706', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Somalia' },
  { iso2: 'SS', iso3: 'SSD', m49: '728', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'South Sudan' },
  { iso2: 'UG', iso3: 'UGA', m49: '800', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Uganda' },
  { iso2: 'TZ', iso3: 'TZA', m49: '834', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'United Republic of Tanzania' },
  { iso2: 'ZM', iso3: 'ZMB', m49: '894', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Zambia' },
  { iso2: 'ZW', iso3: 'ZWE', m49: '716', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '014', unsdName: 'Zimbabwe' },
  { iso2: 'AO', iso3: 'AGO', m49: '024', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '017', unsdName: 'Angola' },
  { iso2: 'CM', iso3: 'CMR', m49: '120', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '017', unsdName: 'Cameroon' },
  { iso2: 'CF', iso3: 'CAF', m49: '140', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '017', unsdName: 'Central African Republic' },
  { iso2: 'TD', iso3: 'TCD', m49: '148', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '017', unsdName: 'Chad' },
  { iso2: 'CG', iso3: 'COG', m49: '178', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '017', unsdName: 'Congo' },
  { iso2: 'CD', iso3: 'COD', m49: '180', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '017', unsdName: 'Democratic Republic of the Congo' },
  { iso2: 'GQ', iso3: 'GNQ', m49: '226', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '017', unsdName: 'Equatorial Guinea' },
  { iso2: 'GA', iso3: 'GAB', m49: '266', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '017', unsdName: 'Gabon' },
  { iso2: 'ST', iso3: 'STP', m49: '678', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '017', unsdName: 'Sao Tome and Principe' },
  { iso2: 'BW', iso3: 'BWA', m49: '072', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '018', unsdName: 'Botswana' },
  { iso2: 'SZ', iso3: 'SWZ', m49: '748', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '018', unsdName: 'Eswatini' },
  { iso2: 'LS', iso3: 'LSO', m49: '426', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '018', unsdName: 'Lesotho' },
  { iso2: 'NA', iso3: 'NAM', m49: '516', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '018', unsdName: 'Namibia' },
  { iso2: 'ZA', iso3: 'ZAF', m49: '710', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '018', unsdName: 'South Africa' },
  { iso2: 'BJ', iso3: 'BEN', m49: '204', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Benin' },
  { iso2: 'BF', iso3: 'BFA', m49: '854', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Burkina Faso' },
  { iso2: 'CV', iso3: 'CPV', m49: '132', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Cabo Verde' },
  { iso2: 'CI', iso3: 'CIV', m49: '384', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Côte d’Ivoire' },
  { iso2: 'GM', iso3: 'GMB', m49: '270', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Gambia' },
  { iso2: 'GH', iso3: 'GHA', m49: '288', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Ghana' },
  { iso2: 'GN', iso3: 'GIN', m49: '324', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Guinea' },
  { iso2: 'GW', iso3: 'GNB', m49: '624', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Guinea-Bissau' },
  { iso2: 'LR', iso3: 'LBR', m49: '430', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Liberia' },
  { iso2: 'ML', iso3: 'MLI', m49: '466', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Mali' },
  { iso2: 'MR', iso3: 'MRT', m49: '478', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Mauritania' },
  { iso2: 'NE', iso3: 'NER', m49: '562', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Niger' },
  { iso2: 'NG', iso3: 'NGA', m49: '566', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Nigeria' },
  { iso2: 'SH', iso3: 'SHN', m49: '654', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Saint Helena' },
  { iso2: 'SN', iso3: 'SEN', m49: '686', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Senegal' },
  { iso2: 'SL', iso3: 'SLE', m49: '694', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Sierra Leone' },
  { iso2: 'TG', iso3: 'TGO', m49: '768', regionCode: '002', subRegionCode: '202', intermediateRegionCode: '011', unsdName: 'Togo' },
  { iso2: 'AI', iso3: 'AIA', m49: '660', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Anguilla' },
  { iso2: 'AG', iso3: 'ATG', m49: '028', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Antigua and Barbuda' },
  { iso2: 'AW', iso3: 'ABW', m49: '533', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Aruba' },
  { iso2: 'BS', iso3: 'BHS', m49: '044', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Bahamas' },
  { iso2: 'BB', iso3: 'BRB', m49: '052', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Barbados' },
  { iso2: 'BQ', iso3: 'BES', m49: '535', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Bonaire, Sint Eustatius and Saba' },
  { iso2: 'VG', iso3: 'VGB', m49: '092', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'British Virgin Islands' },
  { iso2: 'KY', iso3: 'CYM', m49: '136', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Cayman Islands' },
  { iso2: 'CU', iso3: 'CUB', m49: '192', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Cuba' },
  { iso2: 'CW', iso3: 'CUW', m49: '531', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Curaçao' },
  { iso2: 'DM', iso3: 'DMA', m49: '212', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Dominica' },
  { iso2: 'DO', iso3: 'DOM', m49: '214', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Dominican Republic' },
  { iso2: 'GD', iso3: 'GRD', m49: '308', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Grenada' },
  { iso2: 'GP', iso3: 'GLP', m49: '312', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Guadeloupe' },
  { iso2: 'HT', iso3: 'HTI', m49: '332', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Haiti' },
  { iso2: 'JM', iso3: 'JAM', m49: '388', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Jamaica' },
  { iso2: 'MQ', iso3: 'MTQ', m49: '474', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Martinique' },
  { iso2: 'MS', iso3: 'MSR', m49: '500', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Montserrat' },
  { iso2: 'PR', iso3: 'PRI', m49: '630', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Puerto Rico' },
  { iso2: 'BL', iso3: 'BLM', m49: '652', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Saint Barthélemy' },
  { iso2: 'KN', iso3: 'KNA', m49: '659', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Saint Kitts and Nevis' },
  { iso2: 'LC', iso3: 'LCA', m49: '662', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Saint Lucia' },
  { iso2: 'MF', iso3: 'MAF', m49: '663', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Saint Martin (French Part)' },
  { iso2: 'VC', iso3: 'VCT', m49: '670', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Saint Vincent and the Grenadines' },
  { iso2: 'SX', iso3: 'SXM', m49: '534', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Sint Maarten (Dutch part)' },
  { iso2: 'TT', iso3: 'TTO', m49: '780', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Trinidad and Tobago' },
  { iso2: 'TC', iso3: 'TCA', m49: '796', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'Turks and Caicos Islands' },
  { iso2: 'VI', iso3: 'VIR', m49: '850', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '029', unsdName: 'United States Virgin Islands' },
  { iso2: 'BZ', iso3: 'BLZ', m49: '084', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '013', unsdName: 'Belize' },
  { iso2: 'CR', iso3: 'CRI', m49: '188', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '013', unsdName: 'Costa Rica' },
  { iso2: 'SV', iso3: 'SLV', m49: '222', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '013', unsdName: 'El Salvador' },
  { iso2: 'GT', iso3: 'GTM', m49: '320', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '013', unsdName: 'Guatemala' },
  { iso2: 'HN', iso3: 'HND', m49: '340', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '013', unsdName: 'Honduras' },
  { iso2: 'MX', iso3: 'MEX', m49: '484', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '013', unsdName: 'Mexico' },
  { iso2: 'NI', iso3: 'NIC', m49: '558', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '013', unsdName: 'Nicaragua' },
  { iso2: 'PA', iso3: 'PAN', m49: '591', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '013', unsdName: 'Panama' },
  { iso2: 'AR', iso3: 'ARG', m49: '032', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Argentina' },
  { iso2: 'BO', iso3: 'BOL', m49: '068', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Bolivia (Plurinational State of)' },
  { iso2: 'BV', iso3: 'BVT', m49: '074', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Bouvet Island' },
  { iso2: 'BR', iso3: 'BRA', m49: '076', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Brazil' },
  { iso2: 'CL', iso3: 'CHL', m49: '152', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Chile' },
  { iso2: 'CO', iso3: 'COL', m49: '170', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Colombia' },
  { iso2: 'EC', iso3: 'ECU', m49: '218', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Ecuador' },
  { iso2: 'FK', iso3: 'FLK', m49: '238', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Falkland Islands (Malvinas)' },
  { iso2: 'GF', iso3: 'GUF', m49: '254', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'French Guiana' },
  { iso2: 'GY', iso3: 'GUY', m49: '328', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Guyana' },
  { iso2: 'PY', iso3: 'PRY', m49: '600', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Paraguay' },
  { iso2: 'PE', iso3: 'PER', m49: '604', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Peru' },
  { iso2: 'GS', iso3: 'SGS', m49: '239', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'South Georgia and the South Sandwich Islands' },
  { iso2: 'SR', iso3: 'SUR', m49: '740', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Suriname' },
  { iso2: 'UY', iso3: 'URY', m49: '858', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Uruguay' },
  { iso2: 'VE', iso3: 'VEN', m49: '862', regionCode: '019', subRegionCode: '419', intermediateRegionCode: '005', unsdName: 'Venezuela (Bolivarian Republic of)' },
  { iso2: 'BM', iso3: 'BMU', m49: '060', regionCode: '019', subRegionCode: '021', intermediateRegionCode: null, unsdName: 'Bermuda' },
  { iso2: 'CA', iso3: 'CAN', m49: '124', regionCode: '019', subRegionCode: '021', intermediateRegionCode: null, unsdName: 'Canada' },
  { iso2: 'GL', iso3: 'GRL', m49: '304', regionCode: '019', subRegionCode: '021', intermediateRegionCode: null, unsdName: 'Greenland' },
  { iso2: 'PM', iso3: 'SPM', m49: '666', regionCode: '019', subRegionCode: '021', intermediateRegionCode: null, unsdName: 'Saint Pierre and Miquelon' },
  { iso2: 'US', iso3: 'USA', m49: '840', regionCode: '019', subRegionCode: '021', intermediateRegionCode: null, unsdName: 'United States of America' },
  { iso2: 'AQ', iso3: 'ATA', m49: '010', regionCode: null, subRegionCode: null, intermediateRegionCode: null, unsdName: 'Antarctica' },
  { iso2: 'KZ', iso3: 'KAZ', m49: '398', regionCode: '142', subRegionCode: '143', intermediateRegionCode: null, unsdName: 'Kazakhstan' },
  { iso2: 'KG', iso3: 'KGZ', m49: '417', regionCode: '142', subRegionCode: '143', intermediateRegionCode: null, unsdName: 'Kyrgyzstan' },
  { iso2: 'TJ', iso3: 'TJK', m49: '762', regionCode: '142', subRegionCode: '143', intermediateRegionCode: null, unsdName: 'Tajikistan' },
  { iso2: 'TM', iso3: 'TKM', m49: '795', regionCode: '142', subRegionCode: '143', intermediateRegionCode: null, unsdName: 'Turkmenistan' },
  { iso2: 'UZ', iso3: 'UZB', m49: '860', regionCode: '142', subRegionCode: '143', intermediateRegionCode: null, unsdName: 'Uzbekistan' },
  { iso2: 'CN', iso3: 'CHN', m49: '156', regionCode: '142', subRegionCode: '030', intermediateRegionCode: null, unsdName: 'China' },
  { iso2: 'HK', iso3: 'HKG', m49: '344', regionCode: '142', subRegionCode: '030', intermediateRegionCode: null, unsdName: 'China, Hong Kong Special Administrative Region' },
  { iso2: 'MO', iso3: 'MAC', m49: '446', regionCode: '142', subRegionCode: '030', intermediateRegionCode: null, unsdName: 'China, Macao Special Administrative Region' },
  { iso2: 'KP', iso3: 'PRK', m49: '408', regionCode: '142', subRegionCode: '030', intermediateRegionCode: null, unsdName: 'Democratic People\'s Republic of Korea' },
  { iso2: 'JP', iso3: 'JPN', m49: '392', regionCode: '142', subRegionCode: '030', intermediateRegionCode: null, unsdName: 'Japan' },
  { iso2: 'MN', iso3: 'MNG', m49: '496', regionCode: '142', subRegionCode: '030', intermediateRegionCode: null, unsdName: 'Mongolia' },
  { iso2: 'KR', iso3: 'KOR', m49: '410', regionCode: '142', subRegionCode: '030', intermediateRegionCode: null, unsdName: 'Republic of Korea' },
  { iso2: 'BN', iso3: 'BRN', m49: '096', regionCode: '142', subRegionCode: '035', intermediateRegionCode: null, unsdName: 'Brunei Darussalam' },
  { iso2: 'KH', iso3: 'KHM', m49: '116', regionCode: '142', subRegionCode: '035', intermediateRegionCode: null, unsdName: 'Cambodia' },
  { iso2: 'ID', iso3: 'IDN', m49: '360', regionCode: '142', subRegionCode: '035', intermediateRegionCode: null, unsdName: 'Indonesia' },
  { iso2: 'LA', iso3: 'LAO', m49: '418', regionCode: '142', subRegionCode: '035', intermediateRegionCode: null, unsdName: 'Lao People\'s Democratic Republic' },
  { iso2: 'MY', iso3: 'MYS', m49: '458', regionCode: '142', subRegionCode: '035', intermediateRegionCode: null, unsdName: 'Malaysia' },
  { iso2: 'MM', iso3: 'MMR', m49: '104', regionCode: '142', subRegionCode: '035', intermediateRegionCode: null, unsdName: 'Myanmar' },
  { iso2: 'PH', iso3: 'PHL', m49: '608', regionCode: '142', subRegionCode: '035', intermediateRegionCode: null, unsdName: 'Philippines' },
  { iso2: 'SG', iso3: 'SGP', m49: '702', regionCode: '142', subRegionCode: '035', intermediateRegionCode: null, unsdName: 'Singapore' },
  { iso2: 'TH', iso3: 'THA', m49: '764', regionCode: '142', subRegionCode: '035', intermediateRegionCode: null, unsdName: 'Thailand' },
  { iso2: 'TL', iso3: 'TLS', m49: '626', regionCode: '142', subRegionCode: '035', intermediateRegionCode: null, unsdName: 'Timor-Leste' },
  { iso2: 'VN', iso3: 'VNM', m49: '704', regionCode: '142', subRegionCode: '035', intermediateRegionCode: null, unsdName: 'Viet Nam' },
  { iso2: 'AF', iso3: 'AFG', m49: '004', regionCode: '142', subRegionCode: '034', intermediateRegionCode: null, unsdName: 'Afghanistan' },
  { iso2: 'BD', iso3: 'BGD', m49: '050', regionCode: '142', subRegionCode: '034', intermediateRegionCode: null, unsdName: 'Bangladesh' },
  { iso2: 'BT', iso3: 'BTN', m49: '064', regionCode: '142', subRegionCode: '034', intermediateRegionCode: null, unsdName: 'Bhutan' },
  { iso2: 'IN', iso3: 'IND', m49: '356', regionCode: '142', subRegionCode: '034', intermediateRegionCode: null, unsdName: 'India' },
  { iso2: 'IR', iso3: 'IRN', m49: '364', regionCode: '142', subRegionCode: '034', intermediateRegionCode: null, unsdName: 'Iran (Islamic Republic of)' },
  { iso2: 'MV', iso3: 'MDV', m49: '462', regionCode: '142', subRegionCode: '034', intermediateRegionCode: null, unsdName: 'Maldives' },
  { iso2: 'NP', iso3: 'NPL', m49: '524', regionCode: '142', subRegionCode: '034', intermediateRegionCode: null, unsdName: 'Nepal' },
  { iso2: 'PK', iso3: 'PAK', m49: '586', regionCode: '142', subRegionCode: '034', intermediateRegionCode: null, unsdName: 'Pakistan' },
  { iso2: 'LK', iso3: 'LKA', m49: '144', regionCode: '142', subRegionCode: '034', intermediateRegionCode: null, unsdName: 'Sri Lanka' },
  { iso2: 'AM', iso3: 'ARM', m49: '051', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Armenia' },
  { iso2: 'AZ', iso3: 'AZE', m49: '031', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Azerbaijan' },
  { iso2: 'BH', iso3: 'BHR', m49: '048', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Bahrain' },
  { iso2: 'CY', iso3: 'CYP', m49: '196', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Cyprus' },
  { iso2: 'GE', iso3: 'GEO', m49: '268', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Georgia' },
  { iso2: 'IQ', iso3: 'IRQ', m49: '368', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Iraq' },
  { iso2: 'IL', iso3: 'ISR', m49: '376', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Israel' },
  { iso2: 'JO', iso3: 'JOR', m49: '400', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Jordan' },
  { iso2: 'KW', iso3: 'KWT', m49: '414', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Kuwait' },
  { iso2: 'LB', iso3: 'LBN', m49: '422', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Lebanon' },
  { iso2: 'OM', iso3: 'OMN', m49: '512', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Oman' },
  { iso2: 'QA', iso3: 'QAT', m49: '634', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Qatar' },
  { iso2: 'SA', iso3: 'SAU', m49: '682', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Saudi Arabia' },
  { iso2: 'PS', iso3: 'PSE', m49: '275', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'State of Palestine' },
  { iso2: 'SY', iso3: 'SYR', m49: '760', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Syrian Arab Republic' },
  { iso2: 'TR', iso3: 'TUR', m49: '792', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Türkiye' },
  { iso2: 'AE', iso3: 'ARE', m49: '784', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'United Arab Emirates' },
  { iso2: 'YE', iso3: 'YEM', m49: '887', regionCode: '142', subRegionCode: '145', intermediateRegionCode: null, unsdName: 'Yemen' },
  { iso2: 'BY', iso3: 'BLR', m49: '112', regionCode: '150', subRegionCode: '151', intermediateRegionCode: null, unsdName: 'Belarus' },
  { iso2: 'BG', iso3: 'BGR', m49: '100', regionCode: '150', subRegionCode: '151', intermediateRegionCode: null, unsdName: 'Bulgaria' },
  { iso2: 'CZ', iso3: 'CZE', m49: '203', regionCode: '150', subRegionCode: '151', intermediateRegionCode: null, unsdName: 'Czechia' },
  { iso2: 'HU', iso3: 'HUN', m49: '348', regionCode: '150', subRegionCode: '151', intermediateRegionCode: null, unsdName: 'Hungary' },
  { iso2: 'PL', iso3: 'POL', m49: '616', regionCode: '150', subRegionCode: '151', intermediateRegionCode: null, unsdName: 'Poland' },
  { iso2: 'MD', iso3: 'MDA', m49: '498', regionCode: '150', subRegionCode: '151', intermediateRegionCode: null, unsdName: 'Republic of Moldova' },
  { iso2: 'RO', iso3: 'ROU', m49: '642', regionCode: '150', subRegionCode: '151', intermediateRegionCode: null, unsdName: 'Romania' },
  { iso2: 'RU', iso3: 'RUS', m49: '643', regionCode: '150', subRegionCode: '151', intermediateRegionCode: null, unsdName: 'Russian Federation' },
  { iso2: 'SK', iso3: 'SVK', m49: '703', regionCode: '150', subRegionCode: '151', intermediateRegionCode: null, unsdName: 'Slovakia' },
  { iso2: 'UA', iso3: 'UKR', m49: '804', regionCode: '150', subRegionCode: '151', intermediateRegionCode: null, unsdName: 'Ukraine' },
  { iso2: 'AX', iso3: 'ALA', m49: '248', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Åland Islands' },
  { iso2: 'DK', iso3: 'DNK', m49: '208', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Denmark' },
  { iso2: 'EE', iso3: 'EST', m49: '233', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Estonia' },
  { iso2: 'FO', iso3: 'FRO', m49: '234', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Faroe Islands' },
  { iso2: 'FI', iso3: 'FIN', m49: '246', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Finland' },
  { iso2: 'GG', iso3: 'GGY', m49: '831', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Guernsey' },
  { iso2: 'IS', iso3: 'ISL', m49: '352', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Iceland' },
  { iso2: 'IE', iso3: 'IRL', m49: '372', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Ireland' },
  { iso2: 'IM', iso3: 'IMN', m49: '833', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Isle of Man' },
  { iso2: 'JE', iso3: 'JEY', m49: '832', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Jersey' },
  { iso2: 'LV', iso3: 'LVA', m49: '428', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Latvia' },
  { iso2: 'LT', iso3: 'LTU', m49: '440', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Lithuania' },
  { iso2: 'NO', iso3: 'NOR', m49: '578', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Norway' },
  { iso2: 'SJ', iso3: 'SJM', m49: '744', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Svalbard and Jan Mayen Islands' },
  { iso2: 'SE', iso3: 'SWE', m49: '752', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'Sweden' },
  { iso2: 'GB', iso3: 'GBR', m49: '826', regionCode: '150', subRegionCode: '154', intermediateRegionCode: null, unsdName: 'United Kingdom of Great Britain and Northern Ireland' },
  { iso2: 'AL', iso3: 'ALB', m49: '008', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Albania' },
  { iso2: 'AD', iso3: 'AND', m49: '020', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Andorra' },
  { iso2: 'BA', iso3: 'BIH', m49: '070', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Bosnia and Herzegovina' },
  { iso2: 'HR', iso3: 'HRV', m49: '191', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Croatia' },
  { iso2: 'GI', iso3: 'GIB', m49: '292', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Gibraltar' },
  { iso2: 'GR', iso3: 'GRC', m49: '300', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Greece' },
  { iso2: 'VA', iso3: 'VAT', m49: '336', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Holy See' },
  { iso2: 'IT', iso3: 'ITA', m49: '380', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Italy' },
  { iso2: 'MT', iso3: 'MLT', m49: '470', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Malta' },
  { iso2: 'ME', iso3: 'MNE', m49: '499', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Montenegro' },
  { iso2: 'MK', iso3: 'MKD', m49: '807', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'North Macedonia' },
  { iso2: 'PT', iso3: 'PRT', m49: '620', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Portugal' },
  { iso2: 'SM', iso3: 'SMR', m49: '674', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'San Marino' },
  { iso2: 'RS', iso3: 'SRB', m49: '688', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Serbia' },
  { iso2: 'SI', iso3: 'SVN', m49: '705', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Slovenia' },
  { iso2: 'ES', iso3: 'ESP', m49: '724', regionCode: '150', subRegionCode: '039', intermediateRegionCode: null, unsdName: 'Spain' },
  { iso2: 'AT', iso3: 'AUT', m49: '040', regionCode: '150', subRegionCode: '155', intermediateRegionCode: null, unsdName: 'Austria' },
  { iso2: 'BE', iso3: 'BEL', m49: '056', regionCode: '150', subRegionCode: '155', intermediateRegionCode: null, unsdName: 'Belgium' },
  { iso2: 'FR', iso3: 'FRA', m49: '250', regionCode: '150', subRegionCode: '155', intermediateRegionCode: null, unsdName: 'France' },
  { iso2: 'DE', iso3: 'DEU', m49: '276', regionCode: '150', subRegionCode: '155', intermediateRegionCode: null, unsdName: 'Germany' },
  { iso2: 'LI', iso3: 'LIE', m49: '438', regionCode: '150', subRegionCode: '155', intermediateRegionCode: null, unsdName: 'Liechtenstein' },
  { iso2: 'LU', iso3: 'LUX', m49: '442', regionCode: '150', subRegionCode: '155', intermediateRegionCode: null, unsdName: 'Luxembourg' },
  { iso2: 'MC', iso3: 'MCO', m49: '492', regionCode: '150', subRegionCode: '155', intermediateRegionCode: null, unsdName: 'Monaco' },
  { iso2: 'NL', iso3: 'NLD', m49: '528', regionCode: '150', subRegionCode: '155', intermediateRegionCode: null, unsdName: 'Netherlands (Kingdom of the)' },
  { iso2: 'CH', iso3: 'CHE', m49: '756', regionCode: '150', subRegionCode: '155', intermediateRegionCode: null, unsdName: 'Switzerland' },
  { iso2: 'AU', iso3: 'AUS', m49: '036', regionCode: '009', subRegionCode: '053', intermediateRegionCode: null, unsdName: 'Australia' },
  { iso2: 'CX', iso3: 'CXR', m49: '162', regionCode: '009', subRegionCode: '053', intermediateRegionCode: null, unsdName: 'Christmas Island' },
  { iso2: 'CC', iso3: 'CCK', m49: '166', regionCode: '009', subRegionCode: '053', intermediateRegionCode: null, unsdName: 'Cocos (Keeling) Islands' },
  { iso2: 'HM', iso3: 'HMD', m49: '334', regionCode: '009', subRegionCode: '053', intermediateRegionCode: null, unsdName: 'Heard Island and McDonald Islands' },
  { iso2: 'NZ', iso3: 'NZL', m49: '554', regionCode: '009', subRegionCode: '053', intermediateRegionCode: null, unsdName: 'New Zealand' },
  { iso2: 'NF', iso3: 'NFK', m49: '574', regionCode: '009', subRegionCode: '053', intermediateRegionCode: null, unsdName: 'Norfolk Island' },
  { iso2: 'FJ', iso3: 'FJI', m49: '242', regionCode: '009', subRegionCode: '054', intermediateRegionCode: null, unsdName: 'Fiji' },
  { iso2: 'NC', iso3: 'NCL', m49: '540', regionCode: '009', subRegionCode: '054', intermediateRegionCode: null, unsdName: 'New Caledonia' },
  { iso2: 'PG', iso3: 'PNG', m49: '598', regionCode: '009', subRegionCode: '054', intermediateRegionCode: null, unsdName: 'Papua New Guinea' },
  { iso2: 'SB', iso3: 'SLB', m49: '090', regionCode: '009', subRegionCode: '054', intermediateRegionCode: null, unsdName: 'Solomon Islands' },
  { iso2: 'VU', iso3: 'VUT', m49: '548', regionCode: '009', subRegionCode: '054', intermediateRegionCode: null, unsdName: 'Vanuatu' },
  { iso2: 'GU', iso3: 'GUM', m49: '316', regionCode: '009', subRegionCode: '057', intermediateRegionCode: null, unsdName: 'Guam' },
  { iso2: 'KI', iso3: 'KIR', m49: '296', regionCode: '009', subRegionCode: '057', intermediateRegionCode: null, unsdName: 'Kiribati' },
  { iso2: 'MH', iso3: 'MHL', m49: '584', regionCode: '009', subRegionCode: '057', intermediateRegionCode: null, unsdName: 'Marshall Islands' },
  { iso2: 'FM', iso3: 'FSM', m49: '583', regionCode: '009', subRegionCode: '057', intermediateRegionCode: null, unsdName: 'Micronesia (Federated States of)' },
  { iso2: 'NR', iso3: 'NRU', m49: '520', regionCode: '009', subRegionCode: '057', intermediateRegionCode: null, unsdName: 'Nauru' },
  { iso2: 'MP', iso3: 'MNP', m49: '580', regionCode: '009', subRegionCode: '057', intermediateRegionCode: null, unsdName: 'Northern Mariana Islands' },
  { iso2: 'PW', iso3: 'PLW', m49: '585', regionCode: '009', subRegionCode: '057', intermediateRegionCode: null, unsdName: 'Palau' },
  { iso2: 'UM', iso3: 'UMI', m49: '581', regionCode: '009', subRegionCode: '057', intermediateRegionCode: null, unsdName: 'United States Minor Outlying Islands' },
  { iso2: 'AS', iso3: 'ASM', m49: '016', regionCode: '009', subRegionCode: '061', intermediateRegionCode: null, unsdName: 'American Samoa' },
  { iso2: 'CK', iso3: 'COK', m49: '184', regionCode: '009', subRegionCode: '061', intermediateRegionCode: null, unsdName: 'Cook Islands' },
  { iso2: 'PF', iso3: 'PYF', m49: '258', regionCode: '009', subRegionCode: '061', intermediateRegionCode: null, unsdName: 'French Polynesia' },
  { iso2: 'NU', iso3: 'NIU', m49: '570', regionCode: '009', subRegionCode: '061', intermediateRegionCode: null, unsdName: 'Niue' },
  { iso2: 'PN', iso3: 'PCN', m49: '612', regionCode: '009', subRegionCode: '061', intermediateRegionCode: null, unsdName: 'Pitcairn' },
  { iso2: 'WS', iso3: 'WSM', m49: '882', regionCode: '009', subRegionCode: '061', intermediateRegionCode: null, unsdName: 'Samoa' },
  { iso2: 'TK', iso3: 'TKL', m49: '772', regionCode: '009', subRegionCode: '061', intermediateRegionCode: null, unsdName: 'Tokelau' },
  { iso2: 'TO', iso3: 'TON', m49: '776', regionCode: '009', subRegionCode: '061', intermediateRegionCode: null, unsdName: 'Tonga' },
  { iso2: 'TV', iso3: 'TUV', m49: '798', regionCode: '009', subRegionCode: '061', intermediateRegionCode: null, unsdName: 'Tuvalu' },
  { iso2: 'WF', iso3: 'WLF', m49: '876', regionCode: '009', subRegionCode: '061', intermediateRegionCode: null, unsdName: 'Wallis and Futuna Islands' },
];

export interface SupplementaryCountry {
  iso2: string;
  iso3: string;
  /** UN M49 / ISO numeric code the entity had, if any. */
  numeric: string | null;
  /** A withdrawn ISO 3166-1 code (now in ISO 3166-3). */
  historical: boolean;
  /** A code outside ISO 3166-1 (user-assigned range), such as XK/XKX for Kosovo. */
  userAssigned: boolean;
  /** Year the code was withdrawn from ISO 3166-1. */
  withdrawn: number | null;
  /** Current alpha-3 codes of the successor countries or areas. */
  successors: readonly string[];
  names: LocalizedNames;
  /** Other spellings found in data files, any language. */
  aliases: readonly string[];
}

export const SUPPLEMENTARY_COUNTRIES: readonly SupplementaryCountry[] = [
  {
    iso2: 'CS', iso3: 'SCG', numeric: '891', historical: true, userAssigned: false, withdrawn: 2006,
    successors: ['SRB', 'MNE'],
    names: { en: 'Serbia and Montenegro', fr: 'Serbie-et-Monténégro', es: 'Serbia y Montenegro', ar: 'صربيا والجبل الأسود' },
    aliases: ['Serbia & Montenegro', 'State Union of Serbia and Montenegro', 'Serbia and Montenegro (former)'],
  },
  {
    iso2: 'YU', iso3: 'YUG', numeric: '890', historical: true, userAssigned: false, withdrawn: 2003,
    successors: ['BIH', 'HRV', 'MKD', 'MNE', 'SRB', 'SVN'],
    names: { en: 'Yugoslavia', fr: 'Yougoslavie', es: 'Yugoslavia', ar: 'يوغوسلافيا' },
    aliases: [
      'Former Yugoslavia', 'Yugoslavia (former)', 'Socialist Federal Republic of Yugoslavia',
      'Federal Republic of Yugoslavia', 'ex-Yougoslavie', 'ex Yugoslavia',
    ],
  },
  {
    iso2: 'SU', iso3: 'SUN', numeric: '810', historical: true, userAssigned: false, withdrawn: 1992,
    successors: ['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LTU', 'LVA', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB'],
    names: {
      en: 'Union of Soviet Socialist Republics',
      fr: 'Union des républiques socialistes soviétiques',
      es: 'Unión de Repúblicas Socialistas Soviéticas',
      ar: 'اتحاد الجمهوريات الاشتراكية السوفياتية',
    },
    aliases: ['USSR', 'USSR (former)', 'Soviet Union', 'URSS', 'Union soviétique', 'Unión Soviética', 'الاتحاد السوفياتي', 'الاتحاد السوفيتي'],
  },
  {
    // ISO 3166-1 alpha-2 "CS" was Czechoslovakia until 1993 and was reassigned to Serbia and
    // Montenegro in 2003; countries.ts resolves "CS" to the later one (SCG).
    iso2: 'CS', iso3: 'CSK', numeric: '200', historical: true, userAssigned: false, withdrawn: 1993,
    successors: ['CZE', 'SVK'],
    names: { en: 'Czechoslovakia', fr: 'Tchécoslovaquie', es: 'Checoslovaquia', ar: 'تشيكوسلوفاكيا' },
    aliases: ['Czechoslovakia (former)', 'Czechoslovak Socialist Republic', 'Czech and Slovak Federative Republic'],
  },
  {
    iso2: 'AN', iso3: 'ANT', numeric: '530', historical: true, userAssigned: false, withdrawn: 2010,
    successors: ['BES', 'CUW', 'SXM'],
    names: { en: 'Netherlands Antilles', fr: 'Antilles néerlandaises', es: 'Antillas Neerlandesas', ar: 'جزر الأنتيل الهولندية' },
    aliases: ['Netherlands Antilles (former)'],
  },
  {
    // Not in ISO 3166-1 nor in M49; XK/XKX is the user-assigned code used by the European
    // Commission, the World Bank and others (i18n-iso-countries calls it XKK).
    iso2: 'XK', iso3: 'XKX', numeric: null, historical: false, userAssigned: true, withdrawn: null,
    successors: [],
    names: {
      en: 'Kosovo under UNSCR 1244',
      fr: 'Kosovo (résolution 1244 du Conseil de sécurité)',
      es: 'Kosovo (resolución 1244 del Consejo de Seguridad)',
      ar: 'كوسوفو (قرار مجلس الأمن 1244)',
    },
    aliases: [
      'Kosovo', 'Kosovo (under UNSCR 1244)', 'Kosovo under UNSC resolution 1244',
      'Kosovo (in accordance with UNSCR 1244)', 'Kosovo under UNSCR 1244/99', 'كوسوفو',
    ],
  },
];
