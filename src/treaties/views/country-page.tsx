import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Field, Notice } from '../../core/http/components.tsx';
import { countryName } from '../../core/geo/countries.ts';
import type { CountryTextsRow, EventRow, TreatyRow } from '../repository.ts';
import { ACTIONS, type CountryStatus, type PartyPeriod } from '../parties.ts';
import { EventDate, IllustrativeMark } from './common.tsx';
import { actionLabel, statusLabel, treatyLabel } from './labels.ts';

export interface CountryPageProps {
  state: RequestState;
  treaty: TreatyRow;
  iso3: string;
  events: EventRow[];
  texts?: CountryTextsRow;
  statusToday: CountryStatus;
  periods: PartyPeriod[];
  today: string;
  canEdit: boolean;
  notice?: string;
  eventValues?: Record<string, string>;
  eventErrors?: FieldError[];
  textValues?: Record<string, string>;
  textErrors?: FieldError[];
}

const dateText = (date: string, precision: string) => (precision === 'year' ? date.slice(0, 4) : date);

/** One country under one treaty: its recorded actions, declarations, reservations and notes. */
export function TreatyCountryPage(props: CountryPageProps) {
  const { t, locale } = props.state;
  const name = countryName(props.iso3, locale);
  const base = `/treaties/${props.treaty.code}/countries/${props.iso3}`;
  const eventValues = props.eventValues ?? {};
  const textValues = props.textValues ?? { declarations: props.texts?.declarations ?? '', reservations: props.texts?.reservations ?? '', notes: props.texts?.notes ?? '' };
  const eventLabels = { country: t('treaties.country'), action: t('treaties.action'), date: t('treaties.date'), effective_date: t('treaties.effective_date'), source: t('treaties.source'), treaty: t('treaties.treaty'), illustrative: t('treaties.illustrative') };
  return (
    <Layout state={props.state} title={`${name} · ${treatyLabel(t, props.treaty)}`}>
      <p><a href={`/treaties/${props.treaty.code}`}>{`← ${treatyLabel(t, props.treaty)}`}</a></p>
      <h1>{`${name} · ${treatyLabel(t, props.treaty)}`}</h1>
      {props.notice ? <Notice kind="success">{t(`treaties.notice.${props.notice}`)}</Notice> : null}
      <p data-testid="status-today">{t('treaties.status_today', { date: props.today, status: statusLabel(t, props.statusToday) })}</p>
      <p><a href={`/programmes/activities?country=${props.iso3}`}>{t('treaties.activities_link')}</a> · <a href={`/knowledge/countries/${props.iso3}`}>{t('treaties.knowledge_link')}</a></p>

      {props.periods.length ? (
        <>
          <h2>{t('treaties.periods_heading')}</h2>
          <ul data-testid="periods">
            {props.periods.map((period) => (
              <li>{period.until
                ? t('treaties.period_closed', { action: actionLabel(t, period.action), since: dateText(period.since, period.precision), until: period.until })
                : t('treaties.period_open', { action: actionLabel(t, period.action), since: dateText(period.since, period.precision) })}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t('treaties.actions_heading')}</h2>
      {props.events.length ? (
        <table class="events">
          <thead><tr><th>{t('treaties.date')}</th><th>{t('treaties.action')}</th><th>{t('treaties.effective_date')}</th><th>{t('treaties.source')}</th>{props.canEdit ? <th></th> : null}</tr></thead>
          <tbody>
            {props.events.map((event) => (
              <tr>
                <td><EventDate t={t} locale={locale} date={event.action_date} precision={event.date_precision} /></td>
                <td>{actionLabel(t, event.action)}{event.illustrative ? <> <IllustrativeMark t={t} /></> : null}</td>
                <td>{event.effective_date ?? ''}</td>
                <td>{event.source ?? ''}</td>
                {props.canEdit ? (
                  <td>
                    <form method="post" action={`${base}/events/${event.id}/delete`} class="inline">
                      <CsrfField state={props.state} />
                      <button type="submit" class="link danger">{t('treaties.delete')}</button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{t('treaties.no_actions')}</p>}

      <h2>{t('treaties.texts_heading')}</h2>
      <dl class="facts">
        <dt>{t('treaties.declarations')}</dt><dd class="prose">{props.texts?.declarations ?? t('treaties.none_recorded')}</dd>
        <dt>{t('treaties.reservations')}</dt><dd class="prose">{props.texts?.reservations ?? t('treaties.none_recorded')}</dd>
        <dt>{t('treaties.notes')}</dt><dd class="prose">{props.texts?.notes ?? t('treaties.none_recorded')}</dd>
      </dl>

      {props.canEdit ? (
        <>
          <h2 id="add-action">{t('treaties.add_action')}</h2>
          <ErrorSummary t={t} errors={props.eventErrors ?? []} labels={eventLabels} />
          <form method="post" action={`${base}/events`} class="stack">
            <CsrfField state={props.state} />
            <Field t={t} name="action" label={t('treaties.action')} errors={props.eventErrors}>
              <select id="field-action" name="action" required>
                {ACTIONS.map((action) => <option value={action} selected={eventValues.action === action}>{actionLabel(t, action)}</option>)}
              </select>
            </Field>
            <Field t={t} name="date" label={t('treaties.date')} hint={t('treaties.date_hint')} errors={props.eventErrors} value={eventValues.date} required />
            <Field t={t} name="effective_date" label={t('treaties.effective_date')} hint={t('treaties.effective_hint', { months: props.treaty.withdrawal_delay_months })} errors={props.eventErrors} value={eventValues.effective_date} />
            <Field t={t} name="source" label={t('treaties.source')} errors={props.eventErrors} value={eventValues.source} />
            <p><button type="submit" class="primary">{t('treaties.record_action')}</button></p>
          </form>

          <h2 id="texts">{t('treaties.edit_texts')}</h2>
          <ErrorSummary t={t} errors={props.textErrors ?? []} labels={{ declarations: t('treaties.declarations'), reservations: t('treaties.reservations'), notes: t('treaties.notes') }} />
          <form method="post" action={`${base}/texts`} class="stack">
            <CsrfField state={props.state} />
            {(['declarations', 'reservations', 'notes'] as const).map((name) => (
              <Field t={t} name={name} label={t(`treaties.${name}`)} errors={props.textErrors}>
                <textarea id={`field-${name}`} name={name} rows={4}>{textValues[name] ?? ''}</textarea>
              </Field>
            ))}
            <p><button type="submit" class="primary">{t('treaties.save_texts')}</button></p>
          </form>
        </>
      ) : null}
    </Layout>
  );
}
