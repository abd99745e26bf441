import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { allows, authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { AppError, notFound } from '../core/errors.ts';
import { decodeUtf8 } from '../core/files/read-table.ts';
import { knowledgePolicy } from './policy.ts';
import { getRecordState } from './repository.ts';
import { VOCABULARIES } from './vocabularies.ts';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Enough for a long judgment; PostgreSQL's tsvector has a size limit and indexing time grows with text. */
export const MAX_INDEXED_CHARACTERS = 300_000;

const TYPES = { pdf: 'application/pdf', txt: 'text/plain; charset=utf-8' } as const;

/** The text of a judgment or document: PDF through pdf.js, plain text as UTF-8. */
export async function extractText(bytes: Uint8Array, type: keyof typeof TYPES): Promise<string> {
  if (type === 'txt') return decodeUtf8(bytes);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    const pages: string[] = [];
    let length = 0;
    for (let number = 1; number <= document.numPages && length < MAX_INDEXED_CHARACTERS; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim();
      pages.push(text);
      length += text.length;
    }
    await document.destroy();
    return pages.join('\n\n');
  } catch {
    throw new AppError('file_unreadable', 422, 'error.pdf_unreadable');
  }
}

/** Attaches a judgment or document to a record; its text becomes searchable when the record is (re)published. */
export async function addAttachment(db: Kysely<Database>, actor: Actor, recordId: number, file: { filename: string; bytes: Uint8Array; language?: string }): Promise<number> {
  authorize(knowledgePolicy, actor, 'knowledge.edit');
  const state = await getRecordState(db, recordId);
  if (!state) throw notFound();
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new AppError('payload_too_large', 413, 'error.file_too_large', { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
  const extension = file.filename.toLowerCase().split('.').pop();
  if (extension !== 'pdf' && extension !== 'txt') throw new AppError('unsupported_format', 422, 'error.attachment_format', { name: file.filename });
  if (extension === 'pdf' && new TextDecoder().decode(file.bytes.subarray(0, 5)) !== '%PDF-') throw new AppError('file_unreadable', 422, 'error.pdf_unreadable');
  if (file.language && !(VOCABULARIES.textLanguage as readonly string[]).includes(file.language)) throw new AppError('validation_failed', 422, 'error.unknown_text_language', { value: file.language });
  const text = (await extractText(file.bytes, extension)).slice(0, MAX_INDEXED_CHARACTERS);
  const filename = file.filename.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200);
  return db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('kn_attachments').values({
      record_id: recordId, filename, content_type: TYPES[extension], size_bytes: file.bytes.byteLength,
      sha256: createHash('sha256').update(file.bytes).digest('hex'), content: file.bytes, text_content: text, language: file.language ?? null,
      uploaded_by: actor.kind === 'user' ? actor.id : null,
    }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, auditActorOf(actor), { action: 'knowledge.attach', entityType: `knowledge.${state.kind}`, entityId: recordId, after: { attachment: row.id, filename, bytes: file.bytes.byteLength } });
    return row.id;
  });
}

/** An attachment for download: anyone for a published record, the editorial team for any. */
export async function readAttachment(db: Kysely<Database>, actor: Actor, id: number) {
  const row = Number.isSafeInteger(id) ? await db.selectFrom('kn_attachments').innerJoin('kn_records', 'kn_records.id', 'kn_attachments.record_id')
    .select(['kn_attachments.filename', 'kn_attachments.content_type', 'kn_attachments.content', 'kn_records.published_version'])
    .where('kn_attachments.id', '=', id).executeTakeFirst() : undefined;
  if (!row) throw notFound();
  if (row.published_version === null && !allows(knowledgePolicy, actor, 'knowledge.viewDrafts')) throw notFound();
  return row;
}
