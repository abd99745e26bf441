import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/schema.ts';
import type { Locale, Translate } from '../i18n/i18n.ts';

/** What every router receives when the app is built. */
export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
  csrfSecret: string;
}

/** What the middleware has worked out about the request, for handlers and views. */
export interface RequestState {
  actor: Actor;
  authMethod: 'session' | 'token' | 'none';
  sessionId: string | null;
  csrfToken: string;
  locale: Locale;
  t: Translate;
  path: string;
  /** The path with its query, where a visitor returns after signing in or changing language. */
  returnTo: string;
  /** Main navigation for this actor: each capability adds the links its policy allows. */
  nav: NavLink[];
}

export interface NavLink { href: string; label: string }
export type NavProvider = (state: RequestState) => NavLink[];

export type AppEnv = { Variables: { state: RequestState } };
export type AppContext = Context<AppEnv>;
