import type { MessageKey } from './en.ts';
import { en } from './en.ts';

// TODO-TRANSLATE: placeholder until the translation lands.
export const ar: Record<MessageKey, string> = { ...en };
