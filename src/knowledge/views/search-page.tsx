import { raw } from 'hono/html';
import type { FieldError } from '../../core/errors.ts';
import type { RequestState } from '../../core/http/context.ts';
import { ErrorSummary } from '../../core/http/components.tsx';
import { Layout } from '../../core/http/layout.tsx';
import { countryName } from '../../core/geo/countries.ts';
import { formatNumber } from '../../core/i18n/format.ts';
import { FACETS, facetValueLabel, type FacetDefinition } from '../search/facets.ts';
import { searchQueryString } from '../search/request.ts';
import { parseQuery } from '../search/query-text.ts';
import { foldForSearch } from '../search/search-text.ts';
import type { SearchRequest, SearchResult } from '../search/search.ts';
import { KINDS } from '../schemas.ts';

const SHOWN_VALUES = 8;

export function SearchPage(props: { state: RequestState; request: SearchRequest; result: SearchResult; errors: FieldError[] }) {
  const { t, locale } = props.state;
  const { request, result } = props;
  const query = searchQueryString(request, { page: 1 });
  const pages = Math.max(1, Math.ceil(result.total / request.pageSize));
  const kindCounts = new Map((result.facets.kind ?? []).map((item) => [item.value, item.count]));
  const selectedKinds = request.filters.kind ?? [];
  const visibleFacets = FACETS.filter((facet) => facet.name !== 'kind' && (result.facets[facet.name]?.length || request.filters[facet.name]?.length)
    && (selectedKinds.length === 0 || facet.kinds.some((kind) => selectedKinds.includes(kind))));
  return (
    <Layout state={props.state} title={request.q ? `${request.q} · ${t('knowledge.title')}` : t('knowledge.title')} wide>
      <h1>{t('knowledge.title')}</h1>
      <p class="lead">{t('knowledge.intro')}</p>
      <ErrorSummary t={t} errors={props.errors} />
      <form method="get" action="/knowledge" class="search-box" role="search">
        {selectedKinds.map((kind) => <input type="hidden" name="kind" value={kind} />)}
        <label for="q">{t('knowledge.search_label')}</label>
        <div class="search-row">
          <input id="q" type="search" name="q" value={request.q} placeholder={t('knowledge.search_placeholder')} />
          <button type="submit" class="primary">{t('knowledge.search')}</button>
        </div>
        <details class="hint"><summary>{t('knowledge.syntax')}</summary><p>{t('knowledge.syntax_help')}</p></details>
      </form>
      <nav class="tabs" aria-label={t('knowledge.databases')}>
        <a href={`/knowledge?${searchQueryString(request, { page: 1, filters: { ...request.filters, kind: [] } })}`} aria-current={selectedKinds.length === 0 ? 'page' : undefined}>
          {t('knowledge.all_databases')}
        </a>
        {KINDS.map((kind) => (
          <a href={`/knowledge?${searchQueryString(request, { page: 1, filters: { ...request.filters, kind: [kind] } })}`} aria-current={selectedKinds.length === 1 && selectedKinds[0] === kind ? 'page' : undefined}>
            {`${t(`knowledge.kind_plural.${kind}`)} (${formatNumber(locale, kindCounts.get(kind) ?? 0)})`}
          </a>
        ))}
      </nav>
      <div class="search-layout">
        <aside class="facets" aria-label={t('knowledge.refine')}>
          <form method="get" action="/knowledge" data-autosubmit="true">
            {request.q ? <input type="hidden" name="q" value={request.q} /> : null}
            {request.sort !== (request.q ? 'relevance' : 'date') ? <input type="hidden" name="sort" value={request.sort} /> : null}
            {selectedKinds.map((kind) => <input type="hidden" name="kind" value={kind} />)}
            <fieldset class="years">
              <legend>{t('knowledge.facet.year')}</legend>
              <label>{t('knowledge.year_from')} <input type="number" name="yearFrom" min={1800} max={2100} value={request.yearFrom?.toString() ?? ''} /></label>
              <label>{t('knowledge.year_to')} <input type="number" name="yearTo" min={1800} max={2100} value={request.yearTo?.toString() ?? ''} /></label>
            </fieldset>
            {visibleFacets.filter((facet) => facet.name !== 'year').map((facet) => <FacetGroup state={props.state} facet={facet} request={request} result={result} />)}
            <button type="submit">{t('knowledge.apply')}</button>
            <a href={request.q ? `/knowledge?q=${encodeURIComponent(request.q)}` : '/knowledge'}>{t('knowledge.clear')}</a>
          </form>
        </aside>
        <section class="results" aria-live="polite">
          <div class="results-head">
            <p><strong data-testid="total">{t('knowledge.results', { count: result.total })}</strong></p>
            <form method="get" action="/knowledge" class="inline sort">
              {[...new URLSearchParams(searchQueryString(request, { page: 1 }))].filter(([name]) => name !== 'sort').map(([name, value]) => <input type="hidden" name={name} value={value} />)}
              <label>{t('knowledge.sort')} <select name="sort">
                {(['relevance', 'date', 'added'] as const).map((sort) => <option value={sort} selected={request.sort === sort}>{t(`knowledge.sort.${sort}`)}</option>)}
              </select></label>
              <button type="submit">{t('knowledge.apply')}</button>
            </form>
            <p class="exports">
              {t('knowledge.export')}{' '}
              <a href={`/knowledge/export.csv?${query}`}>CSV</a>{' · '}
              <a href={`/knowledge/export.xlsx?${query}`}>XLSX</a>{' · '}
              <a href={`/knowledge/export.json?${query}`}>JSON</a>{' · '}
              <a href={`/knowledge/feed.atom?${query}`}>{t('knowledge.feed')}</a>
            </p>
          </div>
          <FacetOffers state={props.state} request={request} result={result} facets={visibleFacets} />
          <ol class="hits" start={(request.page - 1) * request.pageSize + 1}>
            {result.results.map((hit) => (
              <li class="hit">
                <p class="meta"><span class={`badge ${hit.kind}`}>{t(`knowledge.kind.${hit.kind}`)}</span>{' '}
                  {[hit.countries.map((code) => countryName(code, locale)).join(', '), hit.year?.toString() ?? ''].filter(Boolean).join(' · ')}</p>
                <h2><a href={`/knowledge/records/${hit.id}`} lang={hit.language} dir={hit.language === 'ar' ? 'rtl' : 'ltr'}>{hit.title}</a></h2>
                {hit.snippetHtml ? <p class="snippet" dir="auto">{raw(hit.snippetHtml)}</p> : null}
              </li>
            ))}
          </ol>
          {result.total === 0 ? <p>{t('knowledge.no_results')}</p> : null}
          {result.suggestions.length ? (
            <p class="suggestions">{t('knowledge.did_you_mean')}{' '}
              {result.suggestions.map((suggestion, index) => <>{index ? ' · ' : ''}<a href={`/knowledge?${searchQueryString({ ...request, q: suggestion }, { page: 1 })}`}>{suggestion}</a></>)}
            </p>
          ) : null}
          {pages > 1 ? (
            <nav class="pager" aria-label={t('pager.label')}>
              {request.page > 1 ? <a rel="prev" href={`/knowledge?${searchQueryString(request, { page: request.page - 1 })}`}>{t('pager.previous')}</a> : null}
              <span>{t('knowledge.page_of', { page: request.page, pages })}</span>
              {request.page < pages && request.page < 500 ? <a rel="next" href={`/knowledge?${searchQueryString(request, { page: request.page + 1 })}`}>{t('pager.next')}</a> : null}
            </nav>
          ) : null}
        </section>
      </div>
    </Layout>
  );
}

/**
 * A word of the query that names a classified term (`organ`: "Organ removal") offers that filter,
 * since the word alone also finds other words of the same stem (organization).
 */
function FacetOffers(props: { state: RequestState; request: SearchRequest; result: SearchResult; facets: FacetDefinition[] }) {
  const { t, locale } = props.state;
  const words = new Set(parseQuery(props.request.q).required.flat().filter((term) => term.type === 'word').map((term) => foldForSearch(term.text).toLowerCase()));
  if (!words.size || !props.result.total) return null;
  const offers = props.facets.filter((facet) => facet.name !== 'year' && facet.name !== 'kind').flatMap((facet) => (props.result.facets[facet.name] ?? [])
    .filter((item) => item.count > 0 && !(props.request.filters[facet.name] ?? []).includes(item.value))
    .filter((item) => foldForSearch(facetValueLabel(facet, item.value, t, locale)).toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => words.has(word)))
    .map((item) => ({ facet, item }))).slice(0, 3);
  if (!offers.length) return null;
  return (
    <p class="facet-offers">{t('knowledge.facet_offers')}{' '}
      {offers.map(({ facet, item }, index) => (
        <>{index ? ' · ' : ''}<a href={`/knowledge?${searchQueryString(props.request, { page: 1, filters: { ...props.request.filters, [facet.name]: [...(props.request.filters[facet.name] ?? []), item.value] } })}`}>
          {`${t(`knowledge.facet.${facet.name}`)}: ${facetValueLabel(facet, item.value, t, locale)} (${formatNumber(locale, item.count)})`}
        </a></>
      ))}
    </p>
  );
}

function FacetGroup(props: { state: RequestState; facet: FacetDefinition; request: SearchRequest; result: SearchResult }) {
  const { t, locale } = props.state;
  const selected = props.request.filters[props.facet.name] ?? [];
  const counts = props.result.facets[props.facet.name] ?? [];
  const known = new Set(counts.map((item) => item.value));
  const items = [...counts, ...selected.filter((value) => !known.has(value)).map((value) => ({ value, count: 0 }))];
  const shown = items.filter((item, index) => index < SHOWN_VALUES || selected.includes(item.value));
  const rest = items.filter((item) => !shown.includes(item));
  const option = (item: { value: string; count: number }) => (
    <li>
      <label class="check">
        <input type="checkbox" name={props.facet.name} value={item.value} checked={selected.includes(item.value)} />
        <span>{facetValueLabel(props.facet, item.value, t, locale)}</span>
        <span class="count">{formatNumber(locale, item.count)}</span>
      </label>
    </li>
  );
  return (
    <fieldset class="facet" data-facet={props.facet.name}>
      <legend>{t(`knowledge.facet.${props.facet.name}`)}</legend>
      <ul class="plain">{shown.map(option)}</ul>
      {rest.length ? <details><summary>{t('knowledge.more_values', { count: rest.length })}</summary><ul class="plain">{rest.map(option)}</ul></details> : null}
    </fieldset>
  );
}
