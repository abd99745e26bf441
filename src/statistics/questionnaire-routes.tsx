import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContext, AppDeps, AppEnv } from '../core/http/context.ts';
import { countriesFor, hasRole } from '../core/access/actor.ts';
import { allows, authorize } from '../core/access/policy.ts';
import { AppError, forbidden, notFound, ValidationError, type FieldError } from '../core/errors.ts';
import { formErrors, formText, readForm, failedFormStatus } from '../core/http/forms.ts';
import { renderPage } from '../core/http/render.ts';
import { listCountries } from '../core/geo/countries.ts';
import { rollUpCountryYear } from '../case-data/roll-up.ts';
import { statisticsPolicy } from './policy.ts';
import { listCountryYears } from './repository.ts';
import {
  acceptQuestionnaire, countryIdentity, publishQuestionnaire, readQuestionnaire, returnQuestionnaire, saveValues, submitQuestionnaire,
} from './questionnaire.ts';
import { gridParam, parseGridParam, valuesFromForm } from './grid.ts';
import { parseTemplate, templateBytes } from './template.ts';
import { ImportRejected } from '../core/files/import-problems.ts';
import { GridPage, type GridPageProps } from './views/questionnaire-pages.tsx';
import { QuestionnaireListPage } from './views/questionnaire-pages.tsx';
import { RollUpPage, rollUpDiff } from './views/roll-up-page.tsx';
import { keyOf, type StatValue } from './values.ts';

const NOTICES = ['saved', 'submitted', 'accepted', 'returned', 'published', 'uploaded', 'rolled_up'];

/** The focal point and reviewer pages: the list, the grids, the workflow, the template and the roll-up. */
export function questionnaireRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  const place = (c: AppContext) => {
    const year = Number(c.req.param('year'));
    const identity = countryIdentity(c.req.param('iso3') ?? '', /^\d{4}$/.test(c.req.param('year') ?? '') ? year : NaN);
    return { country: identity.country, year };
  };

  async function renderGrid(c: AppContext, extra: Partial<GridPageProps> = {}, status: ContentfulStatusCode = 200) {
    const state = c.get('state');
    const { country, year } = place(c);
    const view = await readQuestionnaire(db, state.actor, country, year);
    const can = {
      edit: allows(statisticsPolicy, state.actor, 'statistics.edit', country),
      submit: allows(statisticsPolicy, state.actor, 'statistics.submit', country),
      review: allows(statisticsPolicy, state.actor, 'statistics.review', country),
      publish: allows(statisticsPolicy, state.actor, 'statistics.publish', country),
      rollUp: allows(statisticsPolicy, state.actor, 'statistics.rollUp', country),
    };
    const notice = c.req.query('done');
    return renderPage(c, <GridPage state={state} view={view} grid={parseGridParam(c.req.query('grid'))} can={can} errors={[]}
      notice={notice && NOTICES.includes(notice) ? notice : undefined} {...extra} />, status);
  }

  app.get('/statistics/questionnaire', async (c) => {
    const state = c.get('state');
    const focal = countriesFor(state.actor, 'focal_point');
    const reviewer = hasRole(state.actor, 'reviewer');
    if (!reviewer && (focal === null ? false : focal.length === 0)) throw state.actor.kind === 'anonymous' ? new AppError('unauthenticated', 401, 'error.unauthenticated') : forbidden();
    const countries = reviewer || focal === null ? listCountries().map((country) => country.iso3) : focal;
    const rows = await listCountryYears(db, { countries: reviewer || focal === null ? null : focal });
    return renderPage(c, <QuestionnaireListPage state={state} rows={rows} countries={countries} defaultYear={new Date().getUTCFullYear() - 1} />);
  });

  app.get('/statistics/questionnaire/open', async (c) => {
    const country = (c.req.query('country') ?? '').toUpperCase();
    const year = c.req.query('year') ?? '';
    if (!/^[A-Z]{3}$/.test(country) || !/^\d{4}$/.test(year)) throw notFound();
    return c.redirect(`/statistics/questionnaire/${country}/${year}`, 303);
  });

  app.get('/statistics/questionnaire/:iso3/:year', (c) => renderGrid(c));

  app.post('/statistics/questionnaire/:iso3/:year/grid', async (c) => {
    const state = c.get('state');
    const { country, year } = place(c);
    const grid = parseGridParam(c.req.query('grid'));
    const form = Object.fromEntries(Object.entries(await readForm(c)).map(([key, value]) => [key, Array.isArray(value) ? value[0] ?? '' : value]));
    const view = await readQuestionnaire(db, state.actor, country, year);
    const { values, errors } = valuesFromForm(grid, form, view.values);
    try {
      if (errors.length) throw new ValidationError(errors);
      await saveValues(db, state.actor, country, year, { grids: [grid], values });
      return c.redirect(`/statistics/questionnaire/${country}/${year}?grid=${gridParam(grid)}&done=saved`, 303);
    } catch (error) {
      return renderGrid(c, { errors: formErrors(error), input: form }, failedFormStatus(error));
    }
  });

  const action = (path: string, run: (c: AppContext, country: string, year: number) => Promise<unknown>, notice: string) => {
    app.post(`/statistics/questionnaire/:iso3/:year/${path}`, async (c) => {
      const { country, year } = place(c);
      try {
        await run(c, country, year);
        return c.redirect(`/statistics/questionnaire/${country}/${year}?done=${notice}`, 303);
      } catch (error) {
        return renderGrid(c, { errors: formErrors(error) }, failedFormStatus(error));
      }
    });
  };
  action('submit', (c, country, year) => submitQuestionnaire(db, c.get('state').actor, country, year), 'submitted');
  action('accept', (c, country, year) => acceptQuestionnaire(db, c.get('state').actor, country, year), 'accepted');
  action('return', async (c, country, year) => returnQuestionnaire(db, c.get('state').actor, country, year, formText(await readForm(c), 'comment')), 'returned');
  action('publish', async (c, country, year) => publishQuestionnaire(db, c.get('state').actor, country, year, formText(await readForm(c), 'note')), 'published');

  app.get('/statistics/questionnaire/:iso3/:year/template.xlsx', async (c) => {
    const state = c.get('state');
    const { country, year } = place(c);
    authorize(statisticsPolicy, state.actor, 'statistics.edit', country);
    const view = await readQuestionnaire(db, state.actor, country, year);
    return new Response(new Uint8Array(await templateBytes(country, year, view.values)), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="ariadne-questionnaire-${country}-${year}.xlsx"`,
      },
    });
  });

  app.post('/statistics/questionnaire/:iso3/:year/upload', async (c) => {
    const state = c.get('state');
    const { country, year } = place(c);
    authorize(statisticsPolicy, state.actor, 'statistics.edit', country);
    const body = await c.req.parseBody();
    const file = body.file instanceof File && body.file.size > 0 ? body.file : undefined;
    try {
      if (!file) throw new ValidationError([{ field: 'file', message: 'statistics.error.no_file' }]);
      const values = await parseTemplate(new Uint8Array(await file.arrayBuffer()), file.name);
      await saveValues(db, state.actor, country, year, { values }, 'statistics.upload');
      return c.redirect(`/statistics/questionnaire/${country}/${year}?done=uploaded`, 303);
    } catch (error) {
      if (error instanceof ImportRejected) return renderGrid(c, { uploadProblems: error.problems }, 422);
      return renderGrid(c, { errors: formErrors(error, 'file') }, failedFormStatus(error));
    }
  });

  app.get('/statistics/questionnaire/:iso3/:year/roll-up', async (c) => {
    const state = c.get('state');
    const { country, year } = place(c);
    authorize(statisticsPolicy, state.actor, 'statistics.rollUp', country);
    const [view, computed] = await Promise.all([readQuestionnaire(db, state.actor, country, year), rollUpCountryYear(db, state.actor, country, year)]);
    return renderPage(c, <RollUpPage state={state} country={country} year={year} diff={rollUpDiff(computed, view.values)}
      canApply={allows(statisticsPolicy, state.actor, 'statistics.edit', country) && view.countryYear?.status !== 'submitted'} />);
  });

  app.post('/statistics/questionnaire/:iso3/:year/roll-up', async (c) => {
    const state = c.get('state');
    const { country, year } = place(c);
    authorize(statisticsPolicy, state.actor, 'statistics.edit', country);
    const [view, computed] = await Promise.all([readQuestionnaire(db, state.actor, country, year), rollUpCountryYear(db, state.actor, country, year)]);
    const merged = new Map(view.values.map((value) => [keyOf(value), value]));
    const source = state.t('statistics.rollup.source');
    for (const item of computed) {
      const value: StatValue = { ...item, state: 'number', value: item.value, source, notes: merged.get(keyOf(item))?.notes ?? '' };
      merged.set(keyOf(value), value);
    }
    try {
      await saveValues(db, state.actor, country, year, { values: [...merged.values()] }, 'statistics.roll_up');
      return c.redirect(`/statistics/questionnaire/${country}/${year}?done=rolled_up`, 303);
    } catch (error) {
      return renderGrid(c, { errors: formErrors(error) as FieldError[] }, failedFormStatus(error));
    }
  });

  app.get('/api/statistics/questionnaire/:iso3/:year', async (c) => {
    const { country, year } = place(c);
    const view = await readQuestionnaire(db, c.get('state').actor, country, year);
    return c.json({
      country, year, status: view.countryYear?.status ?? null, publishedRevision: view.countryYear?.published_revision ?? null,
      values: view.values.map(({ valueText: _text, categoryLabel: _label, ...value }) => value),
      errors: view.validation.errors, warnings: view.validation.warnings,
    });
  });

  return app;
}
