import type { Kysely } from 'kysely';
import type { Database } from '../../src/core/db/schema.ts';
import type { UserActor } from '../../src/core/access/actor.ts';
import { loadActor } from '../../src/accounts/repository.ts';
import { uniqueEmail, type TestDatabase } from '../support/databases.ts';
import { addUser } from '../support/server.ts';
import { changeStatus, createRequest } from '../../src/cooperation/service.ts';

/** A valid request from Italy to Nigeria unless a test overrides fields. */
export function requestFields(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'mutual_legal_assistance',
    requestingCountry: 'ITA',
    requestingAuthority: 'Ministry of Justice (test)',
    requestedCountry: 'NGA',
    requestedAuthority: 'Federal Ministry of Justice (test)',
    legalBasis: 'untoc_article_18',
    crimeType: 'trafficking_in_persons',
    subject: 'Bank records of a suspected recruiter (A.O.)',
    ...overrides,
  };
}

export interface Cast {
  italy: UserActor & { email: string };
  nigeria: UserActor & { email: string };
  spain: UserActor & { email: string };
  admin: UserActor & { email: string };
  editor: UserActor & { email: string };
  focalPoint: UserActor & { email: string };
}

async function user(database: TestDatabase, prefix: string, roles: string[], countries = '') {
  const email = uniqueEmail(prefix);
  const created = await addUser(database, email, roles, countries);
  const actor = await loadActor(database.db, created.id);
  if (!actor) throw new Error('test user not created');
  return actor;
}

/**
 * The people of the visibility matrix: the two sides of a request (Italy requests, Nigeria is
 * requested), a third country's central authority (Spain), an admin, and roles without access.
 */
export async function makeCast(database: TestDatabase): Promise<Cast> {
  return {
    italy: await user(database, 'authority.ita', ['central_authority'], 'ITA'),
    nigeria: await user(database, 'authority.nga', ['central_authority'], 'NGA'),
    spain: await user(database, 'authority.esp', ['central_authority'], 'ESP'),
    admin: await user(database, 'admin', ['admin']),
    editor: await user(database, 'editor', ['editor', 'reviewer', 'analyst']),
    focalPoint: await user(database, 'focal.nga', ['focal_point'], 'NGA'),
  };
}

/** A request from Italy to Nigeria taken through the given statuses (dates today unless given). */
export async function requestIn(db: Kysely<Database>, cast: Cast, path: string[], overrides: Record<string, unknown> = {}, dates: Record<string, string> = {}) {
  const id = await createRequest(db, cast.italy, requestFields(overrides));
  for (const to of path) {
    const actor = to === 'sent' || to === 'withdrawn' ? cast.italy : cast.nigeria;
    await changeStatus(db, actor, id, { to, onDate: dates[to], note: to === 'refused' || to === 'withdrawn' ? 'grounds given in the test' : undefined });
  }
  return id;
}
