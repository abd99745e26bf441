import { Hono } from 'hono';
import type { AppContext, AppDeps, AppEnv } from '../core/http/context.ts';
import { AppError, ValidationError } from '../core/errors.ts';
import { changeStatus, createRequest, readRequest, updateRequest, visibleRequest } from './service.ts';
import { addDocument } from './documents.ts';
import { dashboardVisible, listVisible, parseFilters } from './reading.ts';
import { documentJson, eventJson, requestJson } from './presenters.ts';
import { getRequest } from './repository.ts';

async function jsonBody(c: AppContext): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new AppError('bad_request', 400, 'error.bad_request');
  }
}

/** The JSON API of cooperation requests (described in api-docs.ts); the same use cases as the pages. */
export function cooperationApiRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;
  const id = (c: AppContext) => Number(c.req.param('id'));
  const current = async (c: AppContext) => requestJson((await getRequest(db, id(c)))!);

  app.get('/api/cooperation/dashboard', async (c) => c.json(await dashboardVisible(db, c.get('state').actor)));

  app.get('/api/cooperation/requests', async (c) => {
    const result = await listVisible(db, c.get('state').actor, parseFilters(c.req.query()));
    return c.json({ total: result.total, page: result.page, pageSize: result.pageSize, requests: result.rows.map(requestJson) });
  });

  app.post('/api/cooperation/requests', async (c) => {
    const created = await createRequest(db, c.get('state').actor, await jsonBody(c));
    return c.json({ request: requestJson((await getRequest(db, created))!) }, 201);
  });

  app.get('/api/cooperation/requests/:id', async (c) => {
    const view = await readRequest(db, c.get('state').actor, id(c), 'api');
    return c.json({
      request: requestJson(view.request),
      allowedTransitions: view.transitions.map((transition) => transition.to),
      history: view.events.map(eventJson),
      documents: view.documents.map(documentJson),
    });
  });

  app.put('/api/cooperation/requests/:id', async (c) => {
    await updateRequest(db, c.get('state').actor, id(c), await jsonBody(c));
    return c.json({ request: await current(c) });
  });

  app.post('/api/cooperation/requests/:id/status', async (c) => {
    await changeStatus(db, c.get('state').actor, id(c), await jsonBody(c));
    return c.json({ request: await current(c) });
  });

  app.post('/api/cooperation/requests/:id/documents', async (c) => {
    const { actor } = c.get('state');
    await visibleRequest(db, actor, id(c));
    const body = await c.req.parseBody();
    const file = body.file instanceof File && body.file.size > 0 ? body.file : undefined;
    if (!file) throw new ValidationError([{ field: 'file', message: 'cooperation.error.no_file' }]);
    const documentId = await addDocument(db, actor, id(c), {
      filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()), description: typeof body.description === 'string' ? body.description : undefined,
    });
    const document = await db.selectFrom('co_documents')
      .select(['id', 'request_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'description', 'uploaded_by_label', 'uploaded_at'])
      .where('id', '=', documentId).executeTakeFirstOrThrow();
    return c.json({ document: documentJson(document) }, 201);
  });

  return app;
}
