import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { AppContext, AppDeps, AppEnv, NavProvider } from '../core/http/context.ts';
import type { Database } from '../core/db/schema.ts';
import { hasRole } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { notFound } from '../core/errors.ts';
import { getCountry } from '../core/geo/countries.ts';
import { renderPage } from '../core/http/render.ts';
import { tableDownload } from '../core/files/write-table.ts';
import { statisticsPolicy } from './policy.ts';
import { publishedYears } from './repository.ts';
import { analyse, type AnalysisRequest } from './analysis/analysis.ts';
import { parseArea, type Area } from './analysis/scope.ts';
import { analysisJson, analysisTable, TABLE_NAMES, type TableName } from './analysis/downloads.ts';
import { AnalysisPage } from './views/analysis-page.tsx';
import { questionnaireRoutes } from './questionnaire-routes.tsx';
import { countriesFor } from '../core/access/actor.ts';

/** Links this capability adds to the main navigation (each checked against its policy). */
export const statisticsNavigation: NavProvider = (state) => {
  const links = [{ href: '/statistics', label: state.t('statistics.nav') }];
  const countries = countriesFor(state.actor, 'focal_point');
  if (hasRole(state.actor, 'reviewer') || (countries !== null && countries.length > 0) || countries === null && hasRole(state.actor, 'focal_point')) {
    links.push({ href: '/statistics/questionnaire', label: state.t('statistics.nav_questionnaire') });
  }
  return links;
};

const year = (value: string | undefined): number | undefined => (value && /^\d{4}$/.test(value) ? Number(value) : undefined);

/** The analysis asked for in the query, within the years that have published data. */
export async function analysisRequest(db: Kysely<Database>, query: (name: string) => string | undefined, area?: Area): Promise<AnalysisRequest> {
  const years = await publishedYears(db);
  const last = years[years.length - 1] ?? new Date().getUTCFullYear() - 1;
  const first = years[0] ?? last;
  let yearFrom = year(query('from')) ?? Math.max(first, last - 9);
  let yearTo = year(query('to')) ?? last;
  if (yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  yearFrom = Math.max(yearFrom, yearTo - 60);
  return { area: area ?? parseArea(query('area')), yearFrom, yearTo };
}

async function hasSampleData(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('st_country_years').select('id').where('sample', '=', true).where('published_revision', 'is not', null).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Pages and /api routes of this capability. */
export function statisticsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;
  const publicState = (c: AppContext) => {
    const state = c.get('state');
    authorize(statisticsPolicy, state.actor, 'statistics.viewPublished');
    return state;
  };

  app.get('/statistics', async (c) => {
    const state = publicState(c);
    const request = await analysisRequest(db, (name) => c.req.query(name));
    const analysis = await analyse(db, request);
    return renderPage(c, <AnalysisPage state={state} analysis={analysis} years={await publishedYears(db)} sampleData={await hasSampleData(db)} />);
  });

  app.get('/statistics/countries/:iso3', async (c) => {
    const state = publicState(c);
    const country = getCountry(c.req.param('iso3'));
    if (!country || country.historical || country.iso3 !== c.req.param('iso3').toUpperCase()) throw notFound();
    const request = await analysisRequest(db, (name) => c.req.query(name), { kind: 'country', iso3: country.iso3 });
    const analysis = await analyse(db, request);
    return renderPage(c, <AnalysisPage state={state} analysis={analysis} years={await publishedYears(db)} countryPage={`/statistics/countries/${country.iso3}`} sampleData={await hasSampleData(db)} />);
  });

  app.get('/statistics/tables/:file', async (c) => {
    const state = publicState(c);
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(c.req.param('file'));
    if (!match || !(TABLE_NAMES as readonly string[]).includes(match[1])) throw notFound();
    const analysis = await analyse(db, await analysisRequest(db, (name) => c.req.query(name)));
    return tableDownload(analysisTable(analysis, match[1] as TableName, state.t, state.locale), match[2] as 'csv' | 'xlsx');
  });

  app.get('/api/statistics/analysis', async (c) => {
    publicState(c);
    const analysis = await analyse(db, await analysisRequest(db, (name) => c.req.query(name)));
    return c.json(analysisJson(analysis) as object);
  });

  app.route('/', questionnaireRoutes(deps));
  return app;
}
