import { Hono } from 'hono';
import { Readable } from 'node:stream';
import { hasRole, type Actor } from '../core/access/actor.ts';
import { allows, authorize } from '../core/access/policy.ts';
import { AppError, forbidden, notFound, ValidationError } from '../core/errors.ts';
import type { AppContext, AppDeps, AppEnv, NavProvider } from '../core/http/context.ts';
import { formErrors, readForm, failedFormStatus } from '../core/http/forms.ts';
import { renderPage } from '../core/http/render.ts';
import { getCountry } from '../core/geo/countries.ts';
import { exportHtcds, type HtcdsFormat } from './export.ts';
import { LIST_SEPARATOR, type PersonRole } from './htcds/columns.ts';
import { htcdsRowOf } from './htcds/write-row.ts';
import { importHtcds } from './import.ts';
import { ImportRejected } from '../core/files/import-problems.ts';
import { caseDataCountries, caseDataPolicy } from './policy.ts';
import { countriesWithRecords, findCase, findPerson, listCases, personsOfCase, yearsOfCountry, type CaseFilter } from './repository.ts';
import { rollUpCountryYear } from './roll-up.ts';
import { addPerson, auditExport, createCase, deleteCase, deletePerson, updateCase, updatePerson, type CellValues } from './service.ts';
import { CasePage } from './views/case-page.tsx';
import { CaseFormPage, PersonFormPage } from './views/form-pages.tsx';
import { ImportPage } from './views/import-page.tsx';
import { CountriesPage, ListPage, PAGE_SIZE } from './views/list-page.tsx';

/** Links this capability adds to the main navigation: only for those who may see some country's case data. */
export const caseDataNavigation: NavProvider = (state) => {
  const countries = caseDataCountries(state.actor);
  const any = countries === null ? hasRole(state.actor, 'reviewer') : countries.length > 0;
  return any ? [{ href: '/case-data', label: state.t('case_data.nav') }] : [];
};

const NOTICES = ['created', 'saved', 'deleted', 'person_added'];

/** The form as HTCDS cells: checkbox groups (repeated names) joined with ';'. */
async function cellsOf(c: AppContext): Promise<CellValues> {
  const form = await readForm(c);
  const values: CellValues = {};
  for (const [name, value] of Object.entries(form)) {
    if (name === '_csrf') continue;
    values[name] = (Array.isArray(value) ? value.join(LIST_SEPARATOR) : value).trim();
  }
  return values;
}

function idParam(value: string): number {
  if (!/^\d{1,15}$/.test(value)) throw notFound();
  return Number(value);
}

/**
 * The national case-level database: pages under /case-data/{ISO3}/..., API under
 * /api/case-data/{ISO3}/.... Every route first resolves the country and checks that the actor
 * may see that country's records (403 otherwise, 404 for a case of another country).
 */
export function caseDataRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  /** The request's state and country once the actor may see the country's case data. */
  const scoped = (c: AppContext) => {
    const state = c.get('state');
    const country = getCountry(c.req.param('country') ?? '')?.iso3;
    if (!country || c.req.param('country') !== country) throw notFound();
    authorize(caseDataPolicy, state.actor, 'caseData.view', country);
    return { state, country };
  };
  const caseOf = async (country: string, id: string) => {
    const stored = await findCase(db, country, idParam(id));
    if (!stored) throw notFound();
    return stored;
  };
  const notice = (c: AppContext) => (NOTICES.includes(c.req.query('done') ?? '') ? c.req.query('done') : undefined);

  app.get('/case-data', async (c) => {
    const state = c.get('state');
    const countries = caseDataCountries(state.actor);
    if (state.actor.kind === 'anonymous') throw new AppError('unauthenticated', 401, 'error.unauthenticated');
    if (countries !== null && !countries.length) throw forbidden();
    // Global reviewers see the countries that have records (any other is one address away).
    const listed = countries ?? await countriesWithRecords(db);
    return renderPage(c, <CountriesPage state={state} countries={listed} />);
  });

  app.get('/case-data/:country', async (c) => {
    const { state, country } = scoped(c);
    const filter = readFilter(c);
    const page = Math.max(1, Math.min(100_000, Number(c.req.query('page')) || 1));
    const [{ rows, total }, years] = await Promise.all([listCases(db, country, filter, page, PAGE_SIZE), yearsOfCountry(db, country)]);
    return renderPage(c, <ListPage state={state} country={country} filter={filter} years={years} rows={rows} total={total} page={page} notice={notice(c)} />);
  });

  app.get('/case-data/:country/cases/new', (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.edit', country);
    return renderPage(c, <CaseFormPage state={state} country={country} values={{}} errors={[]} />);
  });

  app.post('/case-data/:country/cases', async (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.edit', country);
    const values = await cellsOf(c);
    try {
      const id = await createCase(db, state.actor, country, values);
      return c.redirect(`/case-data/${country}/cases/${id}?done=created`, 303);
    } catch (error) {
      return renderPage(c, <CaseFormPage state={state} country={country} values={values} errors={formErrors(error, 'ari_CaseId')} />, failedFormStatus(error));
    }
  });

  app.get('/case-data/:country/cases/:id', async (c) => {
    const { state, country } = scoped(c);
    const stored = await caseOf(country, c.req.param('id'));
    return renderPage(c, <CasePage state={state} stored={stored} persons={await personsOfCase(db, stored.id)} notice={notice(c)} />);
  });

  app.get('/case-data/:country/cases/:id/edit', async (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.edit', country);
    const stored = await caseOf(country, c.req.param('id'));
    const values = { ari_CaseId: stored.case_ref, org_Name: stored.org_name ?? '', org_Type: stored.org_type ?? '', ari_Source: stored.source ?? '', cas_Status: stored.status ?? '' };
    return renderPage(c, <CaseFormPage state={state} country={country} caseId={stored.id} caseRef={stored.case_ref} values={values} errors={[]} />);
  });

  app.post('/case-data/:country/cases/:id/edit', async (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.edit', country);
    const stored = await caseOf(country, c.req.param('id'));
    const values = await cellsOf(c);
    try {
      await updateCase(db, state.actor, country, stored.id, values);
      return c.redirect(`/case-data/${country}/cases/${stored.id}?done=saved`, 303);
    } catch (error) {
      return renderPage(c, <CaseFormPage state={state} country={country} caseId={stored.id} caseRef={stored.case_ref} values={values} errors={formErrors(error, 'ari_CaseId')} />, failedFormStatus(error));
    }
  });

  app.post('/case-data/:country/cases/:id/delete', async (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.edit', country);
    const stored = await caseOf(country, c.req.param('id'));
    await deleteCase(db, state.actor, country, stored.id);
    return c.redirect(`/case-data/${country}?done=deleted`, 303);
  });

  app.get('/case-data/:country/cases/:id/persons/new', async (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.edit', country);
    const stored = await caseOf(country, c.req.param('id'));
    const role: PersonRole = c.req.query('role') === 'Perpetrator' ? 'Perpetrator' : 'Victim';
    return renderPage(c, <PersonFormPage state={state} country={country} caseId={stored.id} caseRef={stored.case_ref} role={role} values={{ ari_PersonRole: role }} errors={[]} />);
  });

  app.post('/case-data/:country/cases/:id/persons', async (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.edit', country);
    const stored = await caseOf(country, c.req.param('id'));
    const values = await cellsOf(c);
    const role: PersonRole = values.ari_PersonRole === 'Perpetrator' ? 'Perpetrator' : 'Victim';
    try {
      await addPerson(db, state.actor, country, stored.id, { ...values, ari_PersonRole: role });
      return c.redirect(`/case-data/${country}/cases/${stored.id}?done=person_added`, 303);
    } catch (error) {
      return renderPage(c, <PersonFormPage state={state} country={country} caseId={stored.id} caseRef={stored.case_ref} role={role} values={values} errors={formErrors(error, 'ari_PersonId')} />, failedFormStatus(error));
    }
  });

  app.get('/case-data/:country/cases/:id/persons/:person/edit', async (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.edit', country);
    const stored = await caseOf(country, c.req.param('id'));
    const person = await findPerson(db, stored.id, idParam(c.req.param('person')));
    if (!person) throw notFound();
    return renderPage(c, <PersonFormPage state={state} country={country} caseId={stored.id} caseRef={stored.case_ref} personId={person.id} role={person.role} values={htcdsRowOf(stored, person)} errors={[]} />);
  });

  app.post('/case-data/:country/cases/:id/persons/:person/edit', async (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.edit', country);
    const stored = await caseOf(country, c.req.param('id'));
    const person = await findPerson(db, stored.id, idParam(c.req.param('person')));
    if (!person) throw notFound();
    const values = { ...(await cellsOf(c)), ari_PersonRole: person.role };
    try {
      await updatePerson(db, state.actor, country, stored.id, person.id, values);
      return c.redirect(`/case-data/${country}/cases/${stored.id}?done=saved`, 303);
    } catch (error) {
      return renderPage(c, <PersonFormPage state={state} country={country} caseId={stored.id} caseRef={stored.case_ref} personId={person.id} role={person.role} values={values} errors={formErrors(error, 'ari_PersonId')} />, failedFormStatus(error));
    }
  });

  app.post('/case-data/:country/cases/:id/persons/:person/delete', async (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.edit', country);
    const stored = await caseOf(country, c.req.param('id'));
    await deletePerson(db, state.actor, country, stored.id, idParam(c.req.param('person')));
    return c.redirect(`/case-data/${country}/cases/${stored.id}?done=deleted`, 303);
  });

  app.get('/case-data/:country/import', (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.import', country);
    return renderPage(c, <ImportPage state={state} country={country} errors={[]} />);
  });

  app.post('/case-data/:country/import', async (c) => {
    const { state, country } = scoped(c);
    authorize(caseDataPolicy, state.actor, 'caseData.import', country);
    const body = await c.req.parseBody();
    const file = body.file instanceof File && body.file.size > 0 ? body.file : undefined;
    try {
      if (!file) throw new ValidationError([{ field: 'file', message: 'case_data.import.no_file' }]);
      const report = await importHtcds(db, state.actor, { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name }, { country });
      return renderPage(c, <ImportPage state={state} country={country} errors={[]} report={report} filename={file.name} />);
    } catch (error) {
      if (error instanceof ImportRejected) return renderPage(c, <ImportPage state={state} country={country} errors={[]} problems={error.problems} truncated={error.truncated} filename={file?.name} />, 422);
      return renderPage(c, <ImportPage state={state} country={country} errors={formErrors(error, 'file')} filename={file?.name} />, failedFormStatus(error));
    }
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/case-data/:country/export.${format}`, async (c) => {
      const { state, country } = scoped(c);
      return exportResponse(c, state.actor, country, format);
    });
  }

  const exportResponse = async (c: AppContext, actor: Actor, country: string, format: HtcdsFormat) => {
    authorize(caseDataPolicy, actor, 'caseData.export', country);
    const chunks: Uint8Array[] = [];
    for await (const chunk of exportHtcds(db, actor, country, format)) chunks.push(chunk);
    await auditExport(db, actor, country, format);
    c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', `attachment; filename="htcds-${country}.${format}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(Readable.toWeb(Readable.from(chunks)) as ReadableStream);
  };

  // --- API -----------------------------------------------------------------------------

  app.get('/api/case-data/:country/cases', async (c) => {
    const { country } = scoped(c);
    const page = Math.max(1, Math.min(100_000, Number(c.req.query('page')) || 1));
    const { rows, total } = await listCases(db, country, readFilter(c), page, PAGE_SIZE);
    c.header('Cache-Control', 'no-store');
    return c.json({ country, total, page, pageSize: PAGE_SIZE, cases: rows });
  });

  app.get('/api/case-data/:country/cases/:id', async (c) => {
    const { country } = scoped(c);
    const stored = await caseOf(country, c.req.param('id'));
    const persons = await personsOfCase(db, stored.id);
    c.header('Cache-Control', 'no-store');
    return c.json({ id: stored.id, sample: stored.sample, persons: persons.map((person) => htcdsRowOf(stored, person)) });
  });

  app.get('/api/case-data/:country/roll-up', async (c) => {
    const { state, country } = scoped(c);
    if (!allows(caseDataPolicy, state.actor, 'caseData.rollUp', country)) throw notFound();
    const year = Number(c.req.query('year'));
    if (!Number.isInteger(year)) throw new ValidationError([{ field: 'year', message: 'case_data.error.year' }]);
    c.header('Cache-Control', 'no-store');
    return c.json({ country, year, values: await rollUpCountryYear(db, state.actor, country, year) });
  });

  return app;
}

function readFilter(c: AppContext): CaseFilter {
  const year = c.req.query('year');
  return {
    q: (c.req.query('q') ?? '').trim().slice(0, 100) || undefined,
    status: c.req.query('status') || undefined,
    year: year && /^\d{4}$/.test(year) ? Number(year) : undefined,
    exploitation: c.req.query('exploitation') || undefined,
  };
}
