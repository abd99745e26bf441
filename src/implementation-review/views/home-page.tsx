import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Field } from '../../core/http/components.tsx';
import { countryName } from '../../core/geo/countries.ts';
import type { CycleRow } from '../repository.ts';

export interface OwnAssessment { cycle: CycleRow; country: string; status: string }

/** The review's entry page: a focal point's questionnaires, reviewers' and admins' cycles, an admin's form for a new cycle. */
export function ReviewHomePage(props: {
  state: RequestState; cycles: CycleRow[]; own: OwnAssessment[]; canDashboard: boolean; canManage: boolean;
  treaties: { code: string; label: string }[]; values?: Record<string, string>; errors?: FieldError[];
}) {
  const { t, locale } = props.state;
  const treatyLabel = (code: string) => props.treaties.find((treaty) => treaty.code === code)?.label ?? code;
  return (
    <Layout state={props.state} title={t('review.title')}>
      <h1>{t('review.title')}</h1>
      <p class="lead">{t('review.intro')}</p>
      {props.own.length ? (
        <section>
          <h2>{t('review.your_questionnaires')}</h2>
          <table data-testid="own">
            <thead><tr><th>{t('review.cycle')}</th><th>{t('review.country')}</th><th>{t('review.status')}</th></tr></thead>
            <tbody>
              {props.own.map((item) => (
                <tr>
                  <td><a href={`/review/cycles/${item.cycle.id}/countries/${item.country}`}>{`${treatyLabel(item.cycle.treaty_code)} · ${item.cycle.name}`}</a></td>
                  <td>{countryName(item.country, locale)}</td>
                  <td>{t(`review.status.${item.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {props.canDashboard ? (
        <section>
          <h2>{t('review.cycles')}</h2>
          <table data-testid="cycles">
            <thead><tr><th>{t('review.treaty')}</th><th>{t('review.cycle')}</th><th>{t('review.version')}</th><th>{t('review.cycle_status')}</th></tr></thead>
            <tbody>
              {props.cycles.map((cycle) => (
                <tr>
                  <td>{treatyLabel(cycle.treaty_code)}</td>
                  <td><a href={`/review/cycles/${cycle.id}`}>{cycle.name}</a>{cycle.sample ? <> <span class="sample-mark">{t('review.sample')}</span></> : null}</td>
                  <td>{cycle.version}</td>
                  <td>{t(`review.cycle_status.${cycle.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {!props.own.length && !props.canDashboard ? <p>{t('review.nothing_for_you')}</p> : null}
      {props.canManage ? (
        <section>
          <h2 id="new-cycle">{t('review.new_cycle')}</h2>
          <p class="hint">{t('review.new_cycle_hint')}</p>
          <ErrorSummary t={t} errors={props.errors ?? []} labels={{ treatyCode: t('review.treaty'), name: t('review.cycle_name') }} />
          <form method="post" action="/review/cycles" class="stack">
            <CsrfField state={props.state} />
            <Field t={t} name="treatyCode" label={t('review.treaty')} errors={props.errors}>
              <select id="field-treatyCode" name="treatyCode">
                {props.treaties.map((treaty) => <option value={treaty.code} selected={props.values?.treatyCode === treaty.code}>{treaty.label}</option>)}
              </select>
            </Field>
            <Field t={t} name="name" label={t('review.cycle_name')} errors={props.errors} value={props.values?.name} required />
            <p><button type="submit" class="primary">{t('review.create_cycle')}</button></p>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
