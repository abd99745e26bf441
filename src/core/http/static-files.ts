import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { AppEnv } from './context.ts';

const PUBLIC_DIR = fileURLToPath(new URL('../../../public/', import.meta.url));
const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

interface StaticFile { body: Uint8Array; type: string; etag: string }

/** The files of public/ are read once and served under /static/ with an ETag. */
export function mountStaticFiles(app: Hono<AppEnv>) {
  const files = new Map<string, StaticFile>();
  for (const name of readdirSync(PUBLIC_DIR)) {
    const body = new Uint8Array(readFileSync(join(PUBLIC_DIR, name)));
    files.set(name, { body, type: TYPES[extname(name)] ?? 'application/octet-stream', etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` });
  }
  app.get('/static/:name', (c) => {
    const file = files.get(c.req.param('name'));
    if (!file) return c.notFound();
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('ETag', file.etag);
    if (c.req.header('if-none-match') === file.etag) return c.body(null, 304);
    return c.body(file.body as unknown as ArrayBuffer, 200, { 'Content-Type': file.type });
  });
}
