import { Hono } from 'hono';
import type { AppContext, AppDeps, AppEnv } from '../core/http/context.ts';
import { formErrors, formText, readForm, type FormData, failedFormStatus } from '../core/http/forms.ts';
import { renderPage } from '../core/http/render.ts';
import { notFound } from '../core/errors.ts';
import { idParam, officerState } from './route-helpers.ts';
import { listProgrammes } from './repository.ts';
import { planDashboard, type PlanDashboard } from './action-plans.ts';
import { deleteArea, deleteTarget, recordMeasurement, saveArea, savePlan, saveTarget } from './plan-service.ts';
import { formToPlan, formToTarget, PlanFormPage, planToForm, TargetFormPage, targetToForm } from './views/plan-forms.tsx';
import { PlanPage } from './views/plan-pages.tsx';
import { controlErrors } from './views/activity-pages.tsx';


/** The officers' forms for national action plans and regional frameworks: the heading, thematic areas, targets and their measures. */
export function planRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;
  const planOf = async (c: AppContext): Promise<PlanDashboard> => {
    const plan = await planDashboard(db, idParam(c, 'id'));
    if (!plan) throw notFound();
    return plan;
  };
  const targetOf = (plan: PlanDashboard, targetId: number) => {
    for (const area of plan.areas) {
      const target = area.targets.find((item) => item.id === targetId);
      if (target) return { area, target };
    }
    throw notFound();
  };
  const dashboard = (c: AppContext) => `/programmes/action-plans/${idParam(c, 'id')}`;
  /** The dashboard again, with the problem shown next to the area or target it concerns. */
  const planWithErrors = async (c: AppContext, error: unknown, place: { areaId?: number; values?: FormData; targetId?: number }) => {
    const plan = await planOf(c);
    const errors = formErrors(error);
    const areaEdit = place.targetId === undefined ? { errors, values: place.values ?? {}, areaId: place.areaId } : undefined;
    return renderPage(c, <PlanPage state={c.get('state')} plan={plan} canEdit areaEdit={areaEdit} errors={place.targetId === undefined ? [] : errors} errorTarget={place.targetId} />, failedFormStatus(error));
  };

  app.get('/programmes/action-plans/new', async (c) => {
    const state = officerState(c);
    return renderPage(c, <PlanFormPage state={state} values={{ kind: 'national', status: 'draft' }} errors={[]} programmes={await listProgrammes(db)} />);
  });

  app.post('/programmes/action-plans/new', async (c) => {
    const state = officerState(c);
    const values = await readForm(c);
    try {
      const id = await savePlan(db, state.actor, formToPlan(values));
      return c.redirect(`/programmes/action-plans/${id}?done=created#edit-areas`, 303);
    } catch (error) {
      return renderPage(c, <PlanFormPage state={state} values={values} errors={controlErrors(formErrors(error))} programmes={await listProgrammes(db)} />, failedFormStatus(error));
    }
  });

  app.get('/programmes/action-plans/:id/edit', async (c) => {
    const state = officerState(c);
    const plan = await planOf(c);
    return renderPage(c, <PlanFormPage state={state} id={plan.id} values={planToForm(plan)} errors={[]} programmes={await listProgrammes(db)} />);
  });

  app.post('/programmes/action-plans/:id/edit', async (c) => {
    const state = officerState(c);
    const plan = await planOf(c);
    const values = await readForm(c);
    try {
      await savePlan(db, state.actor, formToPlan(values), plan.id);
      return c.redirect(`${dashboard(c)}?done=saved`, 303);
    } catch (error) {
      return renderPage(c, <PlanFormPage state={state} id={plan.id} values={values} errors={controlErrors(formErrors(error))} programmes={await listProgrammes(db)} />, failedFormStatus(error));
    }
  });

  app.post('/programmes/action-plans/:id/areas', async (c) => {
    const state = officerState(c);
    const values = await readForm(c);
    try {
      await saveArea(db, state.actor, idParam(c, 'id'), { name: formText(values, 'name') });
      return c.redirect(`${dashboard(c)}?done=area_saved#edit-areas`, 303);
    } catch (error) {
      return planWithErrors(c, error, { values });
    }
  });

  app.post('/programmes/action-plans/:id/areas/:area', async (c) => {
    const state = officerState(c);
    const areaId = idParam(c, 'area');
    const values = await readForm(c);
    try {
      await saveArea(db, state.actor, idParam(c, 'id'), { name: formText(values, 'name') }, areaId);
      return c.redirect(`${dashboard(c)}?done=area_saved#area-${areaId}`, 303);
    } catch (error) {
      return planWithErrors(c, error, { values, areaId });
    }
  });

  app.post('/programmes/action-plans/:id/areas/:area/delete', async (c) => {
    const state = officerState(c);
    const areaId = idParam(c, 'area');
    await readForm(c);
    try {
      await deleteArea(db, state.actor, idParam(c, 'id'), areaId);
      return c.redirect(`${dashboard(c)}?done=area_deleted#edit-areas`, 303);
    } catch (error) {
      return planWithErrors(c, error, { areaId });
    }
  });

  app.get('/programmes/action-plans/:id/targets/new', async (c) => {
    const state = officerState(c);
    const plan = await planOf(c);
    return renderPage(c, <TargetFormPage state={state} plan={plan} values={{ area: c.req.query('area') ?? String(plan.areas[0]?.id ?? '') }} errors={[]} />);
  });

  app.post('/programmes/action-plans/:id/targets/new', async (c) => {
    const state = officerState(c);
    const plan = await planOf(c);
    const values = await readForm(c);
    try {
      const targetId = await saveTarget(db, state.actor, plan.id, formToTarget(values));
      return c.redirect(`${dashboard(c)}?done=target_saved#target-${targetId}`, 303);
    } catch (error) {
      return renderPage(c, <TargetFormPage state={state} plan={plan} values={values} errors={controlErrors(formErrors(error))} />, failedFormStatus(error));
    }
  });

  app.get('/programmes/action-plans/:id/targets/:target/edit', async (c) => {
    const state = officerState(c);
    const plan = await planOf(c);
    const { area, target } = targetOf(plan, idParam(c, 'target'));
    return renderPage(c, <TargetFormPage state={state} plan={plan} id={target.id} values={targetToForm(target, area.id)} errors={[]} />);
  });

  app.post('/programmes/action-plans/:id/targets/:target/edit', async (c) => {
    const state = officerState(c);
    const plan = await planOf(c);
    const { target } = targetOf(plan, idParam(c, 'target'));
    const values = await readForm(c);
    try {
      await saveTarget(db, state.actor, plan.id, formToTarget(values), target.id);
      return c.redirect(`${dashboard(c)}?done=target_saved#target-${target.id}`, 303);
    } catch (error) {
      return renderPage(c, <TargetFormPage state={state} plan={plan} id={target.id} values={values} errors={controlErrors(formErrors(error))} />, failedFormStatus(error));
    }
  });

  app.post('/programmes/action-plans/:id/targets/:target/delete', async (c) => {
    const state = officerState(c);
    const targetId = idParam(c, 'target');
    await readForm(c);
    try {
      await deleteTarget(db, state.actor, idParam(c, 'id'), targetId);
      return c.redirect(`${dashboard(c)}?done=target_deleted`, 303);
    } catch (error) {
      return planWithErrors(c, error, { targetId });
    }
  });

  app.post('/programmes/action-plans/targets/:target/measures', async (c) => {
    const state = officerState(c);
    const targetId = idParam(c, 'target');
    const form = await readForm(c);
    const target = await db.selectFrom('pm_plan_targets as t').innerJoin('pm_plan_areas as a', 'a.id', 't.area_id').select('a.plan_id').where('t.id', '=', targetId).executeTakeFirst();
    if (!target) throw notFound();
    try {
      await recordMeasurement(db, state.actor, targetId, { date: formText(form, 'date'), value: formText(form, 'value'), note: formText(form, 'note') });
      return c.redirect(`/programmes/action-plans/${target.plan_id}?done=measured#target-${targetId}`, 303);
    } catch (error) {
      const plan = await planDashboard(db, Number(target.plan_id));
      if (!plan) throw notFound();
      return renderPage(c, <PlanPage state={state} plan={plan} canEdit errors={formErrors(error)} errorTarget={targetId} />, failedFormStatus(error));
    }
  });

  return app;
}
