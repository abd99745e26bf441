import { after, before } from 'node:test';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/core/db/schema.ts';
import type { SystemActor } from '../../src/core/access/actor.ts';
import { saveActivity, saveOutcome } from '../../src/programmes/service.ts';
import type { ActivityInput } from '../../src/programmes/schemas.ts';
import { uniqueEmail, type TestDatabase } from '../support/databases.ts';
import { addUser, startServer, type RunningServer } from '../support/server.ts';
import { signedInClient, TestClient } from '../support/http-client.ts';

export const FIXTURE_ACTOR: SystemActor = { kind: 'system', label: 'programmes-fixture' };

/**
 * A hand-counted fixture. 2021 holds A1-A11 (published); A12 is a draft, A13 and A14 fall
 * outside 2021. Regional activities overlap in MWI, NER and BRA, so that a distinct count
 * differs from a sum; A3, A5 and A9 have participants of unknown sex.
 *
 * | id  | type                    | scope    | countries     | programme          | F  | M  | U  |
 * | A1  | training                | national | MWI           | GLOT59             | 10 | 15 | 0  |
 * | A2  | training_of_trainers    | regional | MWI MOZ ZMB   | GLOT59             | 5  | 5  | 3  |
 * | A3  | workshop                | regional | BRA COL       | TRACK4TIP (GLOT59) | 0  | 0  | 40 |
 * | A4  | mentoring               | national | COL           | TRACK4TIP          | 3  | 2  | 0  |
 * | A5  | training                | national | NER           | GLOT92             | 0  | 0  | 20 |
 * | A6  | legislative_assistance  | national | MWI           | GLOT59             |    |    |    |
 * | A7  | legislative_assistance  | national | NER           | GLOT92             |    |    |    |
 * | A8  | policy_support          | regional | BRA PER       | TRACK4TIP          |    |    |    |
 * | A9  | event_organized         | regional | MWI NER BRA   | GLOT59 GLOT92      | 30 | 40 | 10 |
 * | A10 | event_speaker           | national | AUT           | GLOT92             |    |    |    |
 * | A11 | publication             | national | MWI           | GLOT59             |    |    |    |
 * | A12 | training (draft)        | national | MWI           | GLOT59             | 50 | 50 | 0  |
 * | A13 | training (2020-12-31)   | national | ZAF           | GLOT59             | 7  | 7  | 0  |
 * | A14 | training (2022-01-01)   | national | UGA           | GLOT59             | 9  | 9  | 0  |
 */
const A = (externalId: string, type: string, scope: 'national' | 'regional', countries: string[], programmes: string[], date: string, f = 0, m = 0, u = 0, status = 'published'): ActivityInput => ({
  externalId, type, title: `Fixture ${externalId} ${type}`, startDate: date, endDate: date, scope, countries, programmes, female: f, male: m, unknown: u, status,
} as ActivityInput);

export const ACTIVITIES: ActivityInput[] = [
  A('A1', 'training', 'national', ['MWI'], ['GLOT59'], '2021-03-01', 10, 15, 0),
  A('A2', 'training_of_trainers', 'regional', ['MWI', 'MOZ', 'ZMB'], ['GLOT59'], '2021-04-10', 5, 5, 3),
  A('A3', 'workshop', 'regional', ['BRA', 'COL'], ['TRACK4TIP'], '2021-05-01', 0, 0, 40),
  A('A4', 'mentoring', 'national', ['COL'], ['TRACK4TIP'], '2021-06-01', 3, 2, 0),
  A('A5', 'training', 'national', ['NER'], ['GLOT92'], '2021-07-01', 0, 0, 20),
  A('A6', 'legislative_assistance', 'national', ['MWI'], ['GLOT59'], '2021-02-01'),
  A('A7', 'legislative_assistance', 'national', ['NER'], ['GLOT92'], '2021-08-01'),
  A('A8', 'policy_support', 'regional', ['BRA', 'PER'], ['TRACK4TIP'], '2021-09-01'),
  A('A9', 'event_organized', 'regional', ['MWI', 'NER', 'BRA'], ['GLOT59', 'GLOT92'], '2021-10-01', 30, 40, 10),
  A('A10', 'event_speaker', 'national', ['AUT'], ['GLOT92'], '2021-03-15'),
  A('A11', 'publication', 'national', ['MWI'], ['GLOT59'], '2021-11-01'),
  A('A12', 'training', 'national', ['MWI'], ['GLOT59'], '2021-12-20', 50, 50, 0, 'draft'),
  A('A13', 'training', 'national', ['ZAF'], ['GLOT59'], '2020-12-31', 7, 7, 0),
  A('A14', 'training', 'national', ['UGA'], ['GLOT59'], '2022-01-01', 9, 9, 0),
];

/** What the figures must be, counted by hand from the table above. */
export const EXPECTED = {
  all2021: {
    activities: 11, technicalCooperation: 8, eventsOrganized: 1, eventParticipants: 80, speakerEvents: 1, publications: 1,
    trained: { total: 63, female: 18, male: 22, unknown: 23 },
    participants: { total: 183, female: 48, male: 62, unknown: 73 },
    countriesSupported: 7, countriesNational: 3, countriesLegislative: 2, countriesLegislativePolicy: 4,
    casesAdded: 2, investigations: 5, victims: 40,
    byCountry: { MWI: 4, MOZ: 1, ZMB: 1, BRA: 3, COL: 2, NER: 3, PER: 1 },
  },
  glot59: { activities: 8, trained: { total: 43, female: 18, male: 22, unknown: 3 }, countriesSupported: 7, investigations: 3 },
  track4tip: { activities: 3, trained: { total: 5, female: 3, male: 2, unknown: 0 }, countriesSupported: 3, victims: 40 },
  bra: { activities: 3, countriesSupported: 1, trained: 0, eventsOrganized: 1, eventParticipants: 80, countriesLegislativePolicy: 1, casesAdded: 1 },
  mwiNer: { countriesSupported: 2, trained: { total: 58, female: 15, male: 20, unknown: 23 } },
};

/** Loads the programmes, activities (through the service, as an officer would), outcomes and case law records of the fixture. */
export async function loadFixture(db: Kysely<Database>): Promise<{ activityIds: Map<string, number>; lawId: number }> {
  const glot59 = await db.insertInto('pm_programmes').values({ code: 'GLOT59', name: 'Fixture TIP programme', kind: 'programme', crime_focus: 'tip' }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('pm_programmes').values({ code: 'GLOT92', name: 'Fixture SOM programme', kind: 'programme', crime_focus: 'som' }).execute();
  await db.insertInto('pm_programmes').values({ code: 'TRACK4TIP', name: 'Fixture initiative', kind: 'initiative', parent_id: Number(glot59.id), crime_focus: 'tip' }).execute();
  const activityIds = new Map<string, number>();
  for (const activity of ACTIVITIES) activityIds.set(activity.externalId!, await saveActivity(db, FIXTURE_ACTOR, activity));

  const record = async (kind: string, countries: string[], addedAt: string) => {
    const { id } = await db.insertInto('kn_records').values({ kind, status: 'published', latest_version: 1, published_version: 1 }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('kn_published').values({
      record_id: Number(id), kind, version: 1, title: JSON.stringify({ en: `Fixture ${kind} ${addedAt}` }), original_language: 'en', countries, facets: [],
      snippets: '{}', first_published_at: addedAt, published_at: addedAt,
    }).execute();
    return Number(id);
  };
  await record('case', ['MWI'], '2021-03-01T10:00:00Z');
  await record('case', ['BRA'], '2021-12-31T12:00:00Z');
  await record('case', ['MWI'], '2020-06-01T10:00:00Z');
  const lawId = await record('legislation', ['MWI'], '2021-05-01T10:00:00Z');

  await saveOutcome(db, FIXTURE_ACTOR, { externalId: 'O1', type: 'investigation_supported', activity: 'A1', country: 'MWI', date: '2021-05-01', quantity: 3, story: 'Fixture story in Malawi', status: 'published' });
  await saveOutcome(db, FIXTURE_ACTOR, { externalId: 'O2', type: 'investigation_supported', programme: 'GLOT92', country: 'NER', date: '2021-09-01', quantity: 2, status: 'published' });
  await saveOutcome(db, FIXTURE_ACTOR, { externalId: 'O3', type: 'victims_identified', activity: 'A4', country: 'COL', date: '2021-07-01', quantity: 40, story: 'Fixture story in Colombia', status: 'published' });
  await saveOutcome(db, FIXTURE_ACTOR, { externalId: 'O4', type: 'law_adopted', programme: 'GLOT59', country: 'MWI', date: '2021-11-15', quantity: 1, knowledgeRecord: lawId, story: 'Fixture law adopted in Malawi', status: 'published' });
  await saveOutcome(db, FIXTURE_ACTOR, { externalId: 'O5', type: 'investigation_supported', activity: 'A13', country: 'ZAF', date: '2020-12-31', quantity: 4, status: 'published' });
  await saveOutcome(db, FIXTURE_ACTOR, { externalId: 'O6', type: 'investigation_supported', activity: 'A1', country: 'MWI', date: '2021-06-01', quantity: 5, status: 'draft' });
  return { activityIds, lawId };
}

export const YEAR_2021 = { from: '2021-01-01', to: '2021-12-31', programmes: [] as string[], countries: [] as string[] };

/**
 * The set-up of the officers' form suites, registered as their hooks: the fixture, a programme
 * officer and an analyst, and the app serving them.
 */
export function officerSuite(use: () => TestDatabase) {
  const officer = uniqueEmail('officer');
  const analyst = uniqueEmail('analyst');
  let server: RunningServer | undefined;
  before(async () => {
    await loadFixture(use().db);
    await addUser(use(), officer, ['programme_officer']);
    await addUser(use(), analyst, ['analyst']);
    server = await startServer(use());
  });
  after(async () => { await server?.close(); });
  const baseUrl = () => {
    if (!server) throw new Error('the server is used before the suite started it');
    return server.baseUrl;
  };
  return {
    officer, analyst,
    signedIn: (email: string) => signedInClient(baseUrl(), email),
    /** A client that is not signed in. */
    visitor: () => new TestClient(baseUrl()),
  };
}
