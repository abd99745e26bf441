import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../../core/http/components.tsx';
import { countryName } from '../../core/geo/countries.ts';
import { formatDate, formatNumber } from '../../core/i18n/format.ts';
import type { PlanDashboard, TargetProgress } from '../action-plans.ts';
import { StatusBadges } from './list-pages.tsx';
import { AreaEditor } from './plan-forms.tsx';
import type { FormData } from '../../core/http/forms.ts';

/** A progress bar in SVG (no inline style, so the CSP holds), with the percentage as text. */
function ProgressBar(props: { state: RequestState; value: number; overdue?: boolean }) {
  const percent = Math.round(props.value * 100);
  return (
    <span class="progress">
      <svg viewBox="0 0 100 8" class={props.overdue ? 'progress-bar overdue' : 'progress-bar'} aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
        <rect class="track" x="0" y="0" width="100" height="8" rx="2" />
        <rect class="fill" x="0" y="0" width={String(percent)} height="8" rx="2" />
      </svg>
      <span class="progress-value">{`${formatNumber(props.state.locale, percent)} %`}</span>
    </span>
  );
}

export function PlansPage(props: {
  state: RequestState; canEdit: boolean;
  plans: { id: number; code: string; title: string; kind: string; countries: string[]; start_date: string; end_date: string; status: string; sample: boolean }[];
}) {
  const { t, locale } = props.state;
  return (
    <Layout state={props.state} title={t('programmes.plans.title')}>
      <h1>{t('programmes.plans.title')}</h1>
      {props.canEdit ? <p class="actions"><a href="/programmes/action-plans/new" class="button">{t('programmes.plans.new')}</a></p> : null}
      <ul class="plain plans">
        {props.plans.map((plan) => (
          <li class="card">
            <h2><a href={`/programmes/action-plans/${plan.id}`}>{plan.title}</a> <StatusBadges state={props.state} status={plan.status} sample={plan.sample} /></h2>
            <p>{`${t(`programmes.plans.${plan.kind}`)} · ${plan.countries.map((iso3) => countryName(iso3, locale)).join(', ')} · ${formatDate(locale, plan.start_date)} – ${formatDate(locale, plan.end_date)}`}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

function TargetRow(props: { state: RequestState; planId: number; target: TargetProgress; canEdit: boolean; errors: FieldError[]; errorTarget?: number }) {
  const { t, locale } = props.state;
  const { target } = props;
  const status = target.achieved ? 'achieved' : target.overdue ? 'overdue' : 'on_track';
  const unit = target.unit ? ` ${target.unit}` : '';
  return (
    <tr class={`target ${status}`} id={`target-${target.id}`} data-status={status}>
      <td>{target.code}</td>
      <td>{target.description}<br /><span class="meta">{target.indicator}</span></td>
      <td class="number">{`${formatNumber(locale, target.baseline)}${unit}`}</td>
      <td class="number">{`${formatNumber(locale, target.targetValue)}${unit}`}</td>
      <td class="number">{target.latest ? `${formatNumber(locale, target.latest.value)}${unit} (${formatDate(locale, target.latest.date)})` : t('programmes.plans.not_measured')}</td>
      <td><ProgressBar state={props.state} value={target.progress} overdue={target.overdue} /></td>
      <td>{formatDate(locale, target.dueDate)} <span class={`badge ${status}`}>{t(`programmes.plans.${status}`)}</span></td>
      {props.canEdit ? (
        <td>
          <details open={props.errorTarget === target.id}>
            <summary>{t('programmes.plans.record_measure')}</summary>
            {props.errorTarget === target.id ? <ErrorSummary t={t} errors={props.errors} /> : null}
            <form method="post" action={`/programmes/action-plans/targets/${target.id}/measures`} class="stack">
              <CsrfField state={props.state} />
              <label>{t('programmes.field.date')} <input type="date" name="date" required /></label>
              <label>{t('programmes.field.value')} <input type="text" name="value" inputmode="decimal" required /></label>
              <label>{t('programmes.field.note')} <input type="text" name="note" /></label>
              <button type="submit">{t('programmes.save')}</button>
            </form>
          </details>
          <p class="actions"><a href={`/programmes/action-plans/${props.planId}/targets/${target.id}/edit`}>{t('programmes.plans.edit_target')}</a></p>
          {target.measurements.length === 0 ? (
            <form method="post" action={`/programmes/action-plans/${props.planId}/targets/${target.id}/delete`} class="inline">
              <CsrfField state={props.state} />
              <button type="submit" class="danger">{t('programmes.plans.delete_target')}</button>
            </form>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}

const PLAN_NOTICES = ['created', 'saved', 'measured', 'area_saved', 'area_deleted', 'target_saved', 'target_deleted'] as const;

/** The confirmation shown after an officer's change (the `done` query of the redirect). */
export function planNotice(t: RequestState['t'], done: string | undefined): string | undefined {
  return PLAN_NOTICES.find((notice) => notice === done) ? t(`programmes.plans.done.${done as (typeof PLAN_NOTICES)[number]}`) : undefined;
}

/** The plan's dashboard; officers also get the forms to edit its areas and targets and to record measures. */
export function PlanPage(props: {
  state: RequestState; plan: PlanDashboard; canEdit: boolean; notice?: string; errors?: FieldError[]; errorTarget?: number;
  areaEdit?: { errors: FieldError[]; values: FormData; areaId?: number };
}) {
  const { t, locale } = props.state;
  const { plan } = props;
  return (
    <Layout state={props.state} title={plan.title} wide>
      <p><a href="/programmes/action-plans">{t('programmes.plans.title')}</a></p>
      <h1>{plan.title} <StatusBadges state={props.state} status={plan.status} sample={plan.sample} /></h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.canEdit ? <p class="actions"><a href={`/programmes/action-plans/${plan.id}/edit`}>{t('programmes.plans.edit')}</a> <a href="#edit-areas">{t('programmes.plans.edit_areas')}</a></p> : null}
      <p class="lead" id="plan-summary" data-targets={plan.targets} data-achieved={plan.achieved} data-overdue={plan.overdue}>
        {t('programmes.plans.summary', { targets: plan.targets, areas: plan.areas.length, achieved: plan.achieved, overdue: plan.overdue })}
      </p>
      <p>{`${t(`programmes.plans.${plan.kind}`)} · ${plan.countries.map((iso3) => countryName(iso3, locale)).join(', ')} · ${formatDate(locale, plan.startDate)} – ${formatDate(locale, plan.endDate)}`}</p>
      <ProgressBar state={props.state} value={plan.progress} />
      <p class="downloads">{`${t('programmes.export')}: `}<a href={`/programmes/action-plans/${plan.id}/export.csv`}>{t('programmes.export_csv')}</a>{' '}
        <a href={`/programmes/action-plans/${plan.id}/export.xlsx`}>{t('programmes.export_xlsx')}</a></p>
      <h2>{t('programmes.plans.areas')}</h2>
      <table class="data areas">
        <thead><tr><th>{t('programmes.plans.area')}</th><th class="number">{t('programmes.plans.targets')}</th><th class="number">{t('programmes.plans.achieved')}</th><th class="number">{t('programmes.plans.overdue')}</th><th>{t('programmes.plans.progress')}</th></tr></thead>
        <tbody>
          {plan.areas.map((area) => (
            <tr><th scope="row"><a href={`#area-${area.id}`}>{area.name}</a></th><td class="number">{formatNumber(locale, area.targets.length)}</td>
              <td class="number">{formatNumber(locale, area.achieved)}</td><td class={area.overdue ? 'number overdue' : 'number'}>{formatNumber(locale, area.overdue)}</td>
              <td><ProgressBar state={props.state} value={area.progress} /></td></tr>
          ))}
        </tbody>
      </table>
      {plan.areas.map((area) => (
        <section id={`area-${area.id}`}>
          <h2>{area.name}</h2>
          <table class="data targets">
            <thead><tr>
              <th>{t('programmes.plans.target')}</th><th>{t('programmes.plans.indicator')}</th><th class="number">{t('programmes.plans.baseline')}</th>
              <th class="number">{t('programmes.plans.target_value')}</th><th class="number">{t('programmes.plans.latest')}</th><th>{t('programmes.plans.progress')}</th>
              <th>{t('programmes.plans.due')}</th>{props.canEdit ? <th>{t('programmes.plans.history')}</th> : null}
            </tr></thead>
            <tbody>{area.targets.map((target) => <TargetRow state={props.state} planId={plan.id} target={target} canEdit={props.canEdit} errors={props.errors ?? []} errorTarget={props.errorTarget} />)}</tbody>
          </table>
          {props.canEdit ? <p class="actions"><a href={`/programmes/action-plans/${plan.id}/targets/new?area=${area.id}`}>{t('programmes.plans.new_target')}</a></p> : null}
        </section>
      ))}
      {props.canEdit ? <AreaEditor state={props.state} plan={plan} errors={props.areaEdit?.errors ?? []} values={props.areaEdit?.values} errorArea={props.areaEdit?.areaId} /> : null}
    </Layout>
  );
}
