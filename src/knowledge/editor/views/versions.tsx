import type { Locale, Translate } from '../../../core/i18n/i18n.ts';
import { formatDateTime } from '../../../core/i18n/format.ts';
import type { Change } from '../diff.ts';
import { fieldLabel } from '../labels.ts';

export interface VersionRow { version: number; saved_by_label: string; saved_at: Date; note: string | null }
export interface Comparison { from: number; to: number; changes: Change[] }

/** Every version of a record, newest first, with links to view one and to compare it with the one before. */
export function VersionList(props: { t: Translate; locale: Locale; id: number; versions: VersionRow[]; published: number | null; shown: number }) {
  const { t, locale, id, versions } = props;
  const base = `/knowledge/editor/records/${id}`;
  const latest = versions[0]?.version;
  return (
    <section id="versions">
      <h2>{t('editor.versions')}</h2>
      <table class="list" data-testid="versions">
        <thead><tr><th>{t('editor.col.version')}</th><th>{t('editor.col.saved_by')}</th><th>{t('editor.col.saved_at')}</th><th>{t('editor.note')}</th><th></th></tr></thead>
        <tbody>
          {versions.map((row) => (
            <tr>
              <td>
                {row.version === props.shown ? <strong>{String(row.version)}</strong> : String(row.version)}
                {row.version === props.published ? ` (${t('editor.version_published')})` : ''}
              </td>
              <td>{row.saved_by_label}</td>
              <td>{formatDateTime(locale, row.saved_at)}</td>
              <td>{row.note ?? ''}</td>
              <td>
                <a href={row.version === latest ? base : `${base}?version=${row.version}`}>{t('editor.view_version')}</a>
                {row.version > 1 ? <>{' · '}<a href={`${base}?compare=${row.version}&with=${row.version - 1}#comparison`}>{t('editor.compare_previous')}</a></> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length > 1 ? (
        <form method="get" action={base} class="filters">
          <label>{t('editor.compare_version')}
            <select name="compare">{versions.map((row, index) => <option value={String(row.version)} selected={index === 0}>{String(row.version)}</option>)}</select>
          </label>
          <label>{t('editor.compare_with')}
            <select name="with">{versions.map((row, index) => <option value={String(row.version)} selected={index === 1}>{String(row.version)}</option>)}</select>
          </label>
          <button type="submit">{t('editor.compare')}</button>
        </form>
      ) : null}
    </section>
  );
}

/** What changed between two versions, field by field, with the old and the new value. */
export function VersionDiff(props: { t: Translate; comparison: Comparison }) {
  const { t, comparison } = props;
  return (
    <section id="comparison">
      <h2>{t('editor.diff.title', { from: comparison.from, to: comparison.to })}</h2>
      {comparison.changes.length ? (
        <table class="list" data-testid="diff">
          <thead><tr><th>{t('editor.diff.field')}</th><th>{t('editor.diff.change')}</th><th>{t('editor.diff.before', { version: comparison.from })}</th><th>{t('editor.diff.after', { version: comparison.to })}</th></tr></thead>
          <tbody>
            {comparison.changes.map((change) => (
              <tr>
                <td>{fieldLabel(t, change.path)}<br /><code>{change.path}</code></td>
                <td>{t(`editor.diff.${change.change}`)}</td>
                <td>{change.change === 'added' ? '' : <del>{show(t, change.before)}</del>}</td>
                <td>{change.change === 'removed' ? '' : <ins>{show(t, change.after)}</ins>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{t('editor.diff.none')}</p>}
    </section>
  );
}

function show(t: Translate, value: unknown): string {
  if (typeof value === 'boolean') return value ? t('editor.yes') : t('editor.no');
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value ?? '');
}
