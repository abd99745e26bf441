import type { RequestState } from '../../../core/http/context.ts';
import { Layout } from '../../../core/http/layout.tsx';
import { allows } from '../../../core/access/policy.ts';
import { formatDateTime } from '../../../core/i18n/format.ts';
import { knowledgePolicy } from '../../policy.ts';
import { KINDS, type Kind } from '../../schemas.ts';
import { kindLabel, recordTitle, statusLabel } from '../labels.ts';

export const QUEUE_TABS = ['work', 'draft', 'submitted', 'returned', 'published', 'check'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export interface QueueRow {
  id: number; kind: string; status: string; latest_version: number; published_version: number | null; updated_at: Date;
  review_comment: string | null; data: unknown; saved_by_label: string;
  /** On the "to check" tab: why an editor should look at it. */
  unmapped_jurisdiction?: boolean; shared_external_id?: boolean; external_id?: string | null;
}

/** The work queue: records waiting for an editor or a reviewer, by status and kind. */
export function QueuePage(props: { state: RequestState; rows: QueueRow[]; tab: QueueTab; kind: Kind | '' }) {
  const { t, locale, actor } = props.state;
  const link = (tab: QueueTab, kind: Kind | '') => {
    const query = new URLSearchParams();
    if (tab !== 'work') query.set('status', tab);
    if (kind) query.set('kind', kind);
    const text = query.toString();
    return `/knowledge/editor${text ? `?${text}` : ''}`;
  };
  const canEdit = allows(knowledgePolicy, actor, 'knowledge.edit');
  return (
    <Layout state={props.state} title={t('editor.queue.title')} wide>
      <h1>{t('editor.queue.title')}</h1>
      <p class="hint">{t('editor.queue.intro')}</p>
      {canEdit || allows(knowledgePolicy, actor, 'knowledge.import') ? (
        <p class="pager">
          {canEdit ? KINDS.map((kind) => <a class="button primary" href={`/knowledge/editor/new/${kind}`}>{t(`editor.new.${kind}`)}</a>) : null}
          {allows(knowledgePolicy, actor, 'knowledge.import') ? <a class="button" href="/knowledge/editor/import">{t('editor.import.button')}</a> : null}
        </p>
      ) : null}
      <nav class="pager" aria-label={t('editor.queue.tabs')}>
        {QUEUE_TABS.map((tab) => (
          <a href={link(tab, props.kind)} aria-current={tab === props.tab ? 'page' : undefined}>
            {tab === props.tab ? <strong>{t(`editor.tab.${tab}`)}</strong> : t(`editor.tab.${tab}`)}
          </a>
        ))}
      </nav>
      <form method="get" action="/knowledge/editor" class="filters">
        {props.tab !== 'work' ? <input type="hidden" name="status" value={props.tab} /> : null}
        <label>{t('editor.col.kind')}
          <select name="kind">
            <option value="">{t('editor.any_kind')}</option>
            {KINDS.map((kind) => <option value={kind} selected={props.kind === kind}>{kindLabel(t, kind)}</option>)}
          </select>
        </label>
        <button type="submit">{t('editor.filter')}</button>
      </form>
      {props.rows.length ? (
        <table class="list" data-testid="work-queue">
          <thead>
            <tr>
              <th>{t('editor.col.title')}</th><th>{t('editor.col.kind')}</th><th>{t('editor.col.status')}</th><th>{t('editor.col.version')}</th>
              <th>{t('editor.col.saved_by')}</th><th>{t('editor.col.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr>
                <td>
                  <a href={`/knowledge/editor/records/${row.id}`}>{recordTitle(t, locale, row.data)}</a>
                  {row.status === 'returned' && row.review_comment ? <p class="hint">{`${t('editor.record.review_comment')}: ${row.review_comment}`}</p> : null}
                  {row.unmapped_jurisdiction ? <p class="hint">{t('editor.check.unmapped_jurisdiction', { jurisdiction: (row.data as { jurisdiction?: string }).jurisdiction ?? '' })}</p> : null}
                  {row.shared_external_id ? <p class="hint">{t('editor.check.shared_external_id', { value: row.external_id ?? '' })}</p> : null}
                </td>
                <td>{kindLabel(t, row.kind)}</td>
                <td>{statusLabel(t, row.status)}{row.published_version !== null && row.status !== 'published' ? ` (${t('editor.queue.public_version', { version: row.published_version })})` : ''}</td>
                <td>{row.latest_version}</td>
                <td>{row.saved_by_label}</td>
                <td>{formatDateTime(locale, row.updated_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{t('editor.queue.none')}</p>}
    </Layout>
  );
}
