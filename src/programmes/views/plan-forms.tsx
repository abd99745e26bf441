import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Field } from '../../core/http/components.tsx';
import { formText, type FormData } from '../../core/http/forms.ts';
import type { ProgrammeRow } from '../repository.ts';
import type { PlanDashboard, TargetProgress } from '../action-plans.ts';
import { PLAN_KINDS, PLAN_STATUSES, type PlanInput, type TargetInput } from '../plan-schemas.ts';
import { splitList } from './form-parts.tsx';

export function formToPlan(form: FormData): PlanInput {
  return {
    code: formText(form, 'code'), title: formText(form, 'title'), kind: formText(form, 'kind') as PlanInput['kind'], countries: splitList(formText(form, 'countries'), /[,;\s]+/),
    startDate: formText(form, 'startDate'), endDate: formText(form, 'endDate'), programme: formText(form, 'programme'), status: formText(form, 'status') as PlanInput['status'],
  };
}

export function planToForm(plan: PlanDashboard): FormData {
  return {
    code: plan.code, title: plan.title, kind: plan.kind, countries: plan.countries.join(', '), startDate: plan.startDate, endDate: plan.endDate,
    programme: plan.programmeCode ?? '', status: plan.status,
  };
}

export function formToTarget(form: FormData): TargetInput {
  return {
    area: formText(form, 'area'), code: formText(form, 'code'), description: formText(form, 'description'), indicator: formText(form, 'indicator'), unit: formText(form, 'unit'),
    baseline: formText(form, 'baseline'), targetValue: formText(form, 'targetValue'), dueDate: formText(form, 'dueDate'),
  };
}

export function targetToForm(target: TargetProgress, areaId: number): FormData {
  return {
    area: String(areaId), code: target.code, description: target.description, indicator: target.indicator, unit: target.unit ?? '',
    baseline: String(target.baseline), targetValue: String(target.targetValue), dueDate: target.dueDate,
  };
}

export function PlanFormPage(props: { state: RequestState; values: FormData; errors: FieldError[]; programmes: ProgrammeRow[]; id?: number }) {
  const { t } = props.state;
  const { errors } = props;
  const text = (name: string) => formText(props.values, name);
  const title = props.id ? t('programmes.plans.edit') : t('programmes.plans.new');
  const labels = {
    code: t('programmes.programmes.code'), title: t('programmes.field.title'), kind: t('programmes.plans.kind'), countries: t('programmes.field.countries'),
    startDate: t('programmes.field.start_date'), endDate: t('programmes.field.end_date'), programme: t('programmes.field.programme'), status: t('programmes.field.status'),
  };
  return (
    <Layout state={props.state} title={title}>
      <p><a href={props.id ? `/programmes/action-plans/${props.id}` : '/programmes/action-plans'}>{t('programmes.plans.title')}</a></p>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action={props.id ? `/programmes/action-plans/${props.id}/edit` : '/programmes/action-plans/new'} class="stack">
        <CsrfField state={props.state} />
        <Field t={t} name="code" label={labels.code} errors={errors} value={text('code')} required />
        <Field t={t} name="title" label={labels.title} errors={errors} value={text('title')} required />
        <Field t={t} name="kind" label={labels.kind} errors={errors} value={text('kind')}
          options={PLAN_KINDS.map((kind) => ({ value: kind, label: t(`programmes.plans.${kind}`) }))} />
        <Field t={t} name="countries" label={labels.countries} hint={t('programmes.programmes.countries_hint')} errors={errors} value={text('countries')} required />
        <Field t={t} name="startDate" label={labels.startDate} errors={errors} type="date" value={text('startDate')} required />
        <Field t={t} name="endDate" label={labels.endDate} errors={errors} type="date" value={text('endDate')} required />
        <Field t={t} name="programme" label={labels.programme} hint={t('programmes.plans.programme_hint')} errors={errors} value={text('programme')}
          empty="—" options={props.programmes.map((programme) => ({ value: programme.code, label: `${programme.code}: ${programme.name}` }))} />
        <Field t={t} name="status" label={labels.status} hint={t('programmes.plans.status_hint')} errors={errors} value={text('status')}
          options={PLAN_STATUSES.map((status) => ({ value: status, label: t(`programmes.${status}`) }))} />
        <button type="submit" class="primary">{t('programmes.save')}</button>
      </form>
    </Layout>
  );
}

export function TargetFormPage(props: { state: RequestState; plan: PlanDashboard; values: FormData; errors: FieldError[]; id?: number }) {
  const { t } = props.state;
  const { errors, plan } = props;
  const text = (name: string) => formText(props.values, name);
  const title = props.id ? t('programmes.plans.edit_target') : t('programmes.plans.new_target');
  const labels = {
    area: t('programmes.plans.area'), code: t('programmes.plans.target_code'), description: t('programmes.plans.target'), indicator: t('programmes.plans.indicator'),
    unit: t('programmes.plans.unit'), baseline: t('programmes.plans.baseline'), targetValue: t('programmes.plans.target_value'), dueDate: t('programmes.plans.due'),
  };
  return (
    <Layout state={props.state} title={title}>
      <p><a href={`/programmes/action-plans/${plan.id}`}>{plan.title}</a></p>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action={props.id ? `/programmes/action-plans/${plan.id}/targets/${props.id}/edit` : `/programmes/action-plans/${plan.id}/targets/new`} class="stack">
        <CsrfField state={props.state} />
        <Field t={t} name="area" label={labels.area} errors={errors} value={text('area')}
          options={plan.areas.map((area) => ({ value: String(area.id), label: area.name }))} />
        <Field t={t} name="code" label={labels.code} hint={t('programmes.plans.target_code_hint')} errors={errors} value={text('code')} required />
        <Field t={t} name="description" label={labels.description} errors={errors}>
          <textarea id="field-description" name="description" rows={3} required>{text('description')}</textarea>
        </Field>
        <Field t={t} name="indicator" label={labels.indicator} errors={errors} value={text('indicator')} required />
        <Field t={t} name="unit" label={labels.unit} hint={t('programmes.plans.unit_hint')} errors={errors} value={text('unit')} />
        <Field t={t} name="baseline" label={labels.baseline} hint={t('programmes.plans.number_hint')} errors={errors} value={text('baseline')} required />
        <Field t={t} name="targetValue" label={labels.targetValue} hint={t('programmes.plans.target_value_hint')} errors={errors} value={text('targetValue')} required />
        <Field t={t} name="dueDate" label={labels.dueDate} errors={errors} type="date" value={text('dueDate')} required />
        <button type="submit" class="primary">{t('programmes.save')}</button>
      </form>
    </Layout>
  );
}

/** The officer's controls under a plan's dashboard: add an area, rename or remove each one (an empty one only). */
export function AreaEditor(props: { state: RequestState; plan: PlanDashboard; errors: FieldError[]; values?: FormData; errorArea?: number }) {
  const { t } = props.state;
  const { plan } = props;
  const errorsFor = (areaId: number | undefined) => (props.errorArea === areaId ? props.errors : []);
  return (
    <section id="edit-areas" class="editor">
      <h2>{t('programmes.plans.edit_areas')}</h2>
      {plan.areas.map((area) => (
        <div class="area-editor" id={`edit-area-${area.id}`}>
          <ErrorSummary t={t} errors={errorsFor(area.id)} labels={{ name: t('programmes.plans.area'), area: t('programmes.plans.area') }} />
          <form method="post" action={`/programmes/action-plans/${plan.id}/areas/${area.id}`} class="inline">
            <CsrfField state={props.state} />
            <label>{t('programmes.plans.area')} <input type="text" name="name" value={props.errorArea === area.id ? formText(props.values ?? {}, 'name') : area.name} required /></label>
            <button type="submit">{t('programmes.plans.rename_area')}</button>
          </form>
          {area.targets.length === 0 ? (
            <form method="post" action={`/programmes/action-plans/${plan.id}/areas/${area.id}/delete`} class="inline">
              <CsrfField state={props.state} />
              <button type="submit" class="danger">{t('programmes.plans.delete_area')}</button>
            </form>
          ) : null}
        </div>
      ))}
      <ErrorSummary t={t} errors={errorsFor(undefined)} labels={{ name: t('programmes.plans.area') }} />
      <form method="post" action={`/programmes/action-plans/${plan.id}/areas`} class="inline" id="add-area">
        <CsrfField state={props.state} />
        <label>{t('programmes.plans.new_area')} <input type="text" name="name" value={props.errorArea === undefined ? formText(props.values ?? {}, 'name') : ''} required /></label>
        <button type="submit">{t('programmes.plans.add_area')}</button>
      </form>
    </section>
  );
}
