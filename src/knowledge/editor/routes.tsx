import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContext, AppDeps, AppEnv } from '../../core/http/context.ts';
import { formErrors, formText, readForm, failedFormStatus } from '../../core/http/forms.ts';
import { renderPage } from '../../core/http/render.ts';
import { allows, authorize } from '../../core/access/policy.ts';
import { notFound, ValidationError, type FieldError } from '../../core/errors.ts';
import { knowledgePolicy } from '../policy.ts';
import { addAttachment } from '../attachments.ts';
import { getVersion, listRecordsToCheck, listWorkQueue, type WorkflowStatus } from '../repository.ts';
import { KINDS, type Kind } from '../schemas.ts';
import { createRecord, publishRecord, readForEditing, returnRecord, saveRecord, submitRecord, unpublishRecord } from '../workflow.ts';
import { importRecords } from '../import.ts';
import { ImportRejected } from '../../core/files/import-problems.ts';
import { compactForm, dataToForm, errorsForControls, formToInput, type FormValues } from './form-input.ts';
import { diffData } from './diff.ts';
import { templateCsv } from './template.ts';
import { QueuePage, QUEUE_TABS, type QueueTab } from './views/queue-page.tsx';
import { NewRecordPage } from './views/new-page.tsx';
import { RecordPage } from './views/record-page.tsx';
import { ImportPage } from './views/import-page.tsx';

const TAB_STATUSES: Record<Exclude<QueueTab, 'check'>, WorkflowStatus[]> = {
  work: ['draft', 'submitted', 'returned'], draft: ['draft'], submitted: ['submitted'], returned: ['returned'], published: ['published'],
};

const isKind = (value: string | undefined): value is Kind => (KINDS as readonly string[]).includes(value ?? '');

/** A version number from the query: absent is undefined; anything but a positive integer is not found. */
function versionParam(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw notFound();
  return Number(value);
}

/** The status to answer a failed action with: the error's own (409 for a wrong status), else 422. */

/**
 * The editorial pages of the knowledge portal: the work queue, the record forms (new, edit,
 * versions and their differences), the workflow actions, and file import. Every page needs
 * `knowledge.viewDrafts` (editors and reviewers); each action checks its own permission too.
 */
export function editorRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  /** The request's state once the actor is known to work on the portal's drafts. */
  const editorial = (c: AppContext) => {
    const state = c.get('state');
    authorize(knowledgePolicy, state.actor, 'knowledge.viewDrafts');
    return state;
  };

  app.get('/knowledge/editor', async (c) => {
    const state = editorial(c);
    const tab = (QUEUE_TABS as readonly string[]).includes(c.req.query('status') ?? '') ? c.req.query('status') as QueueTab : 'work';
    const kindParam = c.req.query('kind');
    const kind = isKind(kindParam) ? kindParam : '';
    const rows = tab === 'check'
      ? await listRecordsToCheck(db, { kind: kind || undefined, limit: 500 })
      : await listWorkQueue(db, { statuses: TAB_STATUSES[tab], kind: kind || undefined, limit: 500 });
    return renderPage(c, <QueuePage state={state} rows={rows} tab={tab} kind={kind} />);
  });

  app.get('/knowledge/editor/new/:kind', async (c) => {
    const state = editorial(c);
    const kind = c.req.param('kind');
    if (!isKind(kind)) throw notFound();
    authorize(knowledgePolicy, state.actor, 'knowledge.edit');
    const values: FormValues = { originalLanguage: state.locale, ...(kind === 'case' ? { scope: 'unknown' } : {}) };
    return renderPage(c, <NewRecordPage state={state} kind={kind} values={values} errors={[]} />);
  });

  app.post('/knowledge/editor/new/:kind', async (c) => {
    const state = editorial(c);
    const kind = c.req.param('kind');
    if (!isKind(kind)) throw notFound();
    const values = compactForm(kind, await readForm(c));
    try {
      const id = await createRecord(db, state.actor, kind, formToInput(kind, values), formText(values, 'note').trim() || undefined);
      return c.redirect(`/knowledge/editor/records/${id}?done=created`, 303);
    } catch (error) {
      const errors = errorsForControls(kind, formErrors(error), values);
      return renderPage(c, <NewRecordPage state={state} kind={kind} values={values} errors={errors} />, failedFormStatus(error));
    }
  });

  app.get('/knowledge/editor/import', async (c) => renderImport(c, { kind: isKind(c.req.query('kind')) ? c.req.query('kind') as Kind : '', publish: false, errors: [] }));

  app.post('/knowledge/editor/import', async (c) => {
    const state = editorial(c);
    authorize(knowledgePolicy, state.actor, 'knowledge.import');
    const body = await c.req.parseBody();
    const kindValue = typeof body.kind === 'string' ? body.kind : '';
    const kind = isKind(kindValue) ? kindValue : '';
    const publish = body.publish === 'yes' && allows(knowledgePolicy, state.actor, 'knowledge.publish');
    const file = body.file instanceof File && body.file.size > 0 ? body.file : undefined;
    const filename = file?.name;
    try {
      const missing: FieldError[] = [];
      if (!kind) missing.push({ field: 'kind', message: kindValue ? 'error.not_allowed_value' : 'error.required' });
      if (!file) missing.push({ field: 'file', message: 'editor.error.no_file' });
      if (missing.length || !kind || !file) throw new ValidationError(missing);
      const report = await importRecords(db, state.actor, kind, { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name }, { publish });
      return renderImport(c, { kind, publish, errors: [], report, filename });
    } catch (error) {
      if (error instanceof ImportRejected) return renderImport(c, { kind, publish, errors: [], problems: error.problems, filename }, 422);
      return renderImport(c, { kind, publish, errors: formErrors(error, 'file'), filename }, failedFormStatus(error));
    }
  });

  app.get('/knowledge/editor/template/:file', async (c) => {
    editorial(c);
    const match = /^([a-z]+)\.csv$/.exec(c.req.param('file'));
    const kind = match?.[1];
    if (!isKind(kind)) throw notFound();
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="ariadne-${kind}-template.csv"`);
    return c.body(templateCsv(kind));
  });

  app.get('/knowledge/editor/records/:id', async (c) => renderRecord(c, { notice: c.req.query('done') }));

  app.post('/knowledge/editor/records/:id', async (c) => {
    const state = editorial(c);
    const id = Number(c.req.param('id'));
    const { state: record } = await readForEditing(db, state.actor, id);
    const values = compactForm(record.kind, await readForm(c));
    try {
      await saveRecord(db, state.actor, id, formToInput(record.kind, values), formText(values, 'note').trim() || undefined);
      return c.redirect(`/knowledge/editor/records/${id}?done=saved`, 303);
    } catch (error) {
      return renderRecord(c, { values, errors: errorsForControls(record.kind, formErrors(error), values), status: failedFormStatus(error) });
    }
  });

  const actions = {
    submit: (actor: Parameters<typeof submitRecord>[1], id: number) => submitRecord(db, actor, id),
    publish: (actor: Parameters<typeof publishRecord>[1], id: number) => publishRecord(db, actor, id),
    unpublish: (actor: Parameters<typeof unpublishRecord>[1], id: number) => unpublishRecord(db, actor, id),
  } as const;
  const done = { submit: 'submitted', publish: 'published', unpublish: 'unpublished' } as const;

  for (const action of ['submit', 'publish', 'unpublish'] as const) {
    app.post(`/knowledge/editor/records/:id/${action}`, async (c) => {
      const state = editorial(c);
      const id = Number(c.req.param('id'));
      try {
        await actions[action](state.actor, id);
        return c.redirect(`/knowledge/editor/records/${id}?done=${done[action]}`, 303);
      } catch (error) {
        return renderRecord(c, { actionErrors: formErrors(error), status: failedFormStatus(error) });
      }
    });
  }

  app.post('/knowledge/editor/records/:id/return', async (c) => {
    const state = editorial(c);
    const id = Number(c.req.param('id'));
    const comment = formText(await readForm(c), 'comment');
    try {
      await returnRecord(db, state.actor, id, comment);
      return c.redirect(`/knowledge/editor/records/${id}?done=returned`, 303);
    } catch (error) {
      return renderRecord(c, { actionErrors: formErrors(error), comment, status: failedFormStatus(error) });
    }
  });

  app.post('/knowledge/editor/records/:id/attachments', async (c) => {
    const state = editorial(c);
    const id = Number(c.req.param('id'));
    const body = await c.req.parseBody();
    const file = body.file;
    try {
      if (!(file instanceof File) || file.size === 0) throw new ValidationError([{ field: 'file', message: 'error.required' }]);
      await addAttachment(db, state.actor, id, { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()), language: typeof body.language === 'string' ? body.language : undefined });
      return c.redirect(`/knowledge/editor/records/${id}?done=attached#attachments`, 303);
    } catch (error) {
      return renderRecord(c, { attachmentErrors: formErrors(error, 'file'), status: failedFormStatus(error) });
    }
  });

  async function renderRecord(c: AppContext, options: {
    values?: FormValues; errors?: FieldError[]; actionErrors?: FieldError[]; comment?: string; notice?: string; status?: ContentfulStatusCode; attachmentErrors?: FieldError[];
  }) {
    const state = editorial(c);
    const id = Number(c.req.param('id'));
    // Only a page shown by GET follows the query (a version to view, two to compare).
    const query = c.req.method === 'GET' ? c.req.query() : {};
    const editing = await readForEditing(db, state.actor, id, versionParam(query.version));
    const compare = versionParam(query.compare);
    const against = versionParam(query.with);
    let comparison;
    if (compare !== undefined && against !== undefined) {
      const [to, from] = await Promise.all([getVersion(db, id, compare), getVersion(db, id, against)]);
      if (!to || !from) throw notFound();
      comparison = { from: against, to: compare, changes: diffData(from.data, to.data) };
    }
    const { state: record } = editing;
    const attachments = await db.selectFrom('kn_attachments').select(['id', 'filename', 'size_bytes', 'language']).where('record_id', '=', id).orderBy('id').execute();
    return renderPage(c, (
      <RecordPage state={state} record={record} version={editing.version} data={editing.data} versions={editing.versions}
        values={options.values ?? dataToForm(record.kind, editing.data as unknown as Record<string, unknown>)} errors={options.errors ?? []}
        actionErrors={options.actionErrors ?? []} comment={options.comment ?? ''} notice={options.notice} comparison={comparison}
        attachments={attachments} attachmentErrors={options.attachmentErrors ?? []} />
    ), options.status ?? 200);
  }

  async function renderImport(c: AppContext, props: { kind: Kind | ''; publish: boolean; errors: FieldError[]; problems?: ImportRejected['problems']; report?: Awaited<ReturnType<typeof importRecords>>; filename?: string }, status: ContentfulStatusCode = 200) {
    const state = editorial(c);
    authorize(knowledgePolicy, state.actor, 'knowledge.import');
    const canPublish = allows(knowledgePolicy, state.actor, 'knowledge.publish');
    return renderPage(c, <ImportPage state={state} canPublish={canPublish} {...props} />, status);
  }

  return app;
}
