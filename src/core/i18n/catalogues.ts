import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import { es } from './messages/es.ts';
import { ar } from './messages/ar.ts';
import { knowledgeEn } from '../../knowledge/messages/en.ts';
import { knowledgeFr } from '../../knowledge/messages/fr.ts';
import { knowledgeEs } from '../../knowledge/messages/es.ts';
import { knowledgeAr } from '../../knowledge/messages/ar.ts';

/**
 * Every interface string, per language: the shell's own catalogue and each capability's.
 * English is the reference; the i18n test checks that each language has every English key.
 */
export const ENGLISH = { ...en, ...knowledgeEn };
export type MessageKey = keyof typeof ENGLISH;

export const CATALOGUES = {
  en: ENGLISH,
  fr: { ...fr, ...knowledgeFr },
  es: { ...es, ...knowledgeEs },
  ar: { ...ar, ...knowledgeAr },
} satisfies Record<string, Record<MessageKey, string>>;
