import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContext, AppDeps, AppEnv, NavProvider } from '../core/http/context.ts';
import { formErrors, formText, readForm, failedFormStatus } from '../core/http/forms.ts';
import { renderPage } from '../core/http/render.ts';
import { allows, authorize } from '../core/access/policy.ts';
import { ValidationError, type FieldError } from '../core/errors.ts';
import { tableDownload } from '../core/files/write-table.ts';
import { cooperationPolicy } from './policy.ts';
import { changeStatus, createRequest, ownCountries, readForEditing, readRequest, updateRequest } from './service.ts';
import { addDocument, readDocument } from './documents.ts';
import { dashboardVisible, exportVisible, listVisible, parseFilters } from './reading.ts';
import { requestsTable } from './export.ts';
import { formValues, rowToValues } from './form-input.ts';
import { todayUtc } from './dates.ts';
import type { ListFilters } from './schemas.ts';
import { cooperationApiRoutes } from './api-routes.ts';
import { DashboardPage } from './views/dashboard-page.tsx';
import { ListPage } from './views/list-page.tsx';
import { RequestFormPage } from './views/form-page.tsx';
import { RequestPage, type ActionAttempt } from './views/request-page.tsx';

/** Links this capability adds to the main navigation (each checked against its policy). */
export const cooperationNavigation: NavProvider = ({ t, actor }) =>
  allows(cooperationPolicy, actor, 'cooperation.use') ? [{ href: '/cooperation', label: t('cooperation.nav') }] : [];


/** The document's name in Content-Disposition: ASCII in `filename`, the exact name in `filename*`. */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Pages and /api routes of this capability. */
export function cooperationRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;
  const id = (c: AppContext) => Number(c.req.param('id'));

  app.get('/cooperation', async (c) => {
    const state = c.get('state');
    const dashboard = await dashboardVisible(db, state.actor);
    return renderPage(c, <DashboardPage state={state} dashboard={dashboard} canCreate={allows(cooperationPolicy, state.actor, 'cooperation.create')}
      allCorridors={c.req.query('corridors') === 'all'} />);
  });

  app.get('/cooperation/requests', async (c) => {
    const state = c.get('state');
    authorize(cooperationPolicy, state.actor, 'cooperation.use');
    const query = c.req.query();
    let filters: ListFilters = {};
    let errors: FieldError[] = [];
    try {
      filters = parseFilters(query);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors = error.fields;
    }
    const result = errors.length ? { total: 0, page: 1, rows: [], pageSize: 50 } : await listVisible(db, state.actor, filters);
    return renderPage(c, <ListPage state={state} query={query} errors={errors} {...result} today={todayUtc()}
      canCreate={allows(cooperationPolicy, state.actor, 'cooperation.create')} />, errors.length ? 422 : 200);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/cooperation/requests/export.${format}`, async (c) => {
      const state = c.get('state');
      authorize(cooperationPolicy, state.actor, 'cooperation.use');
      const rows = await exportVisible(db, state.actor, parseFilters(c.req.query()), format);
      const response = await tableDownload(requestsTable(rows, state.t, todayUtc()), format);
      response.headers.set('Cache-Control', 'private, no-store');
      return response;
    });
  }

  const newDefaults = (own: string[]) => ({ kind: 'mutual_legal_assistance', requestingCountry: own[0] ?? '', legalBasis: 'untoc_article_18', crimeType: 'trafficking_in_persons' });

  app.get('/cooperation/requests/new', (c) => {
    const state = c.get('state');
    authorize(cooperationPolicy, state.actor, 'cooperation.create');
    const own = ownCountries(state.actor);
    return renderPage(c, <RequestFormPage state={state} values={newDefaults(own)} errors={[]} ownCountries={own} />);
  });

  app.post('/cooperation/requests/new', async (c) => {
    const state = c.get('state');
    authorize(cooperationPolicy, state.actor, 'cooperation.create');
    const values = formValues(await readForm(c));
    try {
      const created = await createRequest(db, state.actor, values);
      return c.redirect(`/cooperation/requests/${created}?done=created`, 303);
    } catch (error) {
      return renderPage(c, <RequestFormPage state={state} values={values} errors={formErrors(error)} ownCountries={ownCountries(state.actor)} />, failedFormStatus(error));
    }
  });

  const renderRequest = async (c: AppContext, options: { notice?: string; attempt?: ActionAttempt; status?: ContentfulStatusCode } = {}) => {
    const state = c.get('state');
    const view = await readRequest(db, state.actor, id(c), 'page');
    return renderPage(c, <RequestPage state={state} {...view} today={todayUtc()} notice={options.notice} attempt={options.attempt} />, options.status ?? 200);
  };

  app.get('/cooperation/requests/:id{[0-9]+}', (c) => renderRequest(c, { notice: c.req.query('done') }));

  app.get('/cooperation/requests/:id{[0-9]+}/edit', async (c) => {
    const state = c.get('state');
    const row = await readForEditing(db, state.actor, id(c));
    return renderPage(c, <RequestFormPage state={state} values={rowToValues(row)} errors={[]} ownCountries={ownCountries(state.actor)}
      editing={{ id: row.id, countriesFixed: row.status !== 'drafted' }} />);
  });

  app.post('/cooperation/requests/:id{[0-9]+}/edit', async (c) => {
    const state = c.get('state');
    const values = formValues(await readForm(c));
    try {
      await updateRequest(db, state.actor, id(c), values);
      return c.redirect(`/cooperation/requests/${id(c)}?done=saved`, 303);
    } catch (error) {
      const errors = formErrors(error);
      const row = await readForEditing(db, state.actor, id(c));
      return renderPage(c, <RequestFormPage state={state} values={values} errors={errors} ownCountries={ownCountries(state.actor)}
        editing={{ id: row.id, countriesFixed: row.status !== 'drafted' }} />, failedFormStatus(error));
    }
  });

  app.post('/cooperation/requests/:id{[0-9]+}/status', async (c) => {
    const state = c.get('state');
    const form = await readForm(c);
    const values = { to: formText(form, 'to'), onDate: formText(form, 'onDate'), note: formText(form, 'note') };
    try {
      await changeStatus(db, state.actor, id(c), values);
      return c.redirect(`/cooperation/requests/${id(c)}?done=status`, 303);
    } catch (error) {
      return renderRequest(c, { attempt: { to: values.to, values, errors: formErrors(error, 'to') }, status: failedFormStatus(error) });
    }
  });

  app.post('/cooperation/requests/:id{[0-9]+}/documents', async (c) => {
    const state = c.get('state');
    const body = await c.req.parseBody();
    const description = typeof body.description === 'string' ? body.description : '';
    try {
      const file = body.file instanceof File && body.file.size > 0 ? body.file : undefined;
      if (!file) throw new ValidationError([{ field: 'file', message: 'cooperation.error.no_file' }]);
      await addDocument(db, state.actor, id(c), { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()), description });
      return c.redirect(`/cooperation/requests/${id(c)}?done=document`, 303);
    } catch (error) {
      return renderRequest(c, { attempt: { to: 'document', values: { description }, errors: formErrors(error, 'file') }, status: failedFormStatus(error) });
    }
  });

  app.get('/cooperation/documents/:id{[0-9]+}', async (c) => {
    const document = await readDocument(db, c.get('state').actor, id(c));
    // The type was checked against the content on upload; never shown inline, never run here.
    return c.body(document.content as unknown as ArrayBuffer, 200, {
      'Content-Type': document.content_type,
      'Content-Disposition': attachmentDisposition(document.filename),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': 'sandbox; default-src \'none\'',
      'Cache-Control': 'private, no-store',
    });
  });

  app.route('/', cooperationApiRoutes(deps));
  return app;
}
