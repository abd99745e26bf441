import { Hono } from 'hono';
import type { AppContext, AppDeps, AppEnv } from '../core/http/context.ts';
import { formErrors, readForm, failedFormStatus } from '../core/http/forms.ts';
import { renderPage } from '../core/http/render.ts';
import { notFound } from '../core/errors.ts';
import { idParam, officerState } from './route-helpers.ts';
import { listProgrammes, listProjects } from './repository.ts';
import { saveProgramme, saveProject } from './structure-service.ts';
import { controlErrors } from './views/activity-pages.tsx';
import { formToProgramme, formToProject, ProgrammeFormPage, programmeToForm, ProjectFormPage, projectToForm } from './views/structure-forms.tsx';


/** The officers' forms for programmes, initiatives and projects (the structure activities are recorded under). */
export function structureRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;
  const programmeForm = async (c: AppContext, id?: number) => {
    const programmes = await listProgrammes(db);
    const programme = id === undefined ? undefined : programmes.find((item) => item.id === id);
    if (id !== undefined && !programme) throw notFound();
    return { programmes, programme };
  };

  app.get('/programmes/programmes/new', async (c) => {
    const state = officerState(c);
    return renderPage(c, <ProgrammeFormPage state={state} values={{ kind: 'programme', crimeFocus: 'tip' }} errors={[]} programmes={(await programmeForm(c)).programmes} />);
  });

  app.get('/programmes/programmes/:id/edit', async (c) => {
    const state = officerState(c);
    const id = idParam(c);
    const { programmes, programme } = await programmeForm(c, id);
    const row = await db.selectFrom('pm_programmes').select('description').where('id', '=', id).executeTakeFirstOrThrow();
    return renderPage(c, <ProgrammeFormPage state={state} id={id} values={programmeToForm({ ...programme!, description: row.description })} errors={[]} programmes={programmes} />);
  });

  for (const path of ['/programmes/programmes/new', '/programmes/programmes/:id/edit']) {
    app.post(path, async (c) => {
      const state = officerState(c);
      const id = path.endsWith('/edit') ? idParam(c) : undefined;
      const { programmes } = await programmeForm(c, id);
      const values = await readForm(c);
      try {
        await saveProgramme(db, state.actor, formToProgramme(values), id);
        return c.redirect('/programmes/programmes?done=programme', 303);
      } catch (error) {
        return renderPage(c, <ProgrammeFormPage state={state} id={id} values={values} errors={controlErrors(formErrors(error))} programmes={programmes} />, failedFormStatus(error));
      }
    });
  }

  app.get('/programmes/projects/new', async (c) => {
    const state = officerState(c);
    const programme = c.req.query('programme') ?? '';
    return renderPage(c, <ProjectFormPage state={state} values={{ programme }} errors={[]} programmes={await listProgrammes(db)} />);
  });

  app.get('/programmes/projects/:id/edit', async (c) => {
    const state = officerState(c);
    const id = idParam(c);
    const project = (await listProjects(db)).find((item) => item.id === id);
    if (!project) throw notFound();
    return renderPage(c, <ProjectFormPage state={state} id={id} values={projectToForm(project)} errors={[]} programmes={await listProgrammes(db)} />);
  });

  for (const path of ['/programmes/projects/new', '/programmes/projects/:id/edit']) {
    app.post(path, async (c) => {
      const state = officerState(c);
      const id = path.endsWith('/edit') ? idParam(c) : undefined;
      if (id !== undefined && !await db.selectFrom('pm_projects').select('id').where('id', '=', id).executeTakeFirst()) throw notFound();
      const values = await readForm(c);
      try {
        await saveProject(db, state.actor, formToProject(values), id);
        return c.redirect('/programmes/programmes?done=project#projects', 303);
      } catch (error) {
        return renderPage(c, <ProjectFormPage state={state} id={id} values={values} errors={controlErrors(formErrors(error))} programmes={await listProgrammes(db)} />, failedFormStatus(error));
      }
    });
  }

  return app;
}
