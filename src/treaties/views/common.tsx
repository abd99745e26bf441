import type { Translate } from '../../core/i18n/i18n.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import { formatDate } from '../../core/i18n/format.ts';

/** A recorded date: the year alone when only the year is known (marked so), else the full date. */
export function EventDate(props: { t: Translate; locale: Locale; date: string; precision: string }) {
  if (props.precision === 'year') return <span class="year-only" title={props.t('treaties.year_only')}>{`${props.date.slice(0, 4)} (${props.t('treaties.year_only_short')})`}</span>;
  return <time datetime={props.date}>{formatDate(props.locale, props.date)}</time>;
}

/** The mark on every action, party or page that rests on illustrative sample data. */
export function IllustrativeMark(props: { t: Translate }) {
  return <span class="illustrative-mark" title={props.t('treaties.illustrative_hint')}>{props.t('treaties.illustrative')}</span>;
}

/** The date picker of the status pages (a GET form, works without script). */
export function DateForm(props: { t: Translate; action: string; date: string; error?: string }) {
  return (
    <form method="get" action={props.action} class="filters as-of">
      <label for="field-date">{props.t('treaties.as_of')}
        <input id="field-date" type="date" name="date" value={props.date} required aria-invalid={props.error ? 'true' : undefined} />
      </label>
      {props.error ? <p class="field-error">{props.t(props.error)}</p> : null}
      <button type="submit">{props.t('treaties.show')}</button>
    </form>
  );
}
