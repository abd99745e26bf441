import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { AppDeps, AppEnv, NavProvider } from './http/context.ts';
import type { CapabilityCli } from './cli-support.ts';
import type { Database } from './db/schema.ts';

/**
 * What a capability brings to the application, described once in its own folder
 * (`src/<capability>/capability.ts`) and put together with the others in `src/capabilities.ts`.
 * Its tables join `Database` by declaration merging in its `tables.ts`; its migrations are files
 * in `migrations/`. The core reads these descriptions and never imports a capability.
 */
export interface Capability {
  /** The folder's name, for messages and errors about this capability. */
  name: string;
  /** Folders of its interface strings: `{locale}.json` per language, ICU MessageFormat. */
  messages: URL[];
  /** Its routers (pages and `/api/...`), mounted in this order. */
  routes?: (deps: AppDeps) => Hono<AppEnv>[];
  /** The links it adds to the main navigation for this visitor (each checked against its policy). */
  navigation?: NavProvider;
  /** Its part of `ariadne import|export <kind>` and its own top-level commands. */
  cli?: CapabilityCli;
  /** Loads its sample records into an empty database; returns how many (0 when they were there). */
  samples?: { label: string; load: (db: Kysely<Database>) => Promise<number> };
  /**
   * Brings its data up to date after the migrations, before anything is served or run (for a
   * change the application, not SQL, must make); fast when there is nothing to do.
   */
  prepare?: (db: Kysely<Database>, log: (line: string) => void) => Promise<unknown>;
  /** Its OpenAPI paths (a test checks that every `/api` route of the app is described). */
  apiPaths?: Record<string, unknown>;
}
