import { Hono } from 'hono';
import { Readable } from 'node:stream';
import type { AppContext, AppDeps, AppEnv } from '../core/http/context.ts';
import { renderPage } from '../core/http/render.ts';
import { allows, authorize } from '../core/access/policy.ts';
import { notFound, ValidationError, type FieldError } from '../core/errors.ts';
import { getCountry } from '../core/geo/countries.ts';
import { knowledgePolicy } from './policy.ts';
import { searchPublished, type SearchRequest, type SearchResult } from './search/search.ts';
import { PAGE_SIZE, searchRequestFromQuery } from './search/request.ts';
import { EXPORT_CONTENT_TYPES, exportStream, type ExportFormat } from './export.ts';
import { atomFeed } from './feed.ts';
import { getPublished, publishedLinks } from './repository.ts';
import { publicRecordData, recordUrl } from './presenters.ts';
import { countrySummary } from './country.ts';
import { readAttachment } from './attachments.ts';
import type { Kind, RecordData } from './schemas.ts';
import { SearchPage } from './views/search-page.tsx';
import { RecordPage } from './views/record-page.tsx';
import { CountryPage } from './views/country-page.tsx';

export function knowledgeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const baseUrl = (c: AppContext) => process.env.PUBLIC_URL || new URL(c.req.url).origin;

  app.get('/knowledge', async (c) => {
    const state = c.get('state');
    authorize(knowledgePolicy, state.actor, 'knowledge.search');
    let request: SearchRequest;
    let errors: FieldError[] = [];
    try {
      request = searchRequestFromQuery(c.req.queries());
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors = error.fields;
      request = { q: c.req.query('q') ?? '', filters: {}, sort: 'date', page: 1, pageSize: PAGE_SIZE };
    }
    const result: SearchResult = await searchPublished(deps.db, request, state.locale);
    return renderPage(c, <SearchPage state={state} request={request} result={result} errors={errors} />, errors.length ? 422 : 200);
  });

  app.get('/api/knowledge/search', async (c) => {
    const state = c.get('state');
    authorize(knowledgePolicy, state.actor, 'knowledge.search');
    const request = searchRequestFromQuery(c.req.queries());
    const result = await searchPublished(deps.db, request, state.locale);
    return c.json({
      total: result.total,
      page: request.page,
      pageSize: request.pageSize,
      facets: result.facets,
      results: result.results.map((hit) => ({ ...hit, url: recordUrl(baseUrl(c), hit.id) })),
      suggestions: result.suggestions,
    });
  });

  for (const format of ['csv', 'xlsx', 'json'] as ExportFormat[]) {
    app.get(`/knowledge/export.${format}`, (c) => {
      const { actor } = c.get('state');
      authorize(knowledgePolicy, actor, 'knowledge.search');
      const request = searchRequestFromQuery(c.req.queries());
      const stream = exportStream(deps.db, request, format, baseUrl(c), { personDetails: allows(knowledgePolicy, actor, 'knowledge.viewPersonDetails') });
      return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
        'Content-Type': EXPORT_CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="ariadne-knowledge-${new Date().toISOString().slice(0, 10)}.${format}"`,
      });
    });
  }

  app.get('/knowledge/feed.atom', async (c) => {
    const state = c.get('state');
    authorize(knowledgePolicy, state.actor, 'knowledge.search');
    const request = { ...searchRequestFromQuery(c.req.queries()), sort: 'added' as const, page: 1, pageSize: 50 };
    const result = await searchPublished(deps.db, request, state.locale);
    return c.body(atomFeed({ baseUrl: baseUrl(c), request, result, t: state.t }), 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  app.get('/knowledge/records/:id', async (c) => {
    const state = c.get('state');
    authorize(knowledgePolicy, state.actor, 'knowledge.search');
    const id = Number(c.req.param('id'));
    const record = Number.isSafeInteger(id) ? await getPublished(deps.db, id) : undefined;
    if (!record) throw notFound();
    const kind = record.kind as Kind;
    const links = await publishedLinks(deps.db, id);
    const attachments = await deps.db.selectFrom('kn_attachments').select(['id', 'filename', 'content_type', 'size_bytes']).where('record_id', '=', id).execute();
    return renderPage(c, <RecordPage state={state} id={id} kind={kind} data={publicRecordData(kind, record.data as RecordData)} links={links}
      attachments={attachments} url={recordUrl(baseUrl(c), id)} publishedAt={new Date(record.published_at)} />);
  });

  app.get('/api/knowledge/records/:id', async (c) => {
    authorize(knowledgePolicy, c.get('state').actor, 'knowledge.search');
    const id = Number(c.req.param('id'));
    const record = Number.isSafeInteger(id) ? await getPublished(deps.db, id) : undefined;
    if (!record) throw notFound();
    const kind = record.kind as Kind;
    return c.json({ id, url: recordUrl(baseUrl(c), id), kind, version: record.version, publishedAt: record.published_at, ...publicRecordData(kind, record.data as RecordData) });
  });

  app.get('/knowledge/attachments/:id', async (c) => {
    const file = await readAttachment(deps.db, c.get('state').actor, Number(c.req.param('id')));
    // Only PDF and UTF-8 text are accepted on upload; served sandboxed so that nothing in them runs here.
    return c.body(file.content as unknown as ArrayBuffer, 200, {
      'Content-Type': file.content_type,
      'Content-Disposition': `inline; filename="${file.filename.replace(/"/g, '')}"`,
      'Content-Security-Policy': 'sandbox; default-src \'none\'; style-src \'unsafe-inline\'',
      'Cache-Control': 'private, max-age=300',
    });
  });

  app.get('/knowledge/countries/:code', async (c) => {
    const state = c.get('state');
    authorize(knowledgePolicy, state.actor, 'knowledge.search');
    const country = getCountry(c.req.param('code'));
    if (!country) throw notFound();
    const summary = await countrySummary(deps.db, country.iso3, state.locale);
    return renderPage(c, <CountryPage state={state} country={country.iso3} summary={summary} />);
  });

  return app;
}
