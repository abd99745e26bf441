import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { AppError, notFound } from '../core/errors.ts';
import { decodeUtf8 } from '../core/files/read-table.ts';
import { cooperationPolicy } from './policy.ts';
import { addEvent } from './repository.ts';
import { ENTITY, visibleRequest } from './service.ts';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/**
 * The document types a request may carry, by extension, with the bytes each must start with:
 * the type a document is served with is the one its content was checked against, never the
 * one the uploader's browser claimed.
 */
const DOCUMENT_TYPES: Record<string, { contentType: string; magic?: number[] }> = {
  pdf: { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  txt: { contentType: 'text/plain; charset=utf-8' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: ZIP },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: ZIP },
  odt: { contentType: 'application/vnd.oasis.opendocument.text', magic: ZIP },
  png: { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  jpg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
};
export const DOCUMENT_EXTENSIONS = Object.keys(DOCUMENT_TYPES);

/** The content type a file is stored and served with, once its bytes match its extension. */
export function checkedContentType(filename: string, bytes: Uint8Array): string {
  if (!bytes.byteLength) throw new AppError('validation_failed', 422, 'cooperation.error.empty_file');
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw new AppError('payload_too_large', 413, 'cooperation.error.file_too_large', { max: MAX_DOCUMENT_BYTES / 1024 / 1024 });
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  const type = Object.prototype.hasOwnProperty.call(DOCUMENT_TYPES, extension) ? DOCUMENT_TYPES[extension] : undefined;
  if (!type || !filename.includes('.')) throw new AppError('unsupported_format', 422, 'cooperation.error.document_format', { name: filename, types: DOCUMENT_EXTENSIONS.join(', ') });
  if (type.magic && !type.magic.every((byte, index) => bytes[index] === byte)) {
    throw new AppError('file_unreadable', 422, 'cooperation.error.document_content', { name: filename });
  }
  if (extension === 'txt') decodeUtf8(bytes);
  return type.contentType;
}

/** A file name safe in a header and on any disk: letters, digits, dot, dash, underscore, space. */
export function safeFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? 'document';
  return base.replace(/[^\p{L}\p{N}._ -]/gu, '_').replace(/^\.+/, '').slice(0, 200) || 'document';
}

/** Attaches a document to a request, for either side; recorded in its history and the audit log. */
export async function addDocument(db: Kysely<Database>, actor: Actor, requestId: number, file: { filename: string; bytes: Uint8Array; description?: string }): Promise<number> {
  const filename = safeFilename(file.filename);
  const description = file.description?.trim().slice(0, 500) || null;
  return db.transaction().execute(async (trx) => {
    const request = await visibleRequest(trx, actor, requestId, true);
    authorize(cooperationPolicy, actor, 'cooperation.attach', request);
    const contentType = checkedContentType(filename, file.bytes);
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const label = auditActorOf(actor).label;
    const row = await trx.insertInto('co_documents').values({
      request_id: requestId, filename, content_type: contentType, size_bytes: file.bytes.byteLength, sha256, content: file.bytes,
      description, uploaded_by: actor.kind === 'user' ? actor.id : null, uploaded_by_label: label,
    }).returning('id').executeTakeFirstOrThrow();
    await trx.updateTable('co_requests').set({ updated_at: new Date() }).where('id', '=', requestId).execute();
    await addEvent(trx, { requestId, kind: 'document', details: { document: row.id, filename }, actorUserId: actor.kind === 'user' ? actor.id : null, actorLabel: label });
    await recordAudit(trx, auditActorOf(actor), {
      action: 'cooperation.document.add', entityType: ENTITY, entityId: requestId,
      after: { document: row.id, filename, contentType, bytes: file.bytes.byteLength, sha256 },
    });
    return row.id;
  });
}

/** A document for download, if the actor may see its request; the download is audited. */
export async function readDocument(db: Kysely<Database>, actor: Actor, id: number) {
  return db.transaction().execute(async (trx) => {
    const document = Number.isSafeInteger(id) && id > 0
      ? await trx.selectFrom('co_documents').select(['id', 'request_id', 'filename', 'content_type', 'content']).where('id', '=', id).executeTakeFirst()
      : undefined;
    if (!document) {
      authorize(cooperationPolicy, actor, 'cooperation.use');
      throw notFound();
    }
    await visibleRequest(trx, actor, document.request_id);
    await recordAudit(trx, auditActorOf(actor), { action: 'cooperation.document.view', entityType: ENTITY, entityId: document.request_id, after: { document: id } });
    return document;
  });
}
