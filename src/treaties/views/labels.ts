import type { Translate } from '../../core/i18n/i18n.ts';
import type { TreatyRow } from '../repository.ts';

const BUILT_IN = new Set(['UNTOC', 'TIP', 'SOM', 'FIREARMS']);

/** The treaty's short name in the page's language (built-in treaties), else as the admin typed it. */
export const treatyLabel = (t: Translate, treaty: TreatyRow) => (BUILT_IN.has(treaty.code) ? t(`treaties.short.${treaty.code.toLowerCase()}`) : treaty.short_name);
export const treatyFullName = (t: Translate, treaty: TreatyRow) => (BUILT_IN.has(treaty.code) ? t(`treaties.name.${treaty.code.toLowerCase()}`) : treaty.name);

export const actionLabel = (t: Translate, action: string) => t(`treaties.action.${action}`);
export const statusLabel = (t: Translate, status: string) => t(`treaties.status.${status}`);
