import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField } from '../../core/http/components.tsx';
import { countryName } from '../../core/geo/countries.ts';
import { keyOf, type StatValue } from '../values.ts';
import { cellText } from '../grid.ts';
import type { RolledUpValue } from '../vocabulary.ts';
import { categoryText } from './questionnaire-pages.tsx';

export interface RollUpRow { computed: RolledUpValue; entered: StatValue | undefined; differs: boolean }

/** Computed counts beside what is entered, differences first. */
export function rollUpDiff(computed: RolledUpValue[], entered: StatValue[]): RollUpRow[] {
  const byKey = new Map(entered.map((value) => [keyOf(value), value]));
  return computed.map((item) => {
    const current = byKey.get(keyOf(item));
    return { computed: item, entered: current, differs: !(current?.state === 'number' && current.value === item.value) };
  }).sort((a, b) => Number(b.differs) - Number(a.differs));
}

export function RollUpPage(props: { state: RequestState; country: string; year: number; diff: RollUpRow[]; canApply: boolean }) {
  const { t, locale } = props.state;
  const base = `/statistics/questionnaire/${props.country}/${props.year}`;
  const title = t('statistics.rollup.title', { country: countryName(props.country, locale), year: String(props.year) });
  const changes = props.diff.filter((row) => row.differs).length;
  return (
    <Layout state={props.state} title={title} wide>
      <p><a href={base}>{`← ${t('statistics.questionnaire.back')}`}</a></p>
      <h1>{title}</h1>
      <p>{t('statistics.rollup.intro', { count: props.diff.length, changes })}</p>
      <table class="data">
        <thead><tr>
          <th scope="col">{t('statistics.indicator')}</th><th scope="col">{t('statistics.category')}</th><th scope="col">{t('statistics.sex')}</th><th scope="col">{t('statistics.age')}</th>
          <th scope="col">{t('statistics.rollup.computed')}</th><th scope="col">{t('statistics.rollup.entered')}</th><th scope="col">{t('statistics.rollup.difference')}</th>
        </tr></thead>
        <tbody>{props.diff.map((row) => (
          <tr class={row.differs ? 'differs' : undefined}>
            <td>{`${t(`statistics.indicator.${row.computed.indicator}`)} · ${t(`statistics.dimension.${row.computed.dimension}`)}`}</td>
            <td>{categoryText(t, locale, row.computed.category)}</td><td>{t(`statistics.sex.${row.computed.sex}`)}</td><td>{t(`statistics.age.${row.computed.age}`)}</td>
            <td>{String(row.computed.value)}</td><td>{cellText(row.entered) || '–'}</td>
            <td>{row.entered?.state === 'number' ? String(row.computed.value - row.entered.value!) : row.differs ? t('statistics.rollup.new') : '0'}</td>
          </tr>
        ))}</tbody>
      </table>
      {props.canApply && props.diff.length ? (
        <form method="post" action={`${base}/roll-up`}><CsrfField state={props.state} /><button type="submit">{t('statistics.rollup.apply')}</button></form>
      ) : null}
    </Layout>
  );
}
