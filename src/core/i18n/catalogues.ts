import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import { es } from './messages/es.ts';
import { ar } from './messages/ar.ts';
import { knowledgeEn } from '../../knowledge/messages/en.ts';
import { knowledgeFr } from '../../knowledge/messages/fr.ts';
import { knowledgeEs } from '../../knowledge/messages/es.ts';
import { knowledgeAr } from '../../knowledge/messages/ar.ts';
import { knowledgePagesEn } from '../../knowledge/messages/pages-en.ts';
import { knowledgePagesFr } from '../../knowledge/messages/pages-fr.ts';
import { knowledgePagesEs } from '../../knowledge/messages/pages-es.ts';
import { knowledgePagesAr } from '../../knowledge/messages/pages-ar.ts';
import { editorEn } from '../../knowledge/editor/messages/en.ts';
import { editorFr } from '../../knowledge/editor/messages/fr.ts';
import { editorEs } from '../../knowledge/editor/messages/es.ts';
import { editorAr } from '../../knowledge/editor/messages/ar.ts';

/**
 * Every interface string, per language: the shell's own catalogue and each capability's.
 * English is the reference; the i18n test checks that each language has every English key.
 */
export const ENGLISH = { ...en, ...knowledgeEn, ...knowledgePagesEn, ...editorEn };
export type MessageKey = keyof typeof ENGLISH;

export const CATALOGUES = {
  en: ENGLISH,
  fr: { ...fr, ...knowledgeFr, ...knowledgePagesFr, ...editorFr },
  es: { ...es, ...knowledgeEs, ...knowledgePagesEs, ...editorEs },
  ar: { ...ar, ...knowledgeAr, ...knowledgePagesAr, ...editorAr },
} satisfies Record<string, Record<MessageKey, string>>;
