import type { Capability } from '../core/capability.ts';
import { homeRoutes } from './routes.tsx';

/** The home page. */
export const homeCapability: Capability = {
  name: 'home',
  messages: [new URL('./messages/', import.meta.url)],
  routes: () => [homeRoutes()],
  navigation: ({ t }) => [{ href: '/', label: t('nav.home') }],
};
