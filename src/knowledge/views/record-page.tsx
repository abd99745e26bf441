import type { Child } from 'hono/jsx';
import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { countryName, regionName } from '../../core/geo/countries.ts';
import { formatDate, formatNumber, formatPartialDate } from '../../core/i18n/format.ts';
import { termKey, type VocabularyName } from '../vocabularies.ts';
import type { CaseData, Kind, LegislationData, PublicationData, RecordData, TextLanguage } from '../schemas.ts';
import { LocalizedText } from './localized-text.tsx';
import { pickText, TEXT_DIRECTION } from './text.ts';
import { citationOf } from './citation.ts';

interface LinkRow { relation: string; record_id: number; kind: string; title: unknown; original_language: string; year: number | null }
interface Props {
  state: RequestState; id: number; kind: Kind; data: RecordData; url: string; publishedAt: Date;
  links: { outgoing: LinkRow[]; incoming: LinkRow[] };
  attachments: { id: number; filename: string; content_type: string; size_bytes: number }[];
}

export function RecordPage(props: Props) {
  const { t, locale } = props.state;
  const title = pickText(props.data.title, locale, props.data.originalLanguage)!;
  return (
    <Layout state={props.state} title={title.text}>
      <p><a href="/knowledge">{`← ${t('knowledge.title')}`}</a></p>
      <p class="meta"><span class={`badge ${props.kind}`}>{t(`knowledge.kind.${props.kind}`)}</span>
        {props.data.sample ? <span class="badge sample">{t('knowledge.sample_record')}</span> : null}</p>
      <h1 lang={title.language} dir={TEXT_DIRECTION(title.language)}>{title.text}</h1>
      {props.kind === 'case' ? <CaseBody {...props} data={props.data as CaseData} /> : null}
      {props.kind === 'legislation' ? <LegislationBody {...props} data={props.data as LegislationData} /> : null}
      {props.kind === 'publication' ? <PublicationBody {...props} data={props.data as PublicationData} /> : null}
      {props.attachments.length ? (
        <section>
          <h2>{t('knowledge.attachments')}</h2>
          <ul>{props.attachments.map((file) => <li><a href={`/knowledge/attachments/${file.id}`}>{file.filename}</a> ({formatNumber(locale, Math.ceil(file.size_bytes / 1024))} KB)</li>)}</ul>
        </section>
      ) : null}
      <section class="cite">
        <h2>{t('knowledge.cite')}</h2>
        <label for="citation" class="hint">{t('knowledge.cite_hint')}</label>
        <textarea id="citation" readonly rows={3} dir="auto">{citationOf(t, props.kind, props.data, props.url, props.publishedAt, locale)}</textarea>
        <p class="hint">{t('knowledge.permanent_link')}: <a href={props.url}>{props.url}</a> · <a href={`/api/knowledge/records/${props.id}`}>JSON</a></p>
      </section>
    </Layout>
  );
}

function Terms(props: { state: RequestState; vocabulary: VocabularyName | 'article'; values: readonly string[] | undefined }) {
  if (!props.values?.length) return null;
  return <ul class="terms">{props.values.map((value) => <li>{props.state.t(termKey(props.vocabulary, value))}</li>)}</ul>;
}

function Row(props: { label: string; children?: Child; when?: unknown }) {
  if (props.when === undefined || props.when === null || props.when === '' || (Array.isArray(props.when) && props.when.length === 0)) return null;
  return <><dt>{props.label}</dt><dd>{props.children}</dd></>;
}

function RecordLinks(props: { state: RequestState; rows: LinkRow[] }) {
  if (!props.rows.length) return null;
  return (
    <ul>
      {props.rows.map((row) => {
        const title = pickText(row.title as Partial<Record<TextLanguage, string>>, props.state.locale, row.original_language);
        return <li><a href={`/knowledge/records/${row.record_id}`}>{title?.text ?? `#${row.record_id}`}</a>{row.year ? ` (${row.year})` : ''}</li>;
      })}
    </ul>
  );
}

function CaseBody(props: Props & { data: CaseData }) {
  const { state, data } = props;
  const { t, locale } = state;
  const country = data.country ? countryName(data.country, locale) : undefined;
  const victimGroups = groupPersons(data.victims.map((person) => [t(termKey('sex', person.sex)), t(termKey('ageGroup', person.ageGroup)), person.nationality ? countryName(person.nationality, locale) : ''].filter(Boolean).join(', ')));
  const notStated = <span class="not-stated">{t('knowledge.not_stated')}</span>;
  const courtText = [data.court, data.courtLevel === 'not_stated' ? '' : t(termKey('courtLevel', data.courtLevel)), data.courtType ? t(termKey('courtType', data.courtType)) : ''].filter(Boolean).join(' · ');
  const earlier = props.links.outgoing.filter((link) => link.relation === 'earlier_decision');
  const later = [...props.links.outgoing.filter((link) => link.relation === 'later_decision'), ...props.links.incoming.filter((link) => link.relation === 'earlier_decision')];
  return (
    <>
      <dl class="facts">
        <Row label={t('knowledge.field.country')} when={true}>
          {data.country ? <a href={`/knowledge/countries/${data.country}`}>{country}</a> : notStated}
          {data.country && data.countryFromJurisdiction ? <span class="hint"> ({t('knowledge.country_from_jurisdiction')})</span> : null}
        </Row>
        <Row label={t('knowledge.field.jurisdiction')} when={data.jurisdiction}>{data.jurisdiction}</Row>
        <Row label={t('knowledge.field.court')} when={true}>{courtText || notStated}</Row>
        <Row label={t('knowledge.field.decision_date')} when={true}>{data.decisionDate ? formatPartialDate(locale, data.decisionDate) : notStated}</Row>
        <Row label={t('knowledge.field.case_number')} when={data.caseNumber}>{data.caseNumber}</Row>
        <Row label={t('knowledge.facet.crimeType')} when={data.crimeTypes}><Terms state={state} vocabulary="crimeType" values={data.crimeTypes} /></Row>
        <Row label={t('knowledge.facet.act')} when={data.acts}><Terms state={state} vocabulary="act" values={data.acts} /></Row>
        <Row label={t('knowledge.facet.means')} when={data.means}><Terms state={state} vocabulary="means" values={data.means} /></Row>
        <Row label={t('knowledge.facet.purpose')} when={data.purposes}><Terms state={state} vocabulary="purpose" values={data.purposes} /></Row>
        <Row label={t('knowledge.facet.scope')} when={data.scope}>{t(termKey('scope', data.scope))}</Row>
        <Row label={t('knowledge.facet.sector')} when={data.sectors}><Terms state={state} vocabulary="sector" values={data.sectors} /></Row>
      </dl>
      {!data.inclusion || data.inclusion.allElementsPresent ? null : <p class="notice">{t('knowledge.inclusion_note')}: {data.inclusion.reason}</p>}
      <section><h2>{t('knowledge.field.facts')}</h2><LocalizedText state={state} text={data.factSummary} original={data.originalLanguage} /></section>
      {Object.keys(data.significantFeatures).length ? <section><h2>{t('knowledge.field.significant_features')}</h2><LocalizedText state={state} text={data.significantFeatures} original={data.originalLanguage} /></section> : null}
      {Object.keys(data.commentary).length ? <section><h2>{t('knowledge.field.commentary')}</h2><LocalizedText state={state} text={data.commentary} original={data.originalLanguage} /></section> : null}
      <section>
        <h2>{t('knowledge.field.persons')}</h2>
        <p>{data.victims.length ? t('knowledge.victims_count', { count: data.victims.length }) : t('knowledge.victims_not_stated')}{victimGroups.length ? ': ' : ''}{victimGroups.map(([label, count]) => `${count} × ${label}`).join('; ')}</p>
        {data.defendants.length ? (
          <div class="table-scroll" role="region" aria-label={t('knowledge.field.persons')} tabindex={0}>
          <table>
            <thead><tr><th>#</th><th>{t('knowledge.field.role')}</th><th>{t('knowledge.field.sex_age')}</th><th>{t('knowledge.facet.defendantNationality')}</th><th>{t('knowledge.field.charges')}</th><th>{t('knowledge.facet.verdict')}</th><th>{t('knowledge.field.sentence')}</th></tr></thead>
            <tbody>
              {data.defendants.map((person, index) => (
                <tr>
                  <td>{index + 1}</td>
                  <td>{person.role ? t(termKey('defendantRole', person.role)) : '-'}</td>
                  <td>{`${t(termKey('sex', person.sex))}, ${t(termKey('ageGroup', person.ageGroup))}`}</td>
                  <td>{person.nationality ? countryName(person.nationality, locale) : '-'}</td>
                  <td>{person.charges.join('; ') || '-'}</td>
                  <td>{t(termKey('verdict', person.verdict))}</td>
                  <td>{sentenceText(person.sentence, t, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        ) : <p>{t('knowledge.defendants_not_stated')}</p>}
        <p class="hint">{t('knowledge.persons_privacy')}</p>
      </section>
      <dl class="facts">
        <Row label={t('knowledge.field.charges')} when={data.charges}>{data.charges.join('; ')}</Row>
        <Row label={t('knowledge.facet.evidentialIssue')} when={data.evidentialIssues}><Terms state={state} vocabulary="evidentialIssue" values={data.evidentialIssues} /></Row>
        <Row label={t('knowledge.facet.crossCuttingIssue')} when={data.crossCuttingIssues}><Terms state={state} vocabulary="crossCuttingIssue" values={data.crossCuttingIssues} /></Row>
        <Row label={t('knowledge.facet.article')} when={data.articles}><Terms state={state} vocabulary="article" values={data.articles} /></Row>
        <Row label={t('knowledge.field.legislation_applied')} when={props.links.outgoing.filter((link) => link.relation === 'applies_legislation')}>
          <RecordLinks state={state} rows={props.links.outgoing.filter((link) => link.relation === 'applies_legislation')} />
        </Row>
        <Row label={t('knowledge.field.earlier_decisions')} when={earlier}><RecordLinks state={state} rows={earlier} /></Row>
        <Row label={t('knowledge.field.later_decisions')} when={later}><RecordLinks state={state} rows={later} /></Row>
        <Row label={t('knowledge.field.keywords')} when={data.keywords}>{data.keywords.join(', ')}</Row>
        <Row label={t('knowledge.field.sources')} when={data.sources}><Sources sources={data.sources} /></Row>
      </dl>
    </>
  );
}

function LegislationBody(props: Props & { data: LegislationData }) {
  const { state, data } = props;
  const { t, locale } = state;
  const cases = props.links.incoming.filter((link) => link.relation === 'applies_legislation');
  return (
    <>
      <dl class="facts">
        <Row label={t('knowledge.field.country')} when={data.country}><a href={`/knowledge/countries/${data.country}`}>{countryName(data.country, locale)}</a></Row>
        <Row label={t('knowledge.field.official_citation')} when={data.officialCitation}>{data.officialCitation}</Row>
        <Row label={t('knowledge.field.status')} when={data.status}>{t(termKey('legislationStatus', data.status))}</Row>
        <Row label={t('knowledge.field.year_adopted')} when={data.yearAdopted}>{String(data.yearAdopted)}</Row>
        <Row label={t('knowledge.field.years_amended')} when={data.yearsAmended}>{data.yearsAmended.join(', ')}</Row>
        <Row label={t('knowledge.field.year_in_force')} when={data.yearInForce}>{String(data.yearInForce ?? '')}</Row>
        <Row label={t('knowledge.field.year_repealed')} when={data.yearRepealed}>{String(data.yearRepealed ?? '')}</Row>
        <Row label={t('knowledge.facet.crimeType')} when={data.crimeTypes}><Terms state={state} vocabulary="crimeType" values={data.crimeTypes} /></Row>
        <Row label={t('knowledge.facet.legislationTheme')} when={data.themes}><Terms state={state} vocabulary="legislationTheme" values={data.themes} /></Row>
      </dl>
      {Object.keys(data.summary).length ? <section><h2>{t('knowledge.field.summary')}</h2><LocalizedText state={state} text={data.summary} original={data.originalLanguage} /></section> : null}
      {data.provisions.length ? (
        <section>
          <h2>{t('knowledge.field.provisions')}</h2>
          {data.provisions.map((provision) => (
            <article class="provision">
              <h3>{t('knowledge.provision', { number: provision.number })}{provision.heading && pickText(provision.heading, locale, data.originalLanguage) ? `: ${pickText(provision.heading, locale, data.originalLanguage)!.text}` : ''}</h3>
              <LocalizedText state={state} text={provision.text} original={data.originalLanguage} />
              <Terms state={state} vocabulary="article" values={provision.articles} />
            </article>
          ))}
        </section>
      ) : null}
      <section><h2>{t('knowledge.field.cases_applying')}</h2>{cases.length ? <RecordLinks state={state} rows={cases} /> : <p>{t('knowledge.none_yet')}</p>}</section>
      <dl class="facts">
        <Row label={t('knowledge.field.keywords')} when={data.keywords}>{data.keywords.join(', ')}</Row>
        <Row label={t('knowledge.field.sources')} when={data.sources}><Sources sources={data.sources} /></Row>
      </dl>
    </>
  );
}

function PublicationBody(props: Props & { data: PublicationData }) {
  const { state, data } = props;
  const { t, locale } = state;
  return (
    <>
      <dl class="facts">
        <Row label={t('knowledge.field.authors')} when={data.authors}>{data.authors.join('; ')}</Row>
        <Row label={t('knowledge.field.year')} when={data.year}>{String(data.year)}</Row>
        <Row label={t('knowledge.field.publisher')} when={data.publisher}>{data.publisher}</Row>
        <Row label={t('knowledge.facet.publicationType')} when={data.type}>{t(termKey('publicationType', data.type))}</Row>
        <Row label={t('knowledge.facet.researchMethod')} when={data.method}>{data.method ? t(termKey('researchMethod', data.method)) : ''}</Row>
        <Row label={t('knowledge.field.countries')} when={data.countries}>
          {data.countries.map((code, index) => <>{index ? ', ' : ''}<a href={`/knowledge/countries/${code}`}>{countryName(code, locale)}</a></>)}
        </Row>
        <Row label={t('knowledge.facet.region')} when={data.regions}>{data.regions.map((code) => regionName(code, locale)).join(', ')}</Row>
        <Row label={t('knowledge.facet.crimeType')} when={data.crimeTypes}><Terms state={state} vocabulary="crimeType" values={data.crimeTypes} /></Row>
        <Row label={t('knowledge.field.link')} when={data.url}><a href={data.url} rel="noopener noreferrer">{data.url}</a></Row>
        <Row label={t('knowledge.field.keywords')} when={data.keywords}>{data.keywords.join(', ')}</Row>
      </dl>
      {Object.keys(data.abstract).length ? <section><h2>{t('knowledge.field.abstract')}</h2><LocalizedText state={state} text={data.abstract} original={data.originalLanguage} /></section> : null}
    </>
  );
}

function Sources(props: { sources: { citation: string; url?: string }[] }) {
  return <ul>{props.sources.map((source) => <li>{source.url ? <a href={source.url} rel="noopener noreferrer">{source.citation}</a> : source.citation}</li>)}</ul>;
}

function groupPersons(labels: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts];
}

function sentenceText(sentence: CaseData['defendants'][number]['sentence'], t: (key: string, params?: Record<string, string | number>) => string, locale: RequestState['locale']): string {
  if (!sentence) return '-';
  const parts: string[] = [];
  if (sentence.prisonMonths !== undefined) parts.push(t('knowledge.prison_months', { months: sentence.prisonMonths }) + (sentence.suspended ? ` (${t('knowledge.suspended')})` : ''));
  if (sentence.fineAmount !== undefined) parts.push(`${t('knowledge.fine')} ${formatNumber(locale, sentence.fineAmount)} ${sentence.fineCurrency ?? ''}`.trim());
  return parts.join('; ') || '-';
}
