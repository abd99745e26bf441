import { countryName } from '../../core/geo/countries.ts';
import type { Locale, Translate } from '../../core/i18n/i18n.ts';
import type { CaseData, Kind, LegislationData, PublicationData, RecordData } from '../schemas.ts';
import { pickText } from './text.ts';

/**
 * A citation to copy: what the record is, where it comes from, and its permanent link. A case's
 * date is cited as given (`2010`), or said to be not stated; a court not stated is left out.
 */
export function citationOf(t: Translate, kind: Kind, data: RecordData, url: string, publishedAt: Date, locale: Locale): string {
  const title = pickText(data.title, locale, data.originalLanguage)?.text ?? '';
  const accessed = `Ariadne knowledge portal, ${url} (${publishedAt.toISOString().slice(0, 10)})`;
  if (kind === 'case') {
    const record = data as CaseData;
    return [title, record.court, record.caseNumber, record.decisionDate ?? t('knowledge.date_not_stated'), record.country ? countryName(record.country, locale) : record.jurisdiction, accessed].filter(Boolean).join(', ');
  }
  if (kind === 'legislation') {
    const record = data as LegislationData;
    return [title, record.officialCitation, String(record.yearAdopted), countryName(record.country, locale), accessed].filter(Boolean).join(', ');
  }
  const record = data as PublicationData;
  return `${record.authors.join('; ')} (${record.year}). ${title}.${record.publisher ? ` ${record.publisher}.` : ''}${record.url ? ` ${record.url}.` : ''} ${accessed}`;
}
