import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { AppContext, AppDeps, AppEnv, NavProvider } from '../core/http/context.ts';
import type { Database } from '../core/db/schema.ts';
import { renderPage } from '../core/http/render.ts';
import { allows, authorize } from '../core/access/policy.ts';
import { notFound } from '../core/errors.ts';
import { tableDownload, type TableDownloadFormat } from '../core/files/write-table.ts';
import { programmesPolicy } from './policy.ts';
import { activityTypesFromQuery, filterFromQuery, outcomeTypesFromQuery, type ListFilter } from './filters.ts';
import { impactReport } from './report.ts';
import { getActivity, LIST_PAGE_SIZE, listActivities, listCasesAdded, listCountries, listOutcomes, listParticipants, listProgrammes, listProjects, latestPublishedYear, outcomesOfActivity } from './repository.ts';
import { activitiesTable, countriesTable, figuresTable, outcomesTable, planTable } from './export.ts';
import { listPlans, planDashboard } from './action-plans.ts';
import { presentReport } from './presenters.ts';
import { editorRoutes } from './editor-routes.tsx';
import { ReportPage } from './views/report-page.tsx';
import { YearInReviewPage } from './views/year-in-review-page.tsx';
import { ActivitiesPage, CasesPage, CountriesPage, OutcomesPage, ProgrammesPage } from './views/list-pages.tsx';
import { ActivityPage } from './views/activity-pages.tsx';
import { PlanPage, planNotice, PlansPage } from './views/plan-pages.tsx';

/** Links this capability adds to the main navigation (each checked against its policy). */
export const programmesNavigation: NavProvider = ({ t, actor }) => (allows(programmesPolicy, actor, 'programmes.viewReports') ? [{ href: '/programmes', label: t('programmes.nav') }] : []);

const FORMATS: TableDownloadFormat[] = ['csv', 'xlsx'];

export async function hasSampleRecords(db: Kysely<Database>): Promise<boolean> {
  return Boolean(await db.selectFrom('pm_activities').select('id').where('sample', '=', true).limit(1).executeTakeFirst());
}

/** The years that have activities, for choosing a year in review. */
async function activityYears(db: Kysely<Database>): Promise<number[]> {
  const row = await db.selectFrom('pm_activities').select((eb) => [eb.fn.min('start_date').as('first'), eb.fn.max('start_date').as('last')]).executeTakeFirst();
  const now = new Date().getUTCFullYear();
  const first = row?.first ? Number(String(row.first).slice(0, 4)) : now;
  const last = row?.last ? Number(String(row.last).slice(0, 4)) : now;
  return Array.from({ length: last - first + 1 }, (_, index) => last - index);
}

/** Pages and /api routes of this capability: public reports and lists, and (editor-routes.tsx) the officers' forms and imports. */
export function programmesRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  const reader = (c: AppContext) => {
    const state = c.get('state');
    authorize(programmesPolicy, state.actor, 'programmes.viewReports');
    return state;
  };
  /** The filter of a list; drafts only for those who may see them and ask. */
  const listFilter = (c: AppContext): ListFilter => {
    const query = c.req.queries();
    const scope = c.req.query('scope');
    return {
      ...filterFromQuery(query, { defaultPeriod: 'all' }), types: activityTypesFromQuery(query),
      scope: scope === 'national' || scope === 'regional' ? scope : undefined,
      includeDrafts: c.req.query('drafts') === '1' && allows(programmesPolicy, c.get('state').actor, 'programmes.viewUnpublished'),
    };
  };

  /** A report's filter; without a period, the latest year that has published activities. */
  const reportFilter = async (c: AppContext) => {
    const query = c.req.queries();
    const explicit = ['year', 'from', 'to'].some((name) => query[name]?.[0]);
    return filterFromQuery(query, { defaultYear: explicit ? undefined : await latestPublishedYear(db) });
  };

  app.get('/programmes', async (c) => {
    const state = reader(c);
    const filter = await reportFilter(c);
    const [report, programmes, hasSamples] = await Promise.all([impactReport(db, filter), listProgrammes(db), hasSampleRecords(db)]);
    return renderPage(c, <ReportPage state={state} report={report} programmes={programmes} hasSamples={hasSamples} />);
  });

  app.get('/api/programmes/impact', async (c) => {
    reader(c);
    return c.json(presentReport(await impactReport(db, await reportFilter(c)), new URL(c.req.url).origin));
  });

  for (const format of FORMATS) {
    app.get(`/programmes/report.${format}`, async (c) => {
      const state = reader(c);
      return tableDownload(figuresTable(await impactReport(db, await reportFilter(c)), state.t), format);
    });
    app.get(`/programmes/activities/export.${format}`, async (c) => {
      reader(c);
      return tableDownload(await activitiesTable(db, listFilter(c)), format);
    });
    app.get(`/programmes/countries/export.${format}`, async (c) => {
      const state = reader(c);
      const filter = listFilter(c);
      return tableDownload(countriesTable(await listCountries(db, filter), state.t, filter), format);
    });
    app.get(`/programmes/action-plans/:id/export.${format}`, async (c) => {
      const state = reader(c);
      const plan = await planDashboard(db, Number(c.req.param('id')));
      if (!plan || (plan.status !== 'published' && !allows(programmesPolicy, state.actor, 'programmes.viewUnpublished'))) throw notFound();
      return tableDownload(planTable(plan, state.t), format);
    });
    app.get(`/programmes/outcomes/export.${format}`, async (c) => {
      reader(c);
      const filter = listFilter(c);
      return tableDownload(await outcomesTable(db, { ...filter, types: outcomeTypesFromQuery(c.req.queries()) }), format);
    });
  }

  app.get('/programmes/year-in-review', async (c) => {
    const state = reader(c);
    const yearParam = c.req.query('year') ?? '';
    const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : (await latestPublishedYear(db)) ?? new Date().getUTCFullYear() - 1;
    const programmes = await listProgrammes(db);
    const code = c.req.query('programme');
    const programme = code ? programmes.find((item) => item.code === code) : undefined;
    if (code && !programme) throw notFound();
    const filter = { from: `${year}-01-01`, to: `${year}-12-31`, programmes: programme ? [programme.code] : [], countries: [] };
    const [report, years, hasSamples] = await Promise.all([impactReport(db, filter), activityYears(db), hasSampleRecords(db)]);
    return renderPage(c, <YearInReviewPage state={state} year={year} programme={programme} report={report} years={years.includes(year) ? years : [year, ...years]} programmes={programmes} hasSamples={hasSamples} />);
  });

  app.get('/programmes/activities', async (c) => {
    const state = reader(c);
    const filter = listFilter(c);
    const page = Math.max(1, Math.min(10_000, Number(c.req.query('page')) || 1));
    const [list, programmes] = await Promise.all([listActivities(db, filter, page), listProgrammes(db)]);
    const pages = Math.max(1, Math.ceil(list.totals.activities / LIST_PAGE_SIZE));
    return renderPage(c, <ActivitiesPage state={state} filter={filter} rows={list.rows} totals={list.totals} page={page} pages={pages} programmes={programmes}
      canEdit={allows(programmesPolicy, state.actor, 'programmes.edit')} />);
  });

  app.get('/api/programmes/activities', async (c) => {
    reader(c);
    const page = Math.max(1, Math.min(10_000, Number(c.req.query('page')) || 1));
    const list = await listActivities(db, listFilter(c), page);
    return c.json({ page, pageSize: LIST_PAGE_SIZE, totals: list.totals, activities: list.rows });
  });

  app.route('/', editorRoutes(deps));

  app.get('/programmes/activities/:id', async (c) => {
    const state = reader(c);
    const activity = await getActivity(db, Number(c.req.param('id')));
    if (!activity || (activity.status !== 'published' && !allows(programmesPolicy, state.actor, 'programmes.viewUnpublished'))) throw notFound();
    const participants = allows(programmesPolicy, state.actor, 'programmes.viewParticipants') && activity.hasParticipantList ? await listParticipants(db, activity.id) : undefined;
    const outcomes = await outcomesOfActivity(db, activity.id, allows(programmesPolicy, state.actor, 'programmes.viewUnpublished'));
    const done = c.req.query('done');
    const notice = done ? state.t(`programmes.activities.${done === 'created' ? 'created' : done === 'published' ? 'published_notice' : done === 'unpublished' ? 'unpublished_notice' : 'saved'}`) : undefined;
    return renderPage(c, <ActivityPage state={state} activity={activity} canEdit={allows(programmesPolicy, state.actor, 'programmes.edit')} participants={participants} notice={notice} outcomes={outcomes} />);
  });

  app.get('/programmes/countries', async (c) => {
    const state = reader(c);
    const filter = listFilter(c);
    const [rows, programmes] = await Promise.all([listCountries(db, filter), listProgrammes(db)]);
    return renderPage(c, <CountriesPage state={state} filter={filter} rows={rows} programmes={programmes} />);
  });

  app.get('/programmes/outcomes', async (c) => {
    const state = reader(c);
    const filter = { ...listFilter(c), types: outcomeTypesFromQuery(c.req.queries()) };
    const [list, programmes] = await Promise.all([listOutcomes(db, filter), listProgrammes(db)]);
    return renderPage(c, <OutcomesPage state={state} filter={filter} rows={list.rows} records={list.records} quantity={list.quantity} programmes={programmes}
      canEdit={allows(programmesPolicy, state.actor, 'programmes.edit')} notice={c.req.query('done') === 'created' ? state.t('programmes.outcomes.created') : undefined} />);
  });

  app.get('/programmes/cases', async (c) => {
    const state = reader(c);
    const filter = filterFromQuery(c.req.queries(), { defaultPeriod: 'all' });
    const list = await listCasesAdded(db, filter);
    return renderPage(c, <CasesPage state={state} filter={filter} rows={list.rows} total={list.total} programmes={[]} />);
  });

  app.get('/programmes/programmes', async (c) => {
    const state = reader(c);
    const done = c.req.query('done');
    const [programmes, projects] = await Promise.all([listProgrammes(db), listProjects(db)]);
    return renderPage(c, <ProgrammesPage state={state} programmes={programmes} projects={projects} canEdit={allows(programmesPolicy, state.actor, 'programmes.edit')}
      notice={done === 'programme' || done === 'project' ? state.t(`programmes.${done}s.saved`) : undefined} />);
  });

  app.get('/programmes/action-plans', async (c) => {
    const state = reader(c);
    return renderPage(c, <PlansPage state={state} plans={await listPlans(db, allows(programmesPolicy, state.actor, 'programmes.viewUnpublished'))}
      canEdit={allows(programmesPolicy, state.actor, 'programmes.edit')} />);
  });

  app.get('/programmes/action-plans/:id', async (c) => {
    const state = reader(c);
    const plan = await planDashboard(db, Number(c.req.param('id')));
    if (!plan || (plan.status !== 'published' && !allows(programmesPolicy, state.actor, 'programmes.viewUnpublished'))) throw notFound();
    return renderPage(c, <PlanPage state={state} plan={plan} canEdit={allows(programmesPolicy, state.actor, 'programmes.edit')}
      notice={planNotice(state.t, c.req.query('done'))} />);
  });

  return app;
}
