import { Hono } from 'hono';
import type { AppDeps, AppEnv, NavProvider } from '../core/http/context.ts';

/** Links this capability adds to the main navigation (each checked against its policy). */
export const reviewNavigation: NavProvider = () => [];

/** Pages and /api routes of this capability. */
export function reviewRoutes(_deps: AppDeps) {
  const app = new Hono<AppEnv>();
  return app;
}
