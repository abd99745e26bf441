import type { Kysely } from 'kysely';
import type { Capability } from './core/capability.ts';
import type { Database } from './core/db/schema.ts';
import { addMessages } from './core/i18n/catalogue.ts';
import { homeCapability } from './home/capability.ts';
import { knowledgeCapability } from './knowledge/capability.ts';
import { statisticsCapability } from './statistics/capability.ts';
import { caseDataCapability } from './case-data/capability.ts';
import { programmesCapability } from './programmes/capability.ts';
import { treatiesCapability } from './treaties/capability.ts';
import { reviewCapability } from './implementation-review/capability.ts';
import { cooperationCapability } from './cooperation/capability.ts';
import { adminCapability } from './admin/capability.ts';
import { accountsCapability } from './accounts/capability.ts';

/**
 * Every capability of the application, in the order of the main navigation (and of the sample
 * loaders and the command line's usage). Adding a capability: its folder, with a `capability.ts`,
 * and one line here.
 */
export const CAPABILITIES: Capability[] = [
  homeCapability,
  knowledgeCapability,
  statisticsCapability,
  caseDataCapability,
  programmesCapability,
  treatiesCapability,
  reviewCapability,
  cooperationCapability,
  adminCapability,
  accountsCapability,
];

// Interface strings are needed by whatever renders or reports, so they are in place as soon as
// the application is composed.
for (const capability of CAPABILITIES) for (const folder of capability.messages) addMessages(folder);

/** Each capability's `prepare`, in order: what the application must bring up to date after the migrations. */
export async function prepareCapabilities(db: Kysely<Database>, log: (line: string) => void = () => {}): Promise<void> {
  for (const capability of CAPABILITIES) await capability.prepare?.(db, log);
}
