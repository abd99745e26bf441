import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { TEXT_SEARCH_CONFIG, type TextPiece } from './projection.ts';
import { documentText } from './search/search-text.ts';

/**
 * One row per piece of text, in order (a first empty piece gives every record its row), each
 * normalised once with its language's configuration (accents folded, compound tokens' parts
 * added: search-text.ts) and marked with that configuration's lexeme (`§english`, without a
 * position: query-text.ts matches each word in the languages a document has). The document
 * concatenates all pieces, the title document the title pieces (A).
 */
function piecesOf(records: { id: number; texts: TextPiece[] }[]) {
  const ids: number[] = [];
  const configs: string[] = [];
  const weights: string[] = [];
  const bodies: string[] = [];
  for (const record of records) {
    ids.push(record.id); configs.push('simple'); weights.push('D'); bodies.push('');
    for (const piece of record.texts) {
      if (!piece.text.trim()) continue;
      ids.push(record.id); configs.push(TEXT_SEARCH_CONFIG[piece.language]); weights.push(piece.weight); bodies.push(documentText(piece.text));
    }
  }
  // The texts go as one JSON array (parsed once by PostgreSQL), not as an escaped array literal.
  return sql`select p.id, coalesce(kn_tsvector_agg(p.vector order by p.n) filter (where p.weight = 'A'), ''::tsvector) as title_document, kn_tsvector_agg(p.vector order by p.n) as document
      from (select u.id, u.n, u.weight,
              setweight(to_tsvector(u.config::regconfig, b.body), u.weight::"char") || (case when b.body = '' then ''::tsvector else array_to_tsvector(array['§' || u.config]) end) as vector
            from unnest(${ids}::bigint[], ${configs}::text[], ${weights}::text[]) with ordinality as u(id, config, weight, n)
            join jsonb_array_elements_text(${JSON.stringify(bodies)}::jsonb) with ordinality as b(body, n) on b.n = u.n) as p
      group by p.id`;
}

/** Builds and writes the search documents of these records in PostgreSQL (inside the caller's transaction). */
export async function writeSearchDocuments(db: Kysely<Database>, records: { id: number; texts: TextPiece[] }[]): Promise<void> {
  if (!records.length) return;
  await sql`insert into kn_search_text (record_id, title_document, document) ${piecesOf(records)}
      on conflict (record_id) do update set title_document = excluded.title_document, document = excluded.document`.execute(db);
}

/** Search documents being built ahead of an import (`DocumentStager`): `ready` settles when they are in kn_search_staging. */
export interface StagedDocuments { token: string; ready: Promise<void> }

/**
 * Builds the search documents of records about to be written, on a connection of its own, into
 * kn_search_staging: the text normalisation (to_tsvector, most of a large import's database
 * time) then runs on a second server process while the import's transaction writes the
 * records, which finally copies the documents (`writeStagedSearchDocuments`). Only worth it on
 * a PostgreSQL server; the embedded database has one connection. Chunks are staged one after
 * another; call `discard` when the import is over, committed or not.
 */
export class DocumentStager {
  readonly token = randomUUID();
  private chain: Promise<void>;

  constructor(private readonly db: Kysely<Database>) {
    this.chain = sql`delete from kn_search_staging where created_at < now() - interval '1 day'`.execute(db).then(() => {});
    this.chain.catch(() => {});
  }

  /** Stages the documents of these texts as positions first, first + 1, ... */
  stage(texts: TextPiece[][], first: number): StagedDocuments {
    const ready = this.chain.then(async () => {
      for (let start = 0; start < texts.length; start += 500) {
        const batch = texts.slice(start, start + 500).map((pieces, index) => ({ id: first + start + index, texts: pieces }));
        await sql`insert into kn_search_staging (token, ord, title_document, document)
          select ${this.token}::uuid, q.id, q.title_document, q.document from (${piecesOf(batch)}) as q`.execute(this.db);
      }
    });
    ready.catch(() => {});
    this.chain = ready;
    return { token: this.token, ready };
  }

  async discard(): Promise<void> {
    await this.chain.catch(() => {});
    await sql`delete from kn_search_staging where token = ${this.token}::uuid`.execute(this.db);
  }
}

/** Copies staged documents into kn_search_text: `ord` is the position given to `DocumentStager.stage`. */
export async function writeStagedSearchDocuments(db: Kysely<Database>, staged: StagedDocuments, records: { id: number; ord: number }[]): Promise<void> {
  if (!records.length) return;
  await staged.ready;
  await sql`insert into kn_search_text (record_id, title_document, document)
      select u.id, s.title_document, s.document
      from unnest(${records.map((record) => record.id)}::bigint[], ${records.map((record) => record.ord)}::int[]) as u(id, ord)
      join kn_search_staging s on s.token = ${staged.token}::uuid and s.ord = u.ord
      on conflict (record_id) do update set title_document = excluded.title_document, document = excluded.document`.execute(db);
}
