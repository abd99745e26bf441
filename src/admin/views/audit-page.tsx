import type { FieldError } from '../../core/errors.ts';
import type { RequestState } from '../../core/http/context.ts';
import { ErrorSummary } from '../../core/http/components.tsx';
import { Layout } from '../../core/http/layout.tsx';
import { formatDateTime } from '../../core/i18n/format.ts';
import type { AuditEntry } from '../../core/audit/query.ts';

export function AuditPage(props: {
  state: RequestState; entries: AuditEntry[]; choices: { actions: string[]; entityTypes: string[] };
  filter: Record<string, string>; errors: FieldError[];
}) {
  const { t, locale } = props.state;
  const f = props.filter;
  const last = props.entries[props.entries.length - 1];
  const nextQuery = new URLSearchParams({ ...f, before: String(last?.seq ?? '') }).toString();
  return (
    <Layout state={props.state} title={t('audit.title')} wide>
      <h1>{t('audit.title')}</h1>
      <p class="hint">{t('audit.intro')}</p>
      <ErrorSummary t={t} errors={props.errors} labels={{ from: t('audit.from'), to: t('audit.to') }} />
      <form method="get" action="/admin/audit" class="filters">
        <label>{t('audit.actor')} <input type="search" name="actor" value={f.actor ?? ''} /></label>
        <label>{t('audit.action')}
          <select name="action">
            <option value="">{t('admin.any')}</option>
            {props.choices.actions.map((action) => <option value={action} selected={f.action === action}>{action}</option>)}
          </select>
        </label>
        <label>{t('audit.entity_type')}
          <select name="entityType">
            <option value="">{t('admin.any')}</option>
            {props.choices.entityTypes.map((type) => <option value={type} selected={f.entityType === type}>{type}</option>)}
          </select>
        </label>
        <label>{t('audit.entity_id')} <input type="text" name="entityId" value={f.entityId ?? ''} size={8} /></label>
        <label id="field-from">{t('audit.from')} <input type="date" name="from" value={f.from ?? ''} /></label>
        <label id="field-to">{t('audit.to')} <input type="date" name="to" value={f.to ?? ''} /></label>
        <button type="submit">{t('admin.filter')}</button>
      </form>
      <table class="list audit" data-testid="audit-table">
        <thead><tr><th>#</th><th>{t('audit.when')}</th><th>{t('audit.actor')}</th><th>{t('audit.action')}</th><th>{t('audit.record')}</th><th>{t('audit.change')}</th></tr></thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr>
              <td>{entry.seq}</td>
              <td>{formatDateTime(locale, entry.at)}</td>
              <td>{entry.actorLabel}</td>
              <td><code>{entry.action}</code></td>
              <td>{`${entry.entityType}${entry.entityId ? ` ${entry.entityId}` : ''}`}</td>
              <td><ChangeDetails t={t} before={entry.before} after={entry.after} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.entries.length === 0 ? <p>{t('audit.none')}</p> : null}
      {props.entries.length === 50 ? <p><a href={`/admin/audit?${nextQuery}`}>{t('audit.older')}</a></p> : null}
    </Layout>
  );
}

function ChangeDetails(props: { t: (key: string) => string; before: unknown; after: unknown }) {
  if (props.before == null && props.after == null) return null;
  return (
    <details>
      <summary>{props.t('audit.show_change')}</summary>
      <div class="change">
        {props.before != null ? <div><h3>{props.t('audit.before')}</h3><pre>{JSON.stringify(props.before, null, 2)}</pre></div> : null}
        {props.after != null ? <div><h3>{props.t('audit.after')}</h3><pre>{JSON.stringify(props.after, null, 2)}</pre></div> : null}
      </div>
    </details>
  );
}
