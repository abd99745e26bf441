import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContext, AppDeps, AppEnv } from '../core/http/context.ts';
import { formErrors, readForm, failedFormStatus } from '../core/http/forms.ts';
import { renderPage } from '../core/http/render.ts';
import { authorize } from '../core/access/policy.ts';
import { notFound, ValidationError, type FieldError } from '../core/errors.ts';
import { tableDownload } from '../core/files/write-table.ts';
import { programmesPolicy } from './policy.ts';
import { officerState } from './route-helpers.ts';
import { getActivity, listProgrammes } from './repository.ts';
import { saveActivity, saveOutcome, setActivityStatus } from './service.ts';
import { importFile, type ImportReport } from './import.ts';
import { ImportRejected } from '../core/files/import-problems.ts';
import { IMPORT_KINDS, type ImportKind } from './columns.ts';
import { templateTable } from './export.ts';
import { activityToForm, ActivityFormPage, controlErrors, formToActivity } from './views/activity-pages.tsx';
import { formToOutcome, ImportPage, OutcomeFormPage } from './views/data-pages.tsx';
import { structureRoutes } from './structure-routes.tsx';
import { planRoutes } from './plan-routes.tsx';

const isImportKind = (value: unknown): value is ImportKind => typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value);

/** The programme officers' pages: activity and outcome forms, publication, imports and templates (structure and action plans in their own modules). */
export function editorRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;
  app.route('/', structureRoutes(deps));
  app.route('/', planRoutes(deps));

  app.get('/programmes/activities/new', async (c) => {
    const state = officerState(c);
    return renderPage(c, <ActivityFormPage state={state} values={{ scope: 'national', status: 'draft' }} errors={[]} programmes={await listProgrammes(db)} />);
  });

  app.post('/programmes/activities/new', async (c) => {
    const state = officerState(c);
    const values = await readForm(c);
    try {
      const id = await saveActivity(db, state.actor, formToActivity(values));
      return c.redirect(`/programmes/activities/${id}?done=created`, 303);
    } catch (error) {
      return renderPage(c, <ActivityFormPage state={state} values={values} errors={controlErrors(formErrors(error))} programmes={await listProgrammes(db)} />, failedFormStatus(error));
    }
  });

  app.get('/programmes/activities/:id/edit', async (c) => {
    const state = officerState(c);
    const activity = await getActivity(db, Number(c.req.param('id')));
    if (!activity) throw notFound();
    return renderPage(c, <ActivityFormPage state={state} id={activity.id} values={activityToForm(activity)} errors={[]} programmes={await listProgrammes(db)} listed={activity.hasParticipantList} />);
  });

  app.post('/programmes/activities/:id/edit', async (c) => {
    const state = officerState(c);
    const activity = await getActivity(db, Number(c.req.param('id')));
    if (!activity) throw notFound();
    const values = await readForm(c);
    try {
      const input = formToActivity(values);
      if (activity.hasParticipantList) Object.assign(input, { female: activity.female, male: activity.male, unknown: activity.unknown, participation: [] });
      await saveActivity(db, state.actor, { ...input, externalId: activity.externalId ?? undefined }, activity.id);
      return c.redirect(`/programmes/activities/${activity.id}?done=saved`, 303);
    } catch (error) {
      return renderPage(c, <ActivityFormPage state={state} id={activity.id} values={values} errors={controlErrors(formErrors(error))} programmes={await listProgrammes(db)} listed={activity.hasParticipantList} />, failedFormStatus(error));
    }
  });

  for (const action of ['publish', 'unpublish'] as const) {
    app.post(`/programmes/activities/:id/${action}`, async (c) => {
      const state = officerState(c);
      const id = Number(c.req.param('id'));
      if (!Number.isSafeInteger(id)) throw notFound();
      await setActivityStatus(db, state.actor, id, action === 'publish' ? 'published' : 'draft');
      return c.redirect(`/programmes/activities/${id}?done=${action === 'publish' ? 'published' : 'unpublished'}`, 303);
    });
  }

  app.get('/programmes/outcomes/new', async (c) => {
    const state = officerState(c);
    return renderPage(c, <OutcomeFormPage state={state} values={{ status: 'draft', activity: c.req.query('activity') ?? '' }} errors={[]} programmes={await listProgrammes(db)} />);
  });

  app.post('/programmes/outcomes/new', async (c) => {
    const state = officerState(c);
    const values = await readForm(c);
    try {
      await saveOutcome(db, state.actor, formToOutcome(values));
      return c.redirect('/programmes/outcomes?drafts=1&done=created', 303);
    } catch (error) {
      return renderPage(c, <OutcomeFormPage state={state} values={values} errors={controlErrors(formErrors(error))} programmes={await listProgrammes(db)} />, failedFormStatus(error));
    }
  });

  const renderImport = (c: AppContext, props: { kind: ImportKind | ''; errors: FieldError[]; problems?: ImportRejected['problems']; report?: ImportReport; filename?: string }, status: ContentfulStatusCode = 200) => {
    const state = c.get('state');
    authorize(programmesPolicy, state.actor, 'programmes.import');
    return renderPage(c, <ImportPage state={state} {...props} />, status);
  };

  app.get('/programmes/import', (c) => renderImport(c, { kind: isImportKind(c.req.query('kind')) ? c.req.query('kind') as ImportKind : '', errors: [] }));

  app.post('/programmes/import', async (c) => {
    const state = c.get('state');
    authorize(programmesPolicy, state.actor, 'programmes.import');
    const body = await c.req.parseBody();
    const kind = isImportKind(body.kind) ? body.kind : '';
    const file = body.file instanceof File && body.file.size > 0 ? body.file : undefined;
    try {
      const missing: FieldError[] = [];
      if (!kind) missing.push({ field: 'kind', message: 'error.not_allowed_value' });
      if (!file) missing.push({ field: 'file', message: 'programmes.import.no_file' });
      if (missing.length || !kind || !file) throw new ValidationError(missing);
      const report = await importFile(db, state.actor, kind, { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name });
      return renderImport(c, { kind, errors: [], report, filename: file.name });
    } catch (error) {
      if (error instanceof ImportRejected) return renderImport(c, { kind, errors: [], problems: error.problems, filename: file?.name }, 422);
      return renderImport(c, { kind, errors: formErrors(error, 'file'), filename: file?.name }, failedFormStatus(error));
    }
  });

  app.get('/programmes/templates/:file', async (c) => {
    const state = c.get('state');
    authorize(programmesPolicy, state.actor, 'programmes.import');
    const match = /^([a-z]+)\.(csv|xlsx)$/.exec(c.req.param('file'));
    if (!match || !isImportKind(match[1])) throw notFound();
    return tableDownload(templateTable(match[1]), match[2] as 'csv' | 'xlsx');
  });

  return app;
}
