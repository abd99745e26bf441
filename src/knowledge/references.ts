import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { FieldError } from '../core/errors.ts';
import { findRecordIdsByExternalId, recordKinds } from './repository.ts';
import type { CaseData, Kind, RecordData } from './schemas.ts';

/** A reference from a record to another: which field, which kind it must be, the text given. */
interface Reference { field: string; kind: Kind; ref: string; relation: string }

function referencesOf(kind: Kind, data: RecordData): Reference[] {
  if (kind !== 'case') return [];
  const record = data as CaseData;
  return [
    ...record.legislationApplied.map((ref, index) => ({ field: `legislationApplied.${index}`, kind: 'legislation' as const, ref, relation: 'applies_legislation' })),
    ...record.proceduralHistory.map((item, index) => ({
      field: `proceduralHistory.${index}.ref`, kind: 'case' as const, ref: item.ref, relation: item.relation === 'earlier' ? 'earlier_decision' : 'later_decision',
    })),
  ];
}

export interface ResolvedReferences {
  errors: Map<number, FieldError[]>;
  /** For each item, its links to other records (ids), ready for kn_links. */
  links: Map<number, { to: number; relation: string }[]>;
}

/**
 * Resolves the references of a batch of records (by numeric id or external id, to records
 * of the right kind, existing or in the same batch); unknown ones become field errors.
 */
export async function resolveReferences(
  db: Kysely<Database>,
  items: { kind: Kind; data: RecordData; externalId?: string | null; id?: number }[],
): Promise<ResolvedReferences> {
  const references = items.map((item) => referencesOf(item.kind, item.data));
  const numeric = [...new Set(references.flat().filter((ref) => /^\d+$/.test(ref.ref)).map((ref) => Number(ref.ref)))];
  const kinds = await recordKinds(db, numeric);
  const externalByKind = new Map<Kind, Map<string, number>>();
  for (const kind of ['case', 'legislation'] as const) {
    const wanted = [...new Set(references.flat().filter((ref) => ref.kind === kind && !/^\d+$/.test(ref.ref)).map((ref) => ref.ref))];
    externalByKind.set(kind, await findRecordIdsByExternalId(db, kind, wanted));
  }
  const inBatch = new Map<string, number | undefined>();
  items.forEach((item, index) => { if (item.externalId) inBatch.set(`${item.kind}:${item.externalId}`, item.id ?? -(index + 1)); });

  const errors = new Map<number, FieldError[]>();
  const links = new Map<number, { to: number; relation: string }[]>();
  references.forEach((refs, index) => {
    for (const reference of refs) {
      let target: number | undefined;
      if (/^\d+$/.test(reference.ref)) target = kinds.get(Number(reference.ref)) === reference.kind ? Number(reference.ref) : undefined;
      else target = externalByKind.get(reference.kind)?.get(reference.ref) ?? inBatch.get(`${reference.kind}:${reference.ref}`);
      if (target === undefined) {
        const list = errors.get(index) ?? [];
        list.push({ field: reference.field, message: `error.unknown_reference.${reference.kind}`, params: { value: reference.ref } });
        errors.set(index, list);
      } else {
        const list = links.get(index) ?? [];
        list.push({ to: target, relation: reference.relation });
        links.set(index, list);
      }
    }
  });
  return { errors, links };
}
