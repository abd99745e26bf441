import type { RequestState } from '../../core/http/context.ts';
import { direction } from '../../core/i18n/i18n.ts';
import { formatDate } from '../../core/i18n/format.ts';
import type { ImpactReport } from '../report.ts';
import type { ProgrammeRow } from '../repository.ts';
import { ReportBody } from './report-body.tsx';

/**
 * The year in review: a document of its own (no site navigation), laid out for A4 by the print
 * rules of app.css, so that Chromium prints it cleanly to PDF. The form that switches year and
 * programme is not printed.
 */
export function YearInReviewPage(props: { state: RequestState; year: number; programme?: ProgrammeRow; report: ImpactReport; years: number[]; programmes: ProgrammeRow[]; hasSamples: boolean }) {
  const { t, locale } = props.state;
  const title = t('programmes.year_in_review_title', { year: String(props.year) });
  const scope = props.programme ? `${props.programme.code}: ${props.programme.name}` : t('programmes.year_in_review_scope');
  const backQuery = new URLSearchParams({ year: String(props.year) });
  if (props.programme) backQuery.set('programme', props.programme.code);
  return (
    <html lang={locale} dir={direction(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${scope} · Ariadne`}</title>
        <link rel="stylesheet" href="/static/app.css" />
      </head>
      <body class="print-document">
        <div class="screen-only review-toolbar">
          <a href={`/programmes?${backQuery}`}>{t('programmes.back_to_report')}</a>
          <form method="get" action="/programmes/year-in-review" class="filters">
            <label>{t('programmes.filter.year')}
              <select name="year">{props.years.map((year) => <option value={String(year)} selected={year === props.year}>{String(year)}</option>)}</select>
            </label>
            <label>{t('programmes.field.programme')}
              <select name="programme">
                <option value="">{t('programmes.filter.all_programmes')}</option>
                {props.programmes.map((programme) => <option value={programme.code} selected={programme.code === props.programme?.code}>{programme.code}</option>)}
              </select>
            </label>
            <button type="submit" class="primary">{t('programmes.filter.apply')}</button>
          </form>
          <p class="hint">{t('programmes.print')}</p>
        </div>
        <main class="review">
          <header class="review-cover">
            <p class="review-kicker">UNODC · Ariadne</p>
            <h1>{title}</h1>
            <p class="review-scope">{scope}</p>
            {props.hasSamples ? <p class="review-sample">{t('programmes.sample_notice')}</p> : null}
          </header>
          <ReportBody state={props.state} report={props.report} />
          <p class="meta review-generated">{t('programmes.generated', { date: formatDate(locale, new Date()) })}</p>
        </main>
      </body>
    </html>
  );
}
